// Reads the Markdown subset of corpus format v1 (`## ` sections, `- ` lists, paragraphs,
// `[text](target)` links) into what the engine needs, without reformatting anything: the plain
// view blanks markup bytes with spaces so that every offset into it is an offset into the source.
//   "## Dialog\n- [Weißer Ring](weisser-ring)" → plain "   Dialog\n   Weißer Ring              "
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "querverweis/Entry.h"

namespace querverweis {

struct MarkdownBody {
  std::string plain;
  std::vector<Section> sections;
  std::vector<ExplicitLink> links;  // only links whose target looks like a slug
  // Byte ranges of heading lines (`#`…), which the linker never links.
  std::vector<std::pair<std::size_t, std::size_t>> headingRanges;
};

MarkdownBody parseMarkdownBody(std::string_view body);

// True for a corpus slug: lower-case ASCII letters, digits and inner hyphens.
bool looksLikeSlug(std::string_view target);

}  // namespace querverweis
