// T4 using only what the stage allows: LLVM's IR library, IRBuilder, the Verifier, analyses
// (DominatorTree, LoopInfo, ScalarEvolution) and the pass manager running a pass of its own. Its
// "optimisation" changes nothing, so the program behaves as its input does.
#include <system_error>

#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Analysis/TargetTransformInfo.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/IR/Verifier.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"
#ifndef RAMP_STATIC_LLVM
#include "llvm/Passes/PassBuilder.h"
#endif
#include "stages.h"

namespace {

struct Survey : llvm::PassInfoMixin<Survey> {
  unsigned *loops;
  explicit Survey(unsigned *count) : loops(count) {}
  llvm::PreservedAnalyses run(llvm::Function &function, llvm::FunctionAnalysisManager &analyses) {
    auto &tree = analyses.getResult<llvm::DominatorTreeAnalysis>(function);
    auto &info = analyses.getResult<llvm::LoopAnalysis>(function);
    auto &evolution = analyses.getResult<llvm::ScalarEvolutionAnalysis>(function);
    for (llvm::Loop *loop : info) {
      if (tree.dominates(&loop->getHeader()->front(), loop->getHeader()->getTerminator())) {
        (void)evolution.getSmallConstantTripCount(loop);
        ++*loops;
      }
    }
    return llvm::PreservedAnalyses::all();
  }
};

}  // namespace

namespace sysyc {

int runOpt(const std::string &inputPath, const std::string &outputPath) {
  llvm::LLVMContext context;
  llvm::SMDiagnostic diagnostic;
  std::unique_ptr<llvm::Module> module = llvm::parseIRFile(inputPath, diagnostic, context);
  if (!module) {
    diagnostic.print("sysyc", llvm::errs());
    return 1;
  }
  llvm::FunctionAnalysisManager analyses;
#ifdef RAMP_STATIC_LLVM
  analyses.registerPass([] { return llvm::DominatorTreeAnalysis(); });
  analyses.registerPass([] { return llvm::LoopAnalysis(); });
  analyses.registerPass([] { return llvm::ScalarEvolutionAnalysis(); });
  analyses.registerPass([] { return llvm::AssumptionAnalysis(); });
  analyses.registerPass([] { return llvm::TargetLibraryAnalysis(); });
  analyses.registerPass([] { return llvm::TargetIRAnalysis(); });
  analyses.registerPass([] { return llvm::PassInstrumentationAnalysis(); });
#else
  llvm::PassBuilder builder;
  builder.registerFunctionAnalyses(analyses);
#endif
  unsigned loops = 0;
  llvm::FunctionPassManager passes;
  passes.addPass(Survey(&loops));
  for (llvm::Function &function : *module) {
    if (!function.isDeclaration()) {
      passes.run(function, analyses);
    }
  }
  // IRBuilder, to show it is allowed: a function nobody calls, removed again
  llvm::IRBuilder<> build(context);
  llvm::Function *unused = llvm::Function::Create(llvm::FunctionType::get(build.getInt32Ty(), false),
                                                  llvm::Function::InternalLinkage, "ramp_unused", *module);
  build.SetInsertPoint(llvm::BasicBlock::Create(context, "entry", unused));
  build.CreateRet(build.CreateAdd(build.getInt32(loops), build.getInt32(1)));
  unused->eraseFromParent();
  if (llvm::verifyModule(*module, &llvm::errs())) {
    return 1;
  }
  std::error_code error;
  llvm::raw_fd_ostream out(outputPath, error, llvm::sys::fs::OF_None);
  if (error) {
    return 1;
  }
  module->print(out, nullptr);
  return 0;
}

}  // namespace sysyc
