#include "tools/manpages/ManpageCorpus.h"

#include <algorithm>
#include <boost/iostreams/copy.hpp>
#include <boost/iostreams/filter/gzip.hpp>
#include <boost/iostreams/filtering_streambuf.hpp>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyzers/text/Utf8.h"
#include "querverweis/Corpus.h"
#include "querverweis/Error.h"

namespace querverweis::bench {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMinBodyWords = 20;

// ---------------------------------------------------------------------------------------------
// UTF-8

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

// ---------------------------------------------------------------------------------------------
// roff macros

struct ControlLine {
  std::string name;
  std::vector<std::string> args;  // escapes not yet expanded
};

bool isBlank(char c) {
  return c == ' ' || c == '\t';
}

ControlLine parseControlLine(std::string_view line) {
  ControlLine control;
  std::size_t i = 1;  // after '.' or '\''
  while (i < line.size() && isBlank(line[i])) {
    ++i;
  }
  while (i < line.size() && !isBlank(line[i])) {
    control.name += line[i++];
  }
  while (true) {
    while (i < line.size() && isBlank(line[i])) {
      ++i;
    }
    if (i >= line.size()) {
      break;
    }
    std::string arg;
    if (line[i] == '"') {
      ++i;
      while (i < line.size()) {
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            arg += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        arg += line[i++];
      }
    } else {
      while (i < line.size() && !isBlank(line[i])) {
        if (line[i] == '\\' && i + 1 < line.size()) {
          arg += line[i++];
        }
        arg += line[i++];
      }
    }
    control.args.push_back(std::move(arg));
  }
  return control;
}

bool isIn(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// mdoc macros that may appear as words inside another mdoc macro line (".Op Fl a Ar datei").
bool isMdocCallable(std::string_view word) {
  static const std::unordered_set<std::string_view> callables = {
      "Ac",  "Ad", "An", "Ao", "Ap", "Aq", "Ar",  "At", "Bc", "Bo", "Bq", "Brc", "Bro",
      "Brq", "Bx", "Cm", "Dc", "Do", "Dq", "Dv",  "Ec", "Em", "Eo", "Er", "Ev",  "Fa",
      "Fc",  "Fl", "Fn", "Fo", "Ft", "Ic", "Li",  "Lk", "Ms", "Mt", "Nm", "No",  "Ns",
      "Oc",  "Oo", "Op", "Pa", "Pc", "Pf", "Po",  "Pq", "Qc", "Ql", "Qo", "Qq",  "Sc",
      "So",  "Sq", "St", "Sx", "Sy", "Tn", "Ux",  "Va", "Vt", "Xc", "Xo", "Xr",  "Nd",
      "It",  "D1", "Dl", "Cd", "Fd", "In", "Bsx", "Fx", "Nx", "Ox", "Dx"};
  return callables.count(word) > 0;
}

bool isClosingPunctuation(std::string_view word) {
  return !word.empty() && word.find_first_not_of(".,;:)]!?") == std::string_view::npos;
}

// The words of an mdoc macro line without the macro names in it: ".Op Fl a Ar datei" is
// "-a datei".
std::string mdocText(const ControlLine& control) {
  std::vector<std::string_view> tokens = {control.name};
  tokens.insert(tokens.end(), control.args.begin(), control.args.end());
  std::string text;
  bool flag = false;
  for (std::string_view arg : tokens) {
    if (isMdocCallable(arg)) {
      flag = arg == "Fl";
      continue;
    }
    std::string word = expandEscapes(arg);
    if (flag) {
      word = "-" + word;
      flag = false;
    }
    if (!text.empty() && !isClosingPunctuation(word)) {
      text += ' ';
    }
    text += word;
  }
  return text;
}

std::string joinArgs(const std::vector<std::string>& args, std::string_view separator) {
  std::string text;
  for (const std::string& arg : args) {
    if (!text.empty()) {
      text += separator;
    }
    text += expandEscapes(arg);
  }
  return text;
}

bool hasLetterOrDigit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  });
}

struct Block {
  bool isHeading = false;  // a subsection (.SS) heading; otherwise a paragraph
  std::string text;
};

