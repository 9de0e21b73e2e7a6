// T5 reading the IR with LLVM's IR library and its analyses only; the assembly it writes is its own
// (here a program that exits 0, which fails the cases but breaks no rule).
#include <fstream>

#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Support/SourceMgr.h"
#include "stages.h"

namespace sysyc {

int runCodegen(const std::string &inputPath, const std::string &outputPath) {
  llvm::LLVMContext context;
  llvm::SMDiagnostic diagnostic;
  std::unique_ptr<llvm::Module> module = llvm::parseIRFile(inputPath, diagnostic, context);
  if (!module) {
    return 1;
  }
  unsigned loops = 0;
  for (llvm::Function &function : *module) {
    if (function.isDeclaration()) {
      continue;
    }
    llvm::DominatorTree tree(function);
    llvm::LoopInfo info(tree);
    loops += info.getLoopsInPreorder().size();
  }
  std::ofstream out(outputPath);
  out << "  .text\n  .globl main\nmain:\n  li a0, 0\n  ret\n# loops: " << loops << "\n";
  return 0;
}

}  // namespace sysyc
