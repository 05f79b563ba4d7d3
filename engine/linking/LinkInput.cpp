#include "engine/linking/LinkInput.h"

#include "analyzers/text/Utf8.h"
#include "analyzers/text/Words.h"
#include "engine/corpus/MarkdownBody.h"

namespace querverweis {

namespace {

constexpr char kMask = '|';

void mask(std::string& view, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < view.size(); ++i) {
    if (view[i] != '\n') {
      view[i] = kMask;
    }
  }
}

// Byte offset where the body starts: after a front matter block opened by a `---` line on the
// first line and closed by the next `---` line (as the corpus reader reads it), else 0.
std::size_t bodyStart(std::string_view text) {
  std::size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  std::string_view rest = text.substr(start);
  if (rest.substr(0, 4) != "---\n" && rest.substr(0, 5) != "---\r\n") {
    return 0;
  }
  std::size_t close = rest.find("\n---", rest.find('\n'));
  while (close != std::string_view::npos) {
    std::size_t after = close + 4;
    if (after >= rest.size() || rest[after] == '\n' || rest[after] == '\r') {
      std::size_t lineEnd = rest.find('\n', after);
      return start + (lineEnd == std::string_view::npos ? rest.size() : lineEnd + 1);
    }
    close = rest.find("\n---", after);
  }
  return 0;  // unclosed: not front matter, just text
}

bool isHeadingLine(std::string_view line) {
  std::size_t level = line.find_first_not_of('#');
  return level != 0 && level != std::string_view::npos && line[level] == ' ';
}

// Masks the text of every `[text](target)` on non-heading lines, whatever the target: the
// editor already decided what that text points to.
void maskLinkTexts(std::string_view body, std::size_t offset, std::string& view) {
  std::size_t lineStart = 0;
  while (lineStart < body.size()) {
    std::size_t lineEnd = std::min(body.find('\n', lineStart), body.size());
    std::string_view line = body.substr(lineStart, lineEnd - lineStart);
    std::size_t pos = 0;
    while (!isHeadingLine(line) && (pos = line.find('[', pos)) != std::string_view::npos) {
      std::size_t close = line.find(']', pos + 1);
      if (close == std::string_view::npos || close + 1 >= line.size() || line[close + 1] != '(' ||
          line.find(')', close + 2) == std::string_view::npos) {
        ++pos;
        continue;
      }
      mask(view, offset + lineStart + pos + 1, offset + lineStart + close);
      pos = line.find(')', close + 2) + 1;
    }
    lineStart = lineEnd + 1;
  }
}

}  // namespace

LinkInput prepareLinkInput(std::string_view text) {
  LinkInput input;
  input.view = std::string(text);
  std::size_t offset = bodyStart(text);
  mask(input.view, 0, offset);
  std::string_view body = text.substr(offset);
  MarkdownBody parsed = parseMarkdownBody(body);
  input.view.replace(offset, parsed.plain.size(), parsed.plain);
  for (const auto& [begin, end] : parsed.headingRanges) {
    mask(input.view, offset + begin, offset + end);
  }
  maskLinkTexts(body, offset, input.view);
  for (const ExplicitLink& link : parsed.links) {
    input.linkedTargets.insert(link.target);
  }
  for (Section section : parsed.sections) {
    section.headingBegin += offset;
    section.headingEnd += offset;
    section.begin += offset;
    section.end += offset;
    input.sections.push_back(std::move(section));
  }
  return input;
}

std::string sectionAt(const std::vector<Section>& sections, std::size_t offset) {
  for (const Section& section : sections) {
    if (offset >= section.begin && offset < section.end) {
      return section.heading;
    }
  }
  return "";
}

std::string contextAround(std::string_view text, std::size_t begin, std::size_t end,
                          std::size_t radius) {
  std::size_t from = begin > radius ? begin - radius : 0;
  std::size_t to = std::min(text.size(), end + radius);
  while (from > 0 && from < begin && isContinuationByte(text[from])) {
    ++from;
  }
  while (to < text.size() && to > end && isContinuationByte(text[to])) {
    --to;
  }
  // Drop a word cut in half at either edge.
  if (from > 0 && !isAsciiSpace(text[from - 1])) {
    while (from < begin && !isAsciiSpace(text[from])) {
      ++from;
    }
  }
  if (to < text.size() && !isAsciiSpace(text[to])) {
    while (to > end && !isAsciiSpace(text[to - 1])) {
      --to;
    }
  }
  std::string context;
  bool pendingSpace = false;
  for (std::size_t i = from; i < to; ++i) {
    if (isAsciiSpace(text[i])) {
      pendingSpace = !context.empty();
      continue;
    }
    if (pendingSpace) {
      context += ' ';
      pendingSpace = false;
    }
    context += text[i];
  }
  return context;
}

}  // namespace querverweis
