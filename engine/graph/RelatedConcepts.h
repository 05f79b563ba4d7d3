// The "related concepts" box of an entry, explained: Quartiermanagement shows Bürgersprechstunde
// because `erwähnt „Bürgersprechstunden“ im Abschnitt „Dialog verbessern“`. One score from
// mentions both ways, tf-idf text similarity, shared neighbours in the link graph, thesaurus,
// alias and compound relations between the names, and shared tags. It does not detect mentions
// (the Linker does) and knows no embeddings or reader behaviour.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/AnalyzedToken.h"
#include "engine/language/Thesaurus.h"
#include "querverweis/Entry.h"
#include "querverweis/Links.h"
#include "querverweis/Related.h"

namespace querverweis {

// Ranks, for each entry, the entries related to it and says why. Built once per index, then
// read-only and thread-safe.
class RelatedConcepts {
 public:
  // links[i]: the suggested links of entries[i].body (from the Linker, self excluded); one list
  // per entry, else Error(InvalidArgument). Explicit [..](slug) links in Entry::links count as
  // mentions too. `analyze` is used only during construction; thesaurus may be null.
  RelatedConcepts(const std::vector<Entry>& entries,
                  const std::vector<std::vector<LinkSuggestion>>& links,
                  const AnalyzeFunction& analyze, const Thesaurus* thesaurus);
  ~RelatedConcepts();
  RelatedConcepts(RelatedConcepts&&) noexcept;
  RelatedConcepts& operator=(RelatedConcepts&&) noexcept;

  // Best first, at most `limit` (and at most 50). Throws Error(NotFound) for an unknown slug.
  std::vector<RelatedConcept> related(std::string_view slug, std::size_t limit = 5) const;

 private:
  struct Impl;
  std::unique_ptr<const Impl> impl_;
};

}  // namespace querverweis
