// T1: the lexer. Reads source.i (a SysY program preprocessed by `clang -E`) and writes tokens.txt,
// one token a line exactly as `clang -cc1 -dump-tokens` prints them.
//
// Useful: sysyc::readFile / writeFile (common/cli.h), sysyc::Token and formatToken (common/token.h).
// Lines of the input starting with `#` are line markers (`# LINE "FILE" FLAGS...`): they are not
// tokens, and they set the FILE and LINE that following tokens report.
#include "stages.h"

namespace sysyc {

int runLex(const std::string & /*inputPath*/, const std::string & /*outputPath*/) {
  return notImplemented("lex");
}

}  // namespace sysyc
