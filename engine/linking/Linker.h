// Suggests cross-links for a German text: where it mentions the title or an alias of a glossary
// entry, found through the same analysis as search, so "… über Bürgersprechstunden …" offers
// Bürgersprechstunde and "Jugend- und Opferschutz" offers Jugendschutz and Opferschutz. Each
// target once, at its first real mention, with a confidence; the longest concept wins and
// mentions do not overlap. It does not consult the index and knows no meaning beyond small
// grammar rules (a lower-case "sucht" is a verb, "50 Zoll" a unit; see SenseRules.h).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "analyzers/GermanAnalyzer.h"
#include "querverweis/Entry.h"
#include "querverweis/Links.h"

namespace querverweis {

class LinkLexicon;

class Linker {
 public:
  // Builds the lexicon from every entry's title and aliases, analyzed with `analyzer` (the same
  // GermanAnalyzer the index uses). REQUIRES: analyzer outlives the Linker.
  Linker(const std::vector<Entry>& entries, GermanAnalyzerPtr analyzer);
  ~Linker();

  // Suggestions for `text` (plain text or a Markdown entry file, possibly with front matter), in
  // text order. Runs in time linear in the text; const, so callers may share one Linker between
  // threads as far as the analyzer allows.
  std::vector<LinkSuggestion> suggest(std::string_view text, const LinkOptions& options = {}) const;

 private:
  GermanAnalyzerPtr analyzer_;
  std::shared_ptr<const LinkLexicon> lexicon_;
};

}  // namespace querverweis
