// T5: the RV64 backend. Reads opt.ll (optimised LLVM IR) and writes asm.s, GNU assembler for
// riscv64 (rv64gc, lp64d ABI) that links statically with the RV64 runtime library.
//
// Useful: llvm/IRReader/IRReader.h (`llvm::parseIRFile`, see src/opt/opt.cpp) reads the input into
// an llvm::Module whose functions, blocks and instructions you then translate yourself
// (LLVM's own code generator must not be used; see TASK.md).
#include "stages.h"

namespace sysyc {

int runCodegen(const std::string & /*inputPath*/, const std::string & /*outputPath*/) {
  return notImplemented("codegen");
}

}  // namespace sysyc
