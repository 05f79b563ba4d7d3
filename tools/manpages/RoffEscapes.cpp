#include "tools/manpages/RoffEscapes.h"

#include <charconv>
#include <cstdint>
#include <unordered_map>

#include "analyzers/text/Utf8.h"

namespace querverweis::bench::roff {

namespace {
// ---------------------------------------------------------------------------------------------
// UTF-8

// ---------------------------------------------------------------------------------------------
// roff escapes

const std::unordered_map<std::string_view, std::string_view>& namedCharacters() {
  static const std::unordered_map<std::string_view, std::string_view> table = {
      {"bu", "•"}, {"en", "–"}, {"em", "—"}, {"hy", "-"},  {"mi", "−"}, {"lq", "“"}, {"rq", "”"},
      {"oq", "‘"}, {"cq", "’"}, {"aq", "'"}, {"dq", "\""}, {"Bq", "„"}, {"bq", "‚"}, {"Fo", "«"},
      {"Fc", "»"}, {"fo", "‹"}, {"fc", "›"}, {"co", "©"},  {"rg", "®"}, {"tm", "™"}, {"rs", "\\"},
      {"sl", "/"}, {"at", "@"}, {"ha", "^"}, {"ti", "~"},  {"sh", "#"}, {"Do", "$"}, {"ss", "ß"},
      {":a", "ä"}, {":o", "ö"}, {":u", "ü"}, {":A", "Ä"},  {":O", "Ö"}, {":U", "Ü"}, {"'e", "é"},
      {"`e", "è"}, {"'a", "á"}, {"`a", "à"}, {"^e", "ê"},  {"de", "°"}, {"mu", "×"}, {"di", "÷"},
      {"+-", "±"}, {"<=", "≤"}, {">=", "≥"}, {"!=", "≠"},  {"==", "≡"}, {"~~", "≈"}, {"->", "→"},
      {"<-", "←"}, {"<>", "↔"}, {"ua", "↑"}, {"da", "↓"},  {"rA", "⇒"}, {"lA", "⇐"}, {"pd", "∂"},
      {"is", "∫"}, {"if", "∞"}, {"mc", "µ"}, {"*m", "μ"},  {"*p", "π"}, {"*a", "α"}, {"*b", "β"},
      {"ra", "⟩"}, {"la", "⟨"}, {"ba", "|"}, {"or", "|"},  {"br", "│"}, {"ul", "_"}, {"ru", "_"},
      {"lB", "["}, {"rB", "]"}, {"lC", "{"}, {"rC", "}"},  {"dg", "†"}, {"ps", "¶"}, {"sc", "§"},
      {"Eu", "€"}, {"eu", "€"}, {"Po", "£"}, {"Ye", "¥"},  {"ct", "¢"}, {"no", "¬"}, {"pl", "+"},
      {"eq", "="}, {"fm", "′"}, {"sd", "″"}, {"OK", "✓"},  {"sq", "□"}, {"ci", "○"}, {"tno", "¬"},
      {"pc", "·"}, {"ep", "∎"}, {"ap", "~"}, {"fi", "fi"}, {"fl", "fl"}};
  return table;
}

// Digits of a code point as in \[u00E4] (base 16), \[char228] or \N'228' (base 10).
std::string characterFromDigits(std::string_view digits, int base) {
  std::uint32_t cp = 0;
  const char* last = digits.data() + digits.size();
  auto [end, error] = std::from_chars(digits.data(), last, cp, base);
  std::string out;
  if (error == std::errc() && end == last && !digits.empty()) {
    appendUtf8(out, static_cast<char32_t>(cp));
  }
  return out;
}

std::string namedCharacter(std::string_view name) {
  const auto& table = namedCharacters();
  if (auto it = table.find(name); it != table.end()) {
    return std::string(it->second);
  }
  if (name.size() > 1 && name[0] == 'u') {
    // "u0061_0300" composes; the base letter suffices.
    return characterFromDigits(name.substr(1, name.find('_') - 1), 16);
  }
  if (name.size() > 4 && name.substr(0, 4) == "char") {
    return characterFromDigits(name.substr(4), 10);
  }
  return "";
}

// Strings defined with .ds that the pages use; the definitions themselves sit in conditionals
// (pod2man's preamble) that are skipped rather than evaluated.
std::string_view namedString(std::string_view name) {
  static const std::unordered_map<std::string_view, std::string_view> table = {
      {"Aq", "'"}, {"L\"", "“"},  {"R\"", "”"}, {"C`", ""},  {"C'", ""},  {"--", "–"},
      {"PI", "π"}, {"C+", "C++"}, {"lq", "“"},  {"rq", "”"}, {"Lq", "“"}, {"Rq", "”"},
      {"Tm", "™"}, {"R", "®"},    {"Ba", "|"},  {"Ne", "≠"}, {"Ge", "≥"}, {"Le", "≤"},
      {"Pi", "π"}, {"Am", "&"},   {"Lt", "<"},  {"Gt", ">"}, {"q", "\""}};
  if (auto it = table.find(name); it != table.end()) {
    return it->second;
  }
  return "";
}

// Reads the name after an escape like \* or \n: "(xy", "[long name]" or one character.
std::string_view readName(std::string_view s, std::size_t& i) {
  if (i >= s.size()) {
    return {};
  }
  if (s[i] == '(') {
    std::string_view name = s.substr(i + 1, 2);
    i = std::min(i + 3, s.size());
    return name;
  }
  if (s[i] == '[') {
    const std::size_t end = s.find(']', i);
    const std::size_t stop = end == std::string_view::npos ? s.size() : end;
    std::string_view name = s.substr(i + 1, stop - i - 1);
    i = std::min(stop + 1, s.size());
    return name;
  }
  return s.substr(i++, 1);
}

// Reads a delimited argument like the 'abc' of \w'abc'.
std::string_view readDelimited(std::string_view s, std::size_t& i) {
  if (i >= s.size()) {
    return {};
  }
  const char delimiter = s[i++];
  const std::size_t end = s.find(delimiter, i);
  const std::size_t stop = end == std::string_view::npos ? s.size() : end;
  std::string_view argument = s.substr(i, stop - i);
  i = std::min(stop + 1, s.size());
  return argument;
}

// \s10, \s-1, \s+2, \s(12, \s[12], \s'12'.
void skipSize(std::string_view s, std::size_t& i) {
  bool sign = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    ++i;
    sign = true;
  }
  if (i >= s.size()) {
    return;
  }
  if (s[i] == '(' || s[i] == '[') {
    readName(s, i);
  } else if (s[i] == '\'') {
    readDelimited(s, i);
  } else if (std::isdigit(static_cast<unsigned char>(s[i]))) {
    const char first = s[i++];
    if (!sign && first >= '1' && first <= '3' && i < s.size() &&
        std::isdigit(static_cast<unsigned char>(s[i]))) {
      ++i;
    }
  }
}

}  // namespace

