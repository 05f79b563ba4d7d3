// The library's front door: opens an index folder written by writeIndex() and answers searches,
// completions, link suggestions, related concepts and entry look-ups.
//
//   auto engine = querverweis::Engine::open("var/index");
//   querverweis::SearchResult result = engine->search("Bürgersprechstunden", {.limit = 5});
//   result.hits[0].slug == "buergersprechstunde"
//
// An Engine is immutable after open() and safe to share between threads. Every call either
// returns its result or throws querverweis::Error; nothing else escapes.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "querverweis/Analysis.h"
#include "querverweis/Entry.h"
#include "querverweis/Graph.h"
#include "querverweis/Links.h"
#include "querverweis/Related.h"

namespace querverweis {

struct EngineOptions {
  // Analysis configuration name; empty means the configuration the index was written with.
  std::string analysis;
  // Empty means the files the index was written with, at the paths it recorded.
  std::optional<LanguageDataPaths> languageData;
};

struct SearchOptions {
  std::size_t limit = 10;  // limits::kSearchLimit
  std::size_t offset = 0;  // limits::kSearchOffset
  // Only entries carrying every one of these tags (exact tag names); empty: no filter.
  std::vector<std::string> tags;
  // The reader is still typing: a last word that matches nothing is completed from the corpus's
  // words ("buergersprech" → Bürgersprechstunde) rather than corrected.
  bool asYouType = false;
  bool explain = false;  // fill SearchHit::why
  bool facets = false;   // fill SearchResult::tagCounts
};

// One reason why a hit matched: "Sprechstunde" matched as a compound part in the title, text
// "Bürgersprechstunde".
struct MatchReason {
  std::string word;  // the query word as typed
  // How: word (as typed), form (an inflected or derived form), compound_part (the word is part
  // of a longer word), parts (the parts of the typed compound), synonym, correction (corrected
  // spelling), completion (the unfinished word completed), compound (a compound ending in the
  // word), head (the last part of an unknown compound); "none" when the hit lacks the word.
  std::string match;
  std::string field;  // where: title | alias | tags | body | anchors (others' words about it)
  std::string text;   // the entry's words that matched, as written; empty for anchors and none
};

struct TagCount {
  std::string tag;
  std::size_t count = 0;
};

struct SearchHit {
  std::string slug;
  std::string title;
  double score = 0;
  // The best passage of the body, HTML-escaped, matches wrapped in <mark>…</mark>.
  std::string snippet;
  std::vector<MatchReason> why;  // with SearchOptions::explain, per query word in query order
};

struct SearchResult {
  std::string query;
  std::size_t total = 0;  // all matching entries, not only this page
  std::vector<SearchHit> hits;
  // The query with misspelled words corrected ("Enkeltrik" → "enkeltrick"), when the engine
  // corrected any; the hits already include the corrected words.
  std::string didYouMean;
  // With SearchOptions::facets: the tags of all matching entries (after the tag filter), most
  // frequent first, then by name.
  std::vector<TagCount> tagCounts;
};

// Where a typed prefix met an entry's name.
enum class CompletionKind {
  Title,         // the start of the title ("bürgers" → Bürgersprechstunde)
  Alias,         // the start of an alias
  Word,          // the start of an inner word of a name
  CompoundTail,  // the start of a compound's tail ("sprechst" → Bürgersprechstunde)
};
// "title", "alias", "word", "compound_tail".
std::string_view completionKindName(CompletionKind kind);

struct Completion {
  std::string slug;
  std::string title;
  std::string text;  // the title or alias that matched
  CompletionKind kind = CompletionKind::Title;
};

class Engine {
 public:
  // Throws Error(NotFound) if `indexDir` holds no index, Error(Corrupt) if it cannot be read,
  // Error(InvalidArgument) for an unknown options.analysis.
  static std::shared_ptr<const Engine> open(const std::string& indexDir,
                                            const EngineOptions& options = {});
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Ranked keyword search. The query is plain text, never query syntax: "AND (" is two words.
  // Throws Error(InvalidArgument) for an empty query, a query over limits::kMaxQueryBytes or
  // not valid UTF-8, and limits out of range.
  SearchResult search(std::string_view query, const SearchOptions& options = {}) const;

  // Entry names completing a typed prefix ("buergers" → Bürgersprechstunde), best first, one per
  // entry. Throws Error(InvalidArgument) for an empty or invalid prefix or a limit out of range.
  std::vector<Completion> complete(std::string_view prefix, std::size_t limit = 10) const;

  // Cross-links an editor could set in `text` (plain text or a Markdown entry), in text order,
  // with byte offsets into `text`. Throws Error(InvalidArgument) for an unknown options.self,
  // a threshold outside [0, 1], a text over limits::kMaxLinkTextBytes or not valid UTF-8.
  std::vector<LinkSuggestion> links(std::string_view text, const LinkOptions& options = {}) const;

  // The entries related to `slug`, best first, each with its reasons. Throws Error(NotFound)
  // for an unknown slug, Error(InvalidArgument) for a limit out of range.
  std::vector<RelatedConcept> related(std::string_view slug, std::size_t limit = 5) const;

  // Every detected link between the entries, computed when the index was written.
  const ConceptGraph& graph() const;
  // Map positions of graph().nodes(), in the same order, computed when the index was written.
  const std::vector<GraphPoint>& graphLayout() const;
  // Where other entries mention `slug` without an explicit [..](slug) link, strongest
  // mentioning entries first, at most `limit` of them listed. Throws Error(NotFound) for an
  // unknown slug.
  UnlinkedMentions unlinkedMentions(std::string_view slug, std::size_t limit = 100) const;

  // What each step of the analysis chain makes of `text`; compareTerms() tells whether two texts
  // share a term. Both throw Error(InvalidArgument) for an empty text, one over
  // limits::kMaxAnalyzeBytes, or invalid UTF-8.
  std::vector<AnalysisStage> analyzeStages(std::string_view text) const;
  TermComparison compareTerms(std::string_view a, std::string_view b) const;

  // nullptr if no entry has this slug.
  const Entry* findEntry(std::string_view slug) const;
  const std::vector<Entry>& entries() const;
  // The analysis configuration searches use.
  const AnalysisConfig& analysis() const;
  // Problems found at open that do not stop the engine, one sentence each, e.g. that the word
  // list on this machine differs from the one the index was built with.
  const std::vector<std::string>& warnings() const;

 private:
  struct Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace querverweis
