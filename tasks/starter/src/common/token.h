// Tokens as `clang -cc1 -dump-tokens` prints them: T1 writes this format, T2 reads it.
//
// One token a line, fields separated by TAB characters:
//
//   KIND 'SPELLING'<TAB>FLAGS<TAB>Loc=<FILE:LINE:COL>
//
//   int 'int'	 [StartOfLine]	Loc=<./sylib.h:4:1>
//   identifier 'getint'	 [LeadingSpace]	Loc=<./sylib.h:4:5>
//   l_paren '('		Loc=<./sylib.h:4:11>
//   eof ''		Loc=<t.sy:19:2>
//
// FLAGS is empty, " [StartOfLine]", " [LeadingSpace]" or " [StartOfLine] [LeadingSpace]".
#pragma once

#include <string>
#include <vector>

namespace sysyc {

struct Token {
  std::string kind;      // clang's name of the kind: int, identifier, numeric_constant, l_paren, eof...
  std::string spelling;  // the exact text of the token in the source ("" for eof)
  bool startOfLine = false;   // first token of its line
  bool leadingSpace = false;  // preceded by white space (or a comment) on its line
  std::string file;           // as named by the last `# LINE "FILE"` marker of the input
  unsigned line = 0;          // 1-based
  unsigned column = 0;        // 1-based, in bytes
};

// The dump line of `tok`, without the trailing newline.
std::string formatToken(const Token &tok);

// Parses one dump line (without its newline). Returns false if the line is malformed.
bool parseTokenLine(const std::string &line, Token &tok);

// Parses a whole dump, skipping blank lines and white space at either end of a line (a CRLF
// line end too). On a malformed line returns false and sets `error` to a message naming the line.
bool parseTokenDump(const std::string &text, std::vector<Token> &tokens, std::string &error);

}  // namespace sysyc
