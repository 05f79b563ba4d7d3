// The YAML front matter of a Markdown entry: where it is, and what it says.
//   ---
//   title: Kontaktbereichsbeamter
//   aliases: [KOB, Bezirksbeamter]
//   ---
// A file starts with a line "---" (after an optional byte order mark); the YAML runs to the next
// line that is exactly "---". Keys other than title, aliases and tags are ignored.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "querverweis/Entry.h"

namespace querverweis {

struct FrontMatterSpan {
  std::size_t yamlBegin = 0;  // byte offsets into the text
  std::size_t yamlEnd = 0;    // just after the last YAML line's line break
  std::size_t bodyBegin = 0;  // the first byte after the closing "---" line
};

// nullopt when the text has no front matter. Throws Error(InvalidArgument) "SOURCE:1: front
// matter: no closing '---' line" when it opens one and never closes it.
std::optional<FrontMatterSpan> findFrontMatter(std::string_view text, const std::string& source);

// Sets entry.title, aliases and tags from the YAML. Throws Error(InvalidArgument) naming the
// source and line: "corpus/x.md:3: front matter: aliases must be a list".
void readFrontMatter(const std::string& yaml, const std::string& source, Entry& entry);

// The lines (1-based, in the file) where the title and each alias are written, found again for
// messages because Entry keeps only the values; 0 where unknown.
struct FrontMatterLines {
  std::size_t title = 0;
  std::size_t aliasesKey = 0;
  std::vector<std::size_t> aliases;  // one per list item, in order
};
FrontMatterLines frontMatterLines(std::string_view fileText);

}  // namespace querverweis
