// The engine's front door: opens an index folder written by writeIndex() and answers searches
// and entry look-ups. An Engine is immutable after open() and safe to share between threads;
// every call either returns a result or throws querverweis::Error.
//
//   auto engine = Engine::open("var/index");
//   SearchResult result = engine->search("Bürgersprechstunden", {.limit = 5});
//   result.hits[0].slug == "buergersprechstunde"
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/Autocomplete.h"
#include "engine/ConceptGraph.h"
#include "engine/Entry.h"
#include "engine/Links.h"
#include "engine/RelatedConcepts.h"

namespace querverweis {

struct EngineOptions {
  // Analysis configuration name; empty means the one the index was written with.
  std::string analysis;
  std::string wordListPath = "/usr/share/dict/ngerman";
  // OpenThesaurus text export (Debian package openthesaurus-de-text); a missing file leaves
  // only the entries' own aliases as synonyms.
  std::string thesaurusPath = "/usr/share/openthesaurus-de/openthesaurus.txt";
};

struct SearchOptions {
  std::size_t limit = 10;  // 1–100
  std::size_t offset = 0;  // 0–10000
};

struct SearchHit {
  std::string slug;
  std::string title;
  double score = 0;
  // The best passage of the body, HTML-escaped, matches wrapped in <mark>…</mark>.
  std::string snippet;
};

struct SearchResult {
  std::string query;
  std::size_t total = 0;  // all matching entries, not only this page
  std::vector<SearchHit> hits;
  // The query with misspelled words corrected ("Enkeltrik" → "enkeltrick"), when the engine
  // corrected any; the hits already include the corrected words.
  std::string didYouMean;
};

class Engine {
 public:
  // Throws Error(NotFound) if there is no index, Error(Corrupt) if it cannot be read.
  static std::shared_ptr<const Engine> open(const std::string& indexDir,
                                            const EngineOptions& options = {});
  ~Engine();

  // Ranked keyword search. The query is plain text, never query syntax: "AND (" is two words.
  // Throws Error(InvalidArgument) for an empty query or limits out of range.
  SearchResult search(std::string_view query, const SearchOptions& options = {}) const;

  // Entry names completing a typed prefix ("buergers" → Bürgersprechstunde), best first.
  // Throws Error(InvalidArgument) for an empty prefix or a limit outside 1–50.
  std::vector<Completion> complete(std::string_view prefix, std::size_t limit = 10) const;

  // Cross-links an editor could set in `text` (plain text or a Markdown entry), in text order,
  // with byte offsets into `text`. Throws Error(InvalidArgument) for an unknown options.self,
  // a threshold outside [0, 1] or a text over 1 MB.
  std::vector<LinkSuggestion> links(std::string_view text, const LinkOptions& options = {}) const;

  // The entries related to `slug`, best first, each with its reasons. Throws Error(NotFound)
  // for an unknown slug, Error(InvalidArgument) for a limit outside 1–50.
  std::vector<RelatedConcept> related(std::string_view slug, std::size_t limit = 5) const;

  // Every detected link between the entries, computed when the index was written.
  const ConceptGraph& graph() const;

  // nullptr if no entry has this slug.
  const Entry* findEntry(std::string_view slug) const;
  const std::vector<Entry>& entries() const;
  const std::string& analysisName() const;

  struct Impl;

 private:
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace querverweis