struct RoffSection {
  std::string heading;  // empty for the text before the first .SH
  std::vector<Block> blocks;
};

class RoffParser {
 public:
  std::vector<RoffSection> parse(std::string_view roff) {
    std::string pendingLine;
    std::size_t pos = 0;
    while (pos <= roff.size()) {
      std::size_t end = roff.find('\n', pos);
      if (end == std::string_view::npos) {
        end = roff.size();
      }
      pendingLine.append(roff.substr(pos, end - pos));
      pos = end + 1;
      if (endsWithContinuation(pendingLine) && pos <= roff.size()) {
        pendingLine.pop_back();
        continue;
      }
      handleLine(pendingLine);
      pendingLine.clear();
    }
    breakParagraph();
    return std::move(sections_);
  }

 private:
  enum class Pending { None, Section, Subsection };

  static bool endsWithContinuation(std::string_view line) {
    std::size_t backslashes = 0;
    while (backslashes < line.size() && line[line.size() - 1 - backslashes] == '\\') {
      ++backslashes;
    }
    return backslashes % 2 == 1;
  }

  void handleLine(std::string_view raw) {
    if (!skipUntil_.empty()) {
      std::string_view trimmed = raw.substr(0, raw.find_first_of(" \t"));
      if (trimmed == skipUntil_) {
        skipUntil_.clear();
      }
      return;
    }
    if (braceDepth_ > 0) {
      braceDepth_ += static_cast<int>(countOf(raw, "\\{")) - static_cast<int>(countOf(raw, "\\}"));
      return;
    }
    std::string_view line = stripComment(raw);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      if (raw.find_first_not_of(" \t\r") == std::string_view::npos) {
        breakParagraph();  // a blank line, not a comment line
      }
      return;
    }
    if (line[0] == '.' || line[0] == '\'') {
      handleControl(line);
    } else {
      emitText(expandEscapes(line));
    }
  }

  void handleControl(std::string_view line) {
    ControlLine control = parseControlLine(line);
    const std::string& name = control.name;
    if (isIn(name, {"de", "de1", "am", "am1", "ig"})) {
      skipUntil_ = control.args.size() >= 2 ? "." + control.args[1] : "..";
    } else if (name == "TS") {
      skipUntil_ = ".TE";
    } else if (isIn(name, {"if", "ie", "el", "while"})) {
      braceDepth_ = static_cast<int>(countOf(line, "\\{")) - static_cast<int>(countOf(line, "\\}"));
    } else if (name == "SH" || name == "Sh") {
      startHeading(Pending::Section, joinArgs(control.args, " "));
    } else if (name == "SS" || name == "Ss") {
      startHeading(Pending::Subsection, joinArgs(control.args, " "));
    } else if (isIn(name, {"B", "I", "SM", "SB"})) {
      emitText(joinArgs(control.args, " "));
    } else if (isIn(name, {"BR", "RB", "BI", "IB", "IR", "RI"})) {
      emitText(joinArgs(control.args, ""));
    } else if (name == "IP") {
      breakParagraph();
      if (!control.args.empty()) {
        std::string tag = expandEscapes(control.args[0]);
        if (hasLetterOrDigit(tag)) {  // not a bullet
          emitText(tag);
        }
      }
    } else if (isIn(name, {"TP", "TQ", "PP", "P",  "LP", "HP", "sp", "RS", "RE", "nf", "fi",
                           "EX", "EE", "Vb", "Ve", "Sp", "Pp", "Lp", "Bl", "El", "Bd", "Ed"})) {
      breakParagraph();
    } else if (name == "UE" || name == "ME") {
      emitText(joinArgs(control.args, " "), /*glue=*/true);
    } else if (name == "Nm" && control.args.empty()) {
      emitText(mdocName_);  // the page's own name, given once in its NAME section
    } else if (isMdocCallable(name)) {
      if (name == "Nm" && mdocName_.empty()) {
        mdocName_ = expandEscapes(control.args[0]);
      }
      if (isIn(name, {"It", "D1", "Dl"})) {
        breakParagraph();
      }
      emitText(mdocText(control));
    }
  }

  void startHeading(Pending kind, std::string heading) {
    breakParagraph();
    if (heading.empty()) {
      pending_ = kind;  // old style: the heading is the next text line
      return;
    }
    addHeading(kind, std::move(heading));
  }

  void addHeading(Pending kind, std::string heading) {
    heading = normalizeSpace(heading);
    if (kind == Pending::Section) {
      sections_.push_back({std::move(heading), {}});
    } else if (!heading.empty()) {
      sections_.back().blocks.push_back({true, std::move(heading)});
    }
  }

  static std::string normalizeSpace(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
      if (static_cast<unsigned char>(c) <= ' ') {
        space = true;
        continue;
      }
      if (space && !out.empty()) {
        out += ' ';
      }
      space = false;
      out += c;
    }
    return out;
  }

  void emitText(std::string_view text, bool glue = false) {
    std::string words = normalizeSpace(text);
    if (words.empty()) {
      return;
    }
    if (pending_ != Pending::None) {
      Pending kind = pending_;
      pending_ = Pending::None;
      addHeading(kind, std::move(words));
      return;
    }
    if (!paragraph_.empty() && !glue) {
      paragraph_ += ' ';
    }
    paragraph_ += words;
  }

  void breakParagraph() {
    if (!paragraph_.empty()) {
      sections_.back().blocks.push_back({false, std::move(paragraph_)});
      paragraph_.clear();
    }
  }

  std::vector<RoffSection> sections_{1};
  std::string paragraph_;
  Pending pending_ = Pending::None;
  std::string skipUntil_;  // ".." after .de, ".TE" after .TS; empty when not skipping
  int braceDepth_ = 0;     // open \{ of a skipped conditional
  std::string mdocName_;
};