// The pages are UTF-8, but a stray Latin-1 byte must not make the whole corpus unreadable.
std::string dropInvalidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const DecodedCodePoint decoded = decodeAt(text, pos);
    if (decoded.valid) {
      out.append(text.substr(pos, decoded.length));
    }
    pos += decoded.length;
  }
  return out;
}

std::string expandEscapes(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i++];
    if (c != '\\') {
      out += c;
      continue;
    }
    if (i >= s.size()) {
      break;
    }
    const char e = s[i++];
    switch (e) {
      case '(':
      case '[':
        --i;
        out += namedCharacter(readName(s, i));
        break;
      case '*':
        out += namedString(readName(s, i));
        break;
      case 'n':
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
          ++i;
        }
        readName(s, i);
        break;
      case 'f':
      case 'F':
      case 'g':
      case 'k':
      case 'm':
      case 'M':
      case 'O':
      case 'V':
      case 'Y':
      case '$':
        readName(s, i);
        break;
      case 's':
        skipSize(s, i);
        break;
      case 'N':
        out += characterFromDigits(readDelimited(s, i), 10);
        break;
      case 'C':
        out += namedCharacter(readDelimited(s, i));
        break;
      case 'A':
      case 'b':
      case 'B':
      case 'D':
      case 'h':
      case 'H':
      case 'l':
      case 'L':
      case 'o':
      case 'R':
      case 'S':
      case 'v':
      case 'w':
      case 'x':
      case 'X':
      case 'Z':
        readDelimited(s, i);
        break;
      case 'e':
      case 'E':
      case '\\':
        out += '\\';
        break;
      case '-':
        out += '-';
        break;
      case ' ':
      case '~':
      case '0':
      case 't':
        out += ' ';
        break;
      case '"':
      case '#':
        return out;
      case '&':
      case '/':
      case ',':
      case '%':
      case '|':
      case '^':
      case ':':
      case 'c':
      case ')':
      case 'd':
      case 'u':
      case 'z':
      case 'p':
      case 'a':
      case 'r':
      case '{':
      case '}':
        break;
      default:  // \. \' \` and any unknown escape print the character itself
        out += e;
        break;
    }
  }
  return out;
}

// Cuts a line at its comment (\" or \#); escaped backslashes are skipped in pairs.
std::string_view stripComment(std::string_view line) {
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    if (line[i] != '\\') {
      continue;
    }
    if (line[i + 1] == '"' || line[i + 1] == '#') {
      return line.substr(0, i);
    }
    ++i;
  }
  return line;
}

std::size_t countOf(std::string_view text, std::string_view needle) {
  std::size_t count = 0;
  for (std::size_t pos = text.find(needle); pos != std::string_view::npos;
       pos = text.find(needle, pos + needle.size())) {
    ++count;
  }
  return count;
}

}  // namespace querverweis::bench::roff
