// sysyc: the command-line driver. Each subcommand runs one stage of the compiler:
//
//   sysyc lex     source.i   -o tokens.txt   (T1, src/lex/)
//   sysyc parse   tokens.txt -o ast.json     (T2, src/parse/)
//   sysyc irgen   ast.json   -o ir.ll        (T3, src/irgen/)
//   sysyc opt     ir.ll      -o opt.ll       (T4, src/opt/)
//   sysyc codegen opt.ll     -o asm.s        (T5, src/codegen/)
//   sysyc --version
#include <cstring>
#include <iostream>

#include "llvm/Config/llvm-config.h"  // LLVM_VERSION_STRING
#include "llvm/Support/raw_ostream.h"

#include "common/cli.h"
#include "stages.h"

namespace sysyc {

int notImplemented(const char *sub) {
  std::cerr << "sysyc " << sub << ": not implemented\n";
  return 1;
}

}  // namespace sysyc

int main(int argc, char **argv) {
  if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
    llvm::outs() << "sysyc 0.1 (LLVM " << LLVM_VERSION_STRING << ")\n";
    return 0;
  }

  sysyc::Options opts;
  std::string error;
  if (!sysyc::parseArgs(argc, argv, opts, error)) {
    std::cerr << "sysyc: " << error << "\n";
    return 2;
  }
  if (opts.sub == "lex") return sysyc::runLex(opts.input, opts.output);
  if (opts.sub == "parse") return sysyc::runParse(opts.input, opts.output);
  if (opts.sub == "irgen") return sysyc::runIrgen(opts.input, opts.output);
  if (opts.sub == "opt") return sysyc::runOpt(opts.input, opts.output);
  if (opts.sub == "codegen") return sysyc::runCodegen(opts.input, opts.output);
  std::cerr << "sysyc: unknown subcommand '" << opts.sub << "'\n";
  return 2;
}