// ---------------------------------------------------------------------------------------------
// Corpus

struct PageName {
  std::string name;     // "ls"
  std::string section;  // "1"
};

// "ls.1.gz" → {"ls", "1"}; "systemd.unit.5.gz" → {"systemd.unit", "5"}.
PageName pageNameOf(const fs::path& path) {
  std::string stem = path.stem().string();
  const std::size_t dot = stem.rfind('.');
  if (dot == std::string::npos || dot == 0) {
    return {stem, ""};
  }
  return {stem.substr(0, dot), stem.substr(dot + 1)};
}

std::vector<fs::path> listPages(const fs::path& root) {
  std::error_code error;
  if (!fs::is_directory(root, error)) {
    throw std::runtime_error(root.string() + ": not a directory of man pages");
  }
  std::vector<fs::path> pages;
  for (const fs::directory_entry& folder : fs::directory_iterator(root)) {
    if (!folder.is_directory() || folder.path().filename().string().rfind("man", 0) != 0) {
      continue;
    }
    for (const fs::directory_entry& file : fs::directory_iterator(folder.path())) {
      // Symlinks are other names of a page that is already there.
      if (file.is_symlink() || !file.is_regular_file() || file.path().extension() != ".gz") {
        continue;
      }
      pages.push_back(file.path());
    }
  }
  std::sort(pages.begin(), pages.end());
  if (pages.empty()) {
    throw std::runtime_error(root.string() + ": no man pages (man*/*.gz) found");
  }
  return pages;
}

std::string readGzip(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    throw std::runtime_error(path.string() + ": cannot open");
  }
  std::ostringstream text;
  try {
    boost::iostreams::filtering_streambuf<boost::iostreams::input> in;
    in.push(boost::iostreams::gzip_decompressor());
    in.push(file);
    boost::iostreams::copy(in, text);
  } catch (const std::exception& e) {
    throw std::runtime_error(path.string() + ": cannot decompress: " + e.what());
  }
  return text.str();
}

// Sections that are the same boilerplate on every page (translators, bug reports) or not prose
// (synopsis, see-also lists); repeated a thousand times they would distort term statistics.
bool isBoilerplate(std::string_view heading) {
  return isIn(heading, {"BEZEICHNUNG", "NAME", "ÜBERSICHT", "SYNOPSIS", "ÜBERSETZUNG", "KOLOPHON",
                        "COLOPHON", "SIEHE AUCH", "AUTOR", "AUTOREN", "FEHLER MELDEN",
                        "FEHLERBERICHTE", "COPYRIGHT", "URHEBERRECHT"});
}

