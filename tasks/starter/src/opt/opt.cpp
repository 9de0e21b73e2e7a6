// T4: the optimiser. Reads ir.ll (clang -O0 IR) and writes opt.ll, optimised IR that computes the
// same results with fewer executed instructions.
//
// Useful: llvm/IRReader/IRReader.h (`llvm::parseIRFile(path, diag, context)` with an
// llvm::LLVMContext from llvm/IR/LLVMContext.h and an llvm::SMDiagnostic from
// llvm/Support/SourceMgr.h) reads the input into an llvm::Module; `module->print(os, nullptr)`
// writes it back. The transformations themselves must be your own code (see TASK.md).
#include "stages.h"

namespace sysyc {

int runOpt(const std::string & /*inputPath*/, const std::string & /*outputPath*/) {
  return notImplemented("opt");
}

}  // namespace sysyc
