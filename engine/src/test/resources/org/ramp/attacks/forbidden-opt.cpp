// T4 as LLVM's own -O2 pipeline: what the stage is not.
#include <system_error>

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"
#include "stages.h"

namespace sysyc {

int runOpt(const std::string &inputPath, const std::string &outputPath) {
  llvm::LLVMContext context;
  llvm::SMDiagnostic diagnostic;
  std::unique_ptr<llvm::Module> module = llvm::parseIRFile(inputPath, diagnostic, context);
  if (!module) {
    diagnostic.print("sysyc", llvm::errs());
    return 1;
  }
  llvm::LoopAnalysisManager loops;
  llvm::FunctionAnalysisManager functions;
  llvm::CGSCCAnalysisManager sccs;
  llvm::ModuleAnalysisManager modules;
  llvm::PassBuilder builder;
  builder.registerModuleAnalyses(modules);
  builder.registerCGSCCAnalyses(sccs);
  builder.registerFunctionAnalyses(functions);
  builder.registerLoopAnalyses(loops);
  builder.crossRegisterProxies(loops, functions, sccs, modules);
  llvm::ModulePassManager pipeline = builder.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2);
  pipeline.run(*module, modules);
  std::error_code error;
  llvm::raw_fd_ostream out(outputPath, error, llvm::sys::fs::OF_None);
  if (error) {
    return 1;
  }
  module->print(out, nullptr);
  return 0;
}

}  // namespace sysyc
