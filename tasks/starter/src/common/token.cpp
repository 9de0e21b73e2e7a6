#include "common/token.h"

namespace sysyc {

std::string formatToken(const Token &tok) {
  std::string flags;
  if (tok.startOfLine) flags += " [StartOfLine]";
  if (tok.leadingSpace) flags += " [LeadingSpace]";
  return tok.kind + " '" + tok.spelling + "'\t" + flags + "\tLoc=<" + tok.file + ":" +
         std::to_string(tok.line) + ":" + std::to_string(tok.column) + ">";
}

// Parses a decimal number in s[begin, end); false if empty or not all digits.
static bool parseNumber(const std::string &s, size_t begin, size_t end, unsigned &value) {
  if (begin >= end) return false;
  unsigned long v = 0;
  for (size_t i = begin; i < end; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + static_cast<unsigned long>(s[i] - '0');
  }
  value = static_cast<unsigned>(v);
  return true;
}

bool parseTokenLine(const std::string &line, Token &tok) {
  tok = Token{};
  // The location comes last; searching from the end keeps TABs or quotes inside a spelling harmless.
  size_t loc = line.rfind("\tLoc=<");
  if (loc == std::string::npos || line.empty() || line.back() != '>') return false;
  size_t flagsTab = loc == 0 ? std::string::npos : line.rfind('\t', loc - 1);
  if (flagsTab == std::string::npos) return false;

  // KIND 'SPELLING'
  size_t space = line.find(' ');
  if (space == std::string::npos || space == 0 || space + 3 > flagsTab) return false;
  if (line[space + 1] != '\'' || line[flagsTab - 1] != '\'') return false;
  tok.kind = line.substr(0, space);
  tok.spelling = line.substr(space + 2, flagsTab - 1 - (space + 2));

  // FLAGS
  std::string flags = line.substr(flagsTab + 1, loc - flagsTab - 1);
  tok.startOfLine = flags.find("[StartOfLine]") != std::string::npos;
  tok.leadingSpace = flags.find("[LeadingSpace]") != std::string::npos;

  // Loc=<FILE:LINE:COL>; FILE may itself contain ':'
  size_t begin = loc + 6, end = line.size() - 1;
  size_t colon2 = line.rfind(':', end - 1);
  if (colon2 == std::string::npos || colon2 <= begin) return false;
  size_t colon1 = line.rfind(':', colon2 - 1);
  if (colon1 == std::string::npos || colon1 < begin) return false;
  tok.file = line.substr(begin, colon1 - begin);
  return parseNumber(line, colon1 + 1, colon2, tok.line) &&
         parseNumber(line, colon2 + 1, end, tok.column);
}

bool parseTokenDump(const std::string &text, std::vector<Token> &tokens, std::string &error) {
  tokens.clear();
  size_t pos = 0, lineNo = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++lineNo;
    // White space at either end of a line (CR of CRLF included) and blank lines are not tokens.
    const char *space = " \t\r\f\v";
    size_t first = line.find_first_not_of(space);
    if (first == std::string::npos) continue;
    line = line.substr(first, line.find_last_not_of(space) + 1 - first);
    Token tok;
    if (!parseTokenLine(line, tok)) {
      error = "line " + std::to_string(lineNo) + ": malformed token: " + line;
      return false;
    }
    tokens.push_back(std::move(tok));
  }
  return true;
}

}  // namespace sysyc
