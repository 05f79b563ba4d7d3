// The synonyms a corpus searches and relates with: OpenThesaurus plus one set per entry (its
// title and aliases), all keyed by LookupKeys::key() so "Kiezen" meets "Kiez". Built for indexing
// and again when an index is opened.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyzers/LookupKeys.h"
#include "engine/language/Thesaurus.h"
#include "querverweis/Entry.h"

namespace querverweis {

struct CorpusThesaurus {
  Thesaurus thesaurus{ThesaurusOptions{.maxSynonymsPerTerm = 24}};
  // LookupKeys::key() of every title and alias → the title of its entry ("haschisch" → "Cannabis").
  std::unordered_map<std::string, std::string> titleByNameKey;
};

// A missing thesaurus file leaves only the entries' own sets. REQUIRES: `keys` outlives the
// result (its key function uses them).
std::unique_ptr<CorpusThesaurus> loadCorpusThesaurus(const std::vector<Entry>& entries,
                                                     const LookupKeys& keys,
                                                     const std::string& thesaurusPath);

}  // namespace querverweis
