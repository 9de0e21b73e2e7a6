// T3: IR generation. Reads ast.json (T2's format) and writes ir.ll, textual LLVM 14 IR.
//
// Useful: llvm/Support/JSON.h reads JSON (`llvm::json::parse(text)` returns an
// llvm::Expected<llvm::json::Value>; see getAsObject(), getArray(), getString()).
// llvm/IR/LLVMContext.h, llvm/IR/Module.h and llvm/IR/IRBuilder.h build IR;
// llvm/IR/Verifier.h (llvm::verifyModule) checks it; `module.print(os, nullptr)` prints it to an
// llvm::raw_fd_ostream (llvm/Support/raw_ostream.h).
#include "stages.h"

namespace sysyc {

int runIrgen(const std::string & /*inputPath*/, const std::string & /*outputPath*/) {
  return notImplemented("irgen");
}

}  // namespace sysyc