std::vector<std::string_view> splitWords(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = text.find_first_not_of(' ', pos);
    if (start == std::string_view::npos) {
      break;
    }
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    words.push_back(text.substr(start, end - start));
    pos = end;
  }
  return words;
}

// A paragraph line must not turn into Markdown structure it did not have: a leading '#' would
// open a section, "](" would make a cross-link to a slug that does not exist.
std::string markdownSafe(std::string_view paragraph) {
  std::string text(paragraph.substr(std::min(paragraph.find_first_not_of("# "), paragraph.size())));
  for (std::size_t pos = text.find("]("); pos != std::string::npos; pos = text.find("](", pos)) {
    text.insert(pos + 1, " ");
  }
  return text;
}

std::string joinWords(const std::vector<std::string_view>& words, std::size_t from,
                      std::size_t to) {
  std::string text;
  for (std::size_t i = from; i < to; ++i) {
    if (!text.empty()) {
      text += ' ';
    }
    text += words[i];
  }
  return text;
}

// Packs the blocks of one section into Markdown bodies of at most maxWords words (0: no limit),
// breaking between paragraphs where it can, so that long sections (OPTIONEN) give several
// entries instead of losing their tail. Bodies with fewer than kMinBodyWords words of
// paragraph text are dropped.
class BodyPacker {
 public:
  explicit BodyPacker(std::size_t maxWords)
      : limit_(maxWords == 0 ? static_cast<std::size_t>(-1) : maxWords) {}

  std::vector<std::string> pack(const RoffSection& section) {
    for (const Block& block : section.blocks) {
      if (block.isHeading) {
        addHeading(block.text);
      } else {
        addParagraph(markdownSafe(block.text));
      }
    }
    flush();
    return std::move(bodies_);
  }

 private:
  void addHeading(const std::string& text) {
    const std::size_t count = splitWords(text).size();
    if (proseWords_ > 0 && words_ + count >= limit_) {
      flush();
    }
    parts_.push_back({"## " + text, true});
    words_ += count;
  }

  void addParagraph(const std::string& text) {
    const std::vector<std::string_view> words = splitWords(text);
    std::size_t done = 0;
    while (done < words.size()) {
      const std::size_t room = limit_ > words_ ? limit_ - words_ : 0;
      const std::size_t rest = words.size() - done;
      if (rest <= room) {
        addPiece(done == 0 ? text : joinWords(words, done, words.size()), rest);
        return;
      }
      if (proseWords_ > 0 || room == 0) {
        flush();
        if (words_ >= limit_) {  // headings alone fill the limit: give up on them
          parts_.clear();
          words_ = 0;
        }
        continue;
      }
      addPiece(joinWords(words, done, done + room), room);  // a paragraph longer than the limit
      done += room;
      flush();
    }
  }

  void addPiece(std::string text, std::size_t count) {
    parts_.push_back({std::move(text), false});
    words_ += count;
    proseWords_ += count;
  }

  // Ends the current body; headings at its end belong to the text of the next one.
  void flush() {
    std::vector<Part> carried;
    while (!parts_.empty() && parts_.back().isHeading) {
      carried.insert(carried.begin(), std::move(parts_.back()));
      parts_.pop_back();
    }
    if (proseWords_ >= kMinBodyWords) {
      std::string body;
      for (const Part& part : parts_) {
        if (!body.empty()) {
          body += "\n\n";
        }
        body += part.text;
      }
      bodies_.push_back(std::move(body));
    }
    parts_ = std::move(carried);
    words_ = 0;
    for (const Part& part : parts_) {
      words_ += splitWords(part.text).size() - 1;  // without the "##"
    }
    proseWords_ = 0;
  }

  struct Part {
    std::string text;
    bool isHeading;
  };

  std::size_t limit_;
  std::vector<Part> parts_;
  std::size_t words_ = 0;
  std::size_t proseWords_ = 0;
  std::vector<std::string> bodies_;
};

struct CorpusEntry {
  std::string slug;
  std::string title;
  std::vector<std::string> tags;
  std::string body;
};

