#include "tools/manpages/RoffParser.h"

#include <algorithm>
#include <initializer_list>
#include <unordered_set>

#include "tools/manpages/ManpageCorpus.h"
#include "tools/manpages/RoffEscapes.h"

namespace querverweis::bench {
namespace roff {

namespace {
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

}  // namespace

std::vector<RoffSection> parseRoff(std::string_view roff) {
  return RoffParser().parse(roff);
}

}  // namespace roff

std::string roffToText(std::string_view roff) {
  std::string text;
  for (const roff::RoffSection& section : roff::parseRoff(roff)) {
    for (const roff::Block& block : section.blocks) {
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

}  // namespace querverweis::bench
