// Command line and file helpers shared by every stage.
#pragma once

#include <string>

namespace sysyc {

// One invocation: `sysyc SUB INPUT -o OUTPUT` (the `-o OUTPUT` pair may also come first).
struct Options {
  std::string sub;     // lex, parse, irgen, opt or codegen
  std::string input;   // the file the stage reads
  std::string output;  // the file the stage writes
};

// Fills `opts` from argv. On a usage error returns false and sets `error`.
bool parseArgs(int argc, char **argv, Options &opts, std::string &error);

// Reads the whole file into `contents`. On failure prints a message to stderr and returns false.
bool readFile(const std::string &path, std::string &contents);

// Creates or truncates `path` and writes `contents`. On failure prints a message and returns false.
bool writeFile(const std::string &path, const std::string &contents);

}  // namespace sysyc
