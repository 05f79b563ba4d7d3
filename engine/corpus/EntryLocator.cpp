#include "engine/corpus/EntryLocator.h"

#include "analyzers/text/Utf8.h"
#include "engine/corpus/CorpusFiles.h"
#include "querverweis/Error.h"

namespace querverweis {

namespace {

// An entry of a .jsonl corpus has the source "path:line"; a Markdown entry is the whole file.
struct Origin {
  std::string file;
  std::size_t jsonLine = 0;
};

Origin originOf(const std::string& source) {
  std::size_t colon = source.rfind(':');
  if (colon != std::string::npos && colon > 0 && colon + 1 < source.size() &&
      source.size() - colon <= 10 &&
      source.find_first_not_of("0123456789", colon + 1) == std::string::npos) {
    return {source.substr(0, colon), std::stoul(source.substr(colon + 1))};
  }
  return {source, 0};
}

}  // namespace

EntryLocator::EntryLocator(const Entry& entry) : entry_(entry) {
  Origin origin = originOf(entry.source);
  file_ = origin.file;
  jsonLine_ = origin.jsonLine;
}

std::size_t EntryLocator::titleLine() {
  if (jsonLine_ > 0) {
    return jsonLine_;
  }
  if (std::size_t line = frontMatter().title) {
    return line;
  }
  return headingLine().value_or(1);
}

std::size_t EntryLocator::aliasLine(std::size_t index) {
  if (jsonLine_ > 0) {
    return jsonLine_;
  }
  const FrontMatterLines& lines = frontMatter();
  if (index < lines.aliases.size()) {
    return lines.aliases[index];
  }
  return lines.aliasesKey > 0 ? lines.aliasesKey : 1;
}

std::size_t EntryLocator::bodyLine(std::size_t offset) const {
  if (jsonLine_ > 0) {
    return jsonLine_;
  }
  if (!bodyLines_) {
    bodyLines_.emplace(entry_.body);
  }
  return entry_.firstBodyLine + bodyLines_->lineOf(offset) - 1;
}

std::string EntryLocator::titleLocation() {
  return file_ + ":" + std::to_string(titleLine());
}

const FrontMatterLines& EntryLocator::frontMatter() {
  if (!frontMatter_) {
    try {
      frontMatter_ = frontMatterLines(readTextFile(file_));
    } catch (const Error&) {
      frontMatter_ = FrontMatterLines{};  // the file changed or went: callers fall back to line 1
    }
  }
  return *frontMatter_;
}

std::optional<std::size_t> EntryLocator::headingLine() const {
  std::string_view body = entry_.body;
  for (std::size_t lineStart = 0; lineStart < body.size();) {
    if (body.substr(lineStart, 2) == "# ") {
      return bodyLine(lineStart);
    }
    std::size_t lineEnd = body.find('\n', lineStart);
    lineStart = lineEnd == std::string_view::npos ? body.size() : lineEnd + 1;
  }
  return std::nullopt;
}

}  // namespace querverweis
