#include "common/cli.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

namespace sysyc {

bool parseArgs(int argc, char **argv, Options &opts, std::string &error) {
  opts = Options{};
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-o") {
      if (i + 1 >= argc) {
        error = "-o needs a file name";
        return false;
      }
      opts.output = argv[++i];
    } else if (opts.sub.empty()) {
      opts.sub = arg;
    } else if (opts.input.empty()) {
      opts.input = arg;
    } else {
      error = "unexpected argument '" + arg + "'";
      return false;
    }
  }
  if (opts.sub.empty() || opts.input.empty() || opts.output.empty()) {
    error = "usage: sysyc {lex|parse|irgen|opt|codegen} INPUT -o OUTPUT";
    return false;
  }
  return true;
}

bool readFile(const std::string &path, std::string &contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "sysyc: cannot open " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  contents = buffer.str();
  return true;
}

bool writeFile(const std::string &path, const std::string &contents) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    std::cerr << "sysyc: cannot create " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  out << contents;
  out.flush();
  if (!out) {
    std::cerr << "sysyc: cannot write " << path << "\n";
    return false;
  }
  return true;
}

}  // namespace sysyc
