// Where an entry's parts are written, for messages with file and line: the title of
// kontaktbereichsbeamter.md on line 2 of its front matter, its second alias on line 4, the link
// "[Weißer Ring](weisser-ring)" on line 17 of the file. Entries of a .jsonl corpus point to their
// line ("x.jsonl:12").
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "analyzers/text/Utf8.h"
#include "engine/corpus/FrontMatter.h"
#include "querverweis/Entry.h"

namespace querverweis {

// Reads the entry's file again only when a front-matter line is asked for.
class EntryLocator {
 public:
  explicit EntryLocator(const Entry& entry);

  // The file the entry came from, without a .jsonl line number.
  const std::string& file() const { return file_; }
  std::size_t titleLine();
  std::size_t aliasLine(std::size_t index);
  // The line of a byte offset into Entry::body.
  std::size_t bodyLine(std::size_t offset) const;
  // "FILE:LINE" of the title.
  std::string titleLocation();

 private:
  const FrontMatterLines& frontMatter();
  // Without a front matter title the reader takes the first "# " heading.
  std::optional<std::size_t> headingLine() const;

  const Entry& entry_;
  std::string file_;
  std::size_t jsonLine_ = 0;
  std::optional<FrontMatterLines> frontMatter_;
  mutable std::optional<LineIndex> bodyLines_;  // built on the first bodyLine()
};

}  // namespace querverweis
