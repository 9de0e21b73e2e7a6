// T4 linking LLVM's inliner from its static archive (libLLVMipo.a), which the image keeps closed.
#include "llvm/Transforms/IPO.h"
#include "stages.h"

namespace sysyc {

int runOpt(const std::string &, const std::string &) {
  llvm::Pass *inliner = llvm::createFunctionInliningPass();
  delete inliner;
  return notImplemented("opt");
}

}  // namespace sysyc
