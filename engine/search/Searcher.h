// The search path of an open index: a query is expanded (QueryExpansion), built into a Lucene++
// query (QueryBuilder), run, reordered by the glossary's links among the best hits
// (LinkAuthority), and each hit of the page gets its snippet from the stored term vectors; on
// request the tags of all matches are counted (SearchFacets) and each hit says why it matched
// (SearchExplanation).
//   searcher.search("Bürgersprechstunden", {.limit = 1}) → buergersprechstunde with
//   "… <mark>Bürgersprechstunden</mark> …"
// Validation of the caller's input is the engine's; this class assumes it was done.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/AnalyzedToken.h"
#include "engine/search/LinkAuthority.h"
#include "engine/search/QueryBuilder.h"
#include "engine/search/QueryExpansion.h"
#include "engine/search/SearchExplanation.h"
#include "engine/search/WordCompletions.h"
#include "querverweis/Engine.h"

namespace querverweis {

// Thread-safe after construction, as Lucene++'s searcher is.
class Searcher {
 public:
  // REQUIRES: everything `resources`, `entries` and `graph` refer to outlives the Searcher;
  // entries[doc] is Lucene++ document doc.
  // `completions` serves SearchOptions::asYouType; may be null.
  Searcher(QueryResources resources, const std::vector<Entry>& entries, const ConceptGraph& graph,
           const WordCompletions* completions);

  // Throws Lucene++ exceptions for a damaged index; the engine's boundary converts them.
  SearchResult search(std::string_view query, const SearchOptions& options) const;

 private:
  Lucene::TopDocsPtr run(const QueryPlan& plan, const SearchOptions& options,
                         SearchResult& result) const;
  SearchHit makeHit(const ScoredEntry& hit, const QueryPlan& plan,
                    const HitExplainer* explainer) const;
  std::vector<AnalyzedToken> matchedBodyTokens(int32_t doc, const Entry& entry,
                                               const std::set<std::wstring>& terms) const;

  QueryResources resources_;
  const std::vector<Entry>& entries_;
  const ConceptGraph& graph_;
  const WordCompletions* completions_;
  Lucene::IndexSearcherPtr searcher_;
};

}  // namespace querverweis
