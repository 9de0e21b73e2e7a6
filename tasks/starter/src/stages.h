// The entry function of each stage. Each reads `inputPath`, writes `outputPath` and returns the
// process exit status: 0 on success, non-zero (after a message on stderr) on failure.
#pragma once

#include <string>

namespace sysyc {

int runLex(const std::string &inputPath, const std::string &outputPath);      // T1: source.i -> tokens.txt
int runParse(const std::string &inputPath, const std::string &outputPath);    // T2: tokens.txt -> ast.json
int runIrgen(const std::string &inputPath, const std::string &outputPath);    // T3: ast.json -> ir.ll
int runOpt(const std::string &inputPath, const std::string &outputPath);      // T4: ir.ll -> opt.ll
int runCodegen(const std::string &inputPath, const std::string &outputPath);  // T5: opt.ll -> asm.s

// Prints "sysyc SUB: not implemented" to stderr and returns 1; the stubs below use it.
int notImplemented(const char *sub);

}  // namespace sysyc
