#include "bench/compare/RenderedPage.h"

#include <vector>

namespace querverweis::bench {

namespace {

constexpr std::string_view kBreakHyphen = "\xE2\x80\x90";  // U+2010, groff's hyphenation mark

bool isBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == line.npos;
}

// A man page's header and footer end in "NAME(SECTION)", e.g. "LS(1)" or "systemd.exec(5)",
// and are laid out in columns: they start in the first column, far right, or leave wide gaps.
// mdoc pages rendered as one continuous page have neither.
bool isRunningHead(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  const std::size_t open = line.rfind('(');
  if (line.empty() || line.back() != ')' || open == line.npos || open == 0 ||
      line[open - 1] == ' ' || open + 2 >= line.size() || line[open + 1] < '0' ||
      line[open + 1] > '9') {
    return false;
  }
  const std::size_t indent = line.find_first_not_of(' ');
  constexpr std::size_t kCentredOrRight = 20;  // body text is indented far less
  return indent == 0 || indent >= kCentredOrRight || line.find("   ", indent) != line.npos;
}

std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    lines.push_back(text.substr(0, end));
    text = end == text.npos ? std::string_view() : text.substr(end + 1);
  }
  return lines;
}

// Appends the words of `line` with every run of blanks between them folded to one space;
// blanks before the first and after the last word are dropped.
void appendFolded(std::string& out, std::string_view line) {
  bool gap = false;
  bool started = false;
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\r') {
      gap = started;
      continue;
    }
    if (gap) {
      out += ' ';
    }
    gap = false;
    started = true;
    out += c;
  }
}

class BodyWriter {
 public:
  void heading(std::string_view line) {
    flush();
    std::string text;
    appendFolded(text, line);
    add("## " + text);
  }

  void paragraphLine(std::string_view line) {
    if (paragraph_.ends_with(kBreakHyphen)) {
      paragraph_.resize(paragraph_.size() - kBreakHyphen.size());
      appendFolded(paragraph_, line);
      return;
    }
    if (!paragraph_.empty()) {
      paragraph_ += ' ';
    }
    appendFolded(paragraph_, line);
  }

  void flush() {
    std::size_t start = paragraph_.find_first_not_of("# ");
    std::string text = start == paragraph_.npos ? "" : paragraph_.substr(start);
    paragraph_.clear();
    while (!text.empty() && text.back() == ' ') {
      text.pop_back();
    }
    std::string safe;
    for (std::size_t i = 0; i < text.size(); ++i) {
      safe += text[i];
      if (text[i] == ']' && i + 1 < text.size() && text[i + 1] == '(') {
        safe += ' ';
      }
    }
    if (!safe.empty()) {
      add(safe);
    }
  }

  std::string take() {
    flush();
    return std::move(body_);
  }

 private:
  void add(const std::string& block) {
    if (!body_.empty()) {
      body_ += "\n\n";
    }
    body_ += block;
  }

  std::string paragraph_;
  std::string body_;
};

}  // namespace

std::string markdownFromRendered(std::string_view rendered) {
  std::vector<std::string_view> lines = splitLines(rendered);
  std::size_t first = 0;
  std::size_t last = lines.size();
  while (first < last && isBlank(lines[first])) {
    ++first;
  }
  while (last > first && isBlank(lines[last - 1])) {
    --last;
  }
  if (first < last && isRunningHead(lines[first])) {
    ++first;  // the header "LS(1)   Dienstprogramme für Benutzer   LS(1)"
  }
  if (first < last && isRunningHead(lines[last - 1])) {
    --last;  // the footer "GNU coreutils 9.1   22. September 2022   LS(1)"
  }
  BodyWriter writer;
  for (std::size_t i = first; i < last; ++i) {
    std::string_view line = lines[i];
    if (isBlank(line)) {
      writer.flush();
    } else if (line.front() != ' ' && line.front() != '\t') {
      writer.heading(line);
    } else {
      writer.paragraphLine(line);
    }
  }
  return writer.take();
}

}  // namespace querverweis::bench
