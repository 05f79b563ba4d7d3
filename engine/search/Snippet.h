// Picks the passage of an entry's body that best shows why it matched and marks the matches:
//   "… Dabei geht es etwa um <mark>Bürgersprechstunden</mark> oder einfach um …"
// A match on a compound part marks the whole word. Everything else is HTML-escaped, and
// whitespace (line breaks, blanked Markdown) is folded to single spaces.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/AnalyzedToken.h"

namespace querverweis {

struct SnippetOptions {
  std::size_t maxBytes = 240;  // of source text shown, before escaping and marks
};

// `bodyTokens` are the analyzed tokens of `plainBody`; `matchTerms` the query's terms.
std::string makeSnippet(std::string_view plainBody, const std::vector<AnalyzedToken>& bodyTokens,
                        const std::set<std::wstring>& matchTerms,
                        const SnippetOptions& options = {});

// "<", ">", "&", '"' and "'" as entities.
std::string escapeHtml(std::string_view text);

}  // namespace querverweis
