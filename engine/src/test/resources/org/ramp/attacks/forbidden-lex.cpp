// T1 written with libclang's C API (declared by hand: the image has no clang headers), which every
// stage forbids. Linked against libclang-14.so.1, which the build, having the toolchain, can read.
#include "stages.h"

extern "C" {
void *clang_createIndex(int excludeDeclarationsFromPCH, int displayDiagnostics);
void clang_disposeIndex(void *index);
}

namespace sysyc {

int runLex(const std::string &, const std::string &) {
  void *index = clang_createIndex(0, 0);
  clang_disposeIndex(index);
  return notImplemented("lex");
}

}  // namespace sysyc