std::string uniqueSlug(const std::string& candidate, std::unordered_set<std::string>& used) {
  std::string slug = candidate;
  for (int n = 2; !used.insert(slug).second; ++n) {
    slug = candidate + "-" + std::to_string(n);
  }
  return slug;
}

std::string slugFor(const std::string& title) {
  try {
    return slugFromTitle(title);
  } catch (const Error&) {
    return "seite";
  }
}

// seenBodies drops a section whose text another page already had (the translators' notice,
// the GNU bug-report paragraph): real corpora do not repeat a paragraph a thousand times.
std::vector<CorpusEntry> entriesOfPage(const fs::path& path, std::size_t maxBodyWords,
                                       std::unordered_set<std::string>& usedSlugs,
                                       std::unordered_set<std::string>& seenBodies) {
  const PageName page = pageNameOf(path);
  const std::string pageTitle =
      page.section.empty() ? page.name : page.name + "(" + page.section + ")";
  std::vector<CorpusEntry> entries;
  for (const RoffSection& section : RoffParser().parse(dropInvalidUtf8(readGzip(path)))) {
    if (section.heading.empty() || isBoilerplate(section.heading)) {
      continue;
    }
    std::size_t part = 0;
    for (std::string& body : BodyPacker(maxBodyWords).pack(section)) {
      if (!seenBodies.insert(body).second) {
        continue;
      }
      ++part;
      CorpusEntry entry;
      entry.title = pageTitle + ": " + section.heading;
      if (part > 1) {
        entry.title += " (Teil " + std::to_string(part) + ")";
      }
      entry.title = dropInvalidUtf8(entry.title);
      entry.slug = uniqueSlug(slugFor(entry.title), usedSlugs);
      entry.tags = {"handbuchseite", "man" + page.section.substr(0, 1)};
      entry.body = dropInvalidUtf8(body);
      entries.push_back(std::move(entry));
    }
  }
  return entries;
}

void writeEntry(std::ostream& out, const CorpusEntry& entry, const std::string& slug) {
  const nlohmann::json line = {{"slug", slug},
                               {"title", entry.title},
                               {"aliases", nlohmann::json::array()},
                               {"tags", entry.tags},
                               {"body", entry.body}};
  out << line.dump() << '\n';
  if (!out) {
    throw std::runtime_error("cannot write the corpus (entry '" + slug + "')");
  }
}

}  // namespace

std::string roffToText(std::string_view roff) {
  std::string text;
  for (const RoffSection& section : RoffParser().parse(roff)) {
    for (const Block& block : section.blocks) {
      if (block.isHeading) {
        continue;
      }
      if (!text.empty()) {
        text += "\n\n";
      }
      text += block.text;
    }
  }
  return text;
}

std::size_t writeManpageCorpus(const ManpageCorpusOptions& options, std::ostream& out) {
  const std::vector<fs::path> pages = listPages(options.manRoot);
  std::unordered_set<std::string> usedSlugs;
  std::unordered_set<std::string> seenBodies;
  std::vector<CorpusEntry> base;
  std::size_t written = 0;
  // Pages are read only until enough entries exist: a small corpus needs only a few pages.
  for (const fs::path& page : pages) {
    if (written >= options.entries) {
      break;
    }
    for (CorpusEntry& entry : entriesOfPage(page, options.maxBodyWords, usedSlugs, seenBodies)) {
      if (written >= options.entries) {
        break;
      }
      writeEntry(out, entry, entry.slug);
      ++written;
      base.push_back(std::move(entry));
    }
  }
  if (base.empty() && options.entries > 0) {
    throw std::runtime_error(options.manRoot + ": no man page section with " +
                             std::to_string(kMinBodyWords) + " or more words of text");
  }
  for (std::size_t round = 2; written < options.entries; ++round) {
    for (const CorpusEntry& entry : base) {
      if (written >= options.entries) {
        break;
      }
      writeEntry(out, entry, uniqueSlug(entry.slug + "-r" + std::to_string(round), usedSlugs));
      ++written;
    }
  }
  return written;
}

}  // namespace querverweis::bench
