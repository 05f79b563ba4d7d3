// The synonyms a corpus searches and relates with: OpenThesaurus plus one set per entry (its
// title and aliases), all keyed by termKey() so "Kiezen" meets "Kiez". Built for indexing and
// again when an index is opened.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyzers/GermanNormalizer.h"
#include "engine/Entry.h"
#include "engine/Thesaurus.h"

namespace querverweis {

struct CorpusThesaurus {
  Thesaurus thesaurus{ThesaurusOptions{.maxSynonymsPerTerm = 24}};
  // termKey() of every title and alias → the title of its entry ("haschisch" → "Cannabis").
  std::unordered_map<std::string, std::string> titleByNameKey;
};

// A missing thesaurus file leaves only the entries' own sets. REQUIRES: `normalizer` outlives
// the result (its key function uses it).
std::unique_ptr<CorpusThesaurus> loadCorpusThesaurus(const std::vector<Entry>& entries,
                                                     const GermanNormalizer& normalizer,
                                                     const std::string& thesaurusPath);

}  // namespace querverweis
