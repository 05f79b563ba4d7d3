#include "engine/corpus/MarkdownBody.h"

namespace querverweis {

namespace {

void blank(std::string& text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < text.size(); ++i) {
    if (text[i] != '\n') {
      text[i] = ' ';
    }
  }
}

std::size_t headingLevel(std::string_view line) {
  std::size_t level = 0;
  while (level < line.size() && line[level] == '#') {
    ++level;
  }
  return (level > 0 && level < line.size() && line[level] == ' ') ? level : 0;
}

// Blanks the brackets and target of each `[text](target)` in [begin, end) and records links.
void readLinks(std::string_view body, std::size_t begin, std::size_t end, MarkdownBody& out) {
  std::size_t pos = begin;
  while (pos < end) {
    std::size_t open = body.find('[', pos);
    if (open == std::string_view::npos || open >= end) {
      return;
    }
    std::size_t close = body.find(']', open + 1);
    if (close == std::string_view::npos || close + 1 >= end || body[close + 1] != '(') {
      pos = open + 1;
      continue;
    }
    std::size_t targetEnd = body.find(')', close + 2);
    if (targetEnd == std::string_view::npos || targetEnd >= end) {
      pos = open + 1;
      continue;
    }
    std::string_view target = body.substr(close + 2, targetEnd - close - 2);
    if (looksLikeSlug(target)) {
      out.links.push_back({std::string(body.substr(open + 1, close - open - 1)),
                           std::string(target), open + 1, close});
    }
    blank(out.plain, open, open + 1);
    blank(out.plain, close, targetEnd + 1);
    pos = targetEnd + 1;
  }
}

}  // namespace

bool looksLikeSlug(std::string_view target) {
  if (target.empty() || target.front() == '-' || target.back() == '-') {
    return false;
  }
  for (char c : target) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) {
      return false;
    }
  }
  return true;
}

MarkdownBody parseMarkdownBody(std::string_view body) {
  MarkdownBody out;
  out.plain = std::string(body);
  std::size_t lineStart = 0;
  while (lineStart < body.size()) {
    std::size_t lineEnd = body.find('\n', lineStart);
    if (lineEnd == std::string_view::npos) {
      lineEnd = body.size();
    }
    std::string_view line = body.substr(lineStart, lineEnd - lineStart);
    std::size_t level = headingLevel(line);
    if (level > 0) {
      blank(out.plain, lineStart, lineStart + level + 1);
      out.headingRanges.push_back({lineStart, lineEnd});
      if (level == 2) {
        if (!out.sections.empty()) {
          out.sections.back().end = lineStart;
        }
        std::size_t textBegin = lineStart + level + 1;
        std::size_t textEnd = lineEnd;
        while (textEnd > textBegin && (body[textEnd - 1] == ' ' || body[textEnd - 1] == '\r')) {
          --textEnd;
        }
        out.sections.push_back({std::string(body.substr(textBegin, textEnd - textBegin)), textBegin,
                                textEnd, lineStart, body.size()});
      }
    } else {
      std::size_t indent = line.find_first_not_of(' ');
      if (indent != std::string_view::npos && line.size() > indent + 1 &&
          (line[indent] == '-' || line[indent] == '*') && line[indent + 1] == ' ') {
        blank(out.plain, lineStart + indent, lineStart + indent + 1);
      }
      readLinks(body, lineStart, lineEnd, out);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

}  // namespace querverweis
