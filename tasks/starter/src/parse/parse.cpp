// T2: the parser. Reads tokens.txt (T1's format) and writes ast.json, clang's JSON AST reduced to
// the keys listed in TASK.md.
//
// Useful: sysyc::parseTokenDump (common/token.h) turns tokens.txt into a vector of sysyc::Token.
// llvm/Support/JSON.h is available to build and print JSON: llvm::json::Object, llvm::json::Array,
// llvm::json::Value, and `llvm::raw_string_ostream os(str); os << llvm::formatv("{0:2}", value);`
// (llvm/Support/FormatVariadic.h) for indented output.
#include "stages.h"

namespace sysyc {

int runParse(const std::string & /*inputPath*/, const std::string & /*outputPath*/) {
  return notImplemented("parse");
}

}  // namespace sysyc
