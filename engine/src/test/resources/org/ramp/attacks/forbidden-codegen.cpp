// T5 as LLVM's RISC-V code generator: what the stage is not.
#include <system_error>

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"
#include "stages.h"

namespace sysyc {

int runCodegen(const std::string &inputPath, const std::string &outputPath) {
  llvm::InitializeAllTargetInfos();
  llvm::InitializeAllTargets();
  llvm::InitializeAllTargetMCs();
  llvm::InitializeAllAsmPrinters();
  llvm::LLVMContext context;
  llvm::SMDiagnostic diagnostic;
  std::unique_ptr<llvm::Module> module = llvm::parseIRFile(inputPath, diagnostic, context);
  if (!module) {
    return 1;
  }
  std::string triple = "riscv64-unknown-linux-gnu";
  std::string error;
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (target == nullptr) {
    return 1;
  }
  llvm::TargetOptions options;
  llvm::TargetMachine *machine = target->createTargetMachine(triple, "generic-rv64", "+m,+a,+f,+d,+c", options,
                                                             llvm::Reloc::Static);
  module->setDataLayout(machine->createDataLayout());
  module->setTargetTriple(triple);
  std::error_code code;
  llvm::raw_fd_ostream out(outputPath, code, llvm::sys::fs::OF_None);
  llvm::legacy::PassManager passes;
  if (code || machine->addPassesToEmitFile(passes, out, nullptr, llvm::CGFT_AssemblyFile)) {
    return 1;
  }
  passes.run(*module);
  return 0;
}

}  // namespace sysyc
