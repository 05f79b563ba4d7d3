#include "engine/search/Searcher.h"

#include <lucene++/TermVectorMapper.h>
#include <lucene++/TermVectorOffsetInfo.h>

#include <algorithm>
#include <optional>

#include "analyzers/text/Utf8.h"
#include "engine/index/IndexSchema.h"
#include "engine/search/SearchFacets.h"
#include "engine/search/Snippet.h"
#include "querverweis/Error.h"

namespace querverweis {

namespace {

// How many of the best hits the glossary's links may reorder.
constexpr std::size_t kLinkAuthorityDepth = 30;

}  // namespace

Searcher::Searcher(QueryResources resources, const std::vector<Entry>& entries,
                   const ConceptGraph& graph, const WordCompletions* completions)
    : resources_(std::move(resources)),
      entries_(entries),
      graph_(graph),
      completions_(completions) {
  searcher_ = Lucene::newLucene<Lucene::IndexSearcher>(resources_.reader);
  searcher_->setSimilarity(searchSimilarity());
}

SearchResult Searcher::search(std::string_view query, const SearchOptions& options) const {
  SearchResult result;
  result.query = std::string(query);
  QueryResources resources = resources_;
  resources.completions = options.asYouType ? completions_ : nullptr;
  ExpandedQuery expanded = expandQuery(query, resources);
  result.didYouMean = expanded.didYouMean;
  QueryPlan plan = buildQuery(expanded.words);
  if (!plan.query) {
    return result;
  }
  Lucene::TopDocsPtr top = run(plan, options, result);
  result.total = static_cast<std::size_t>(top->totalHits);
  std::vector<ScoredEntry> ranked;
  for (const Lucene::ScoreDocPtr& scoreDoc : top->scoreDocs) {
    // A damaged index may return ids past the documents it has; never index with them.
    if (scoreDoc->doc < 0 || static_cast<std::size_t>(scoreDoc->doc) >= entries_.size()) {
      throw Error(ErrorKind::Corrupt, "search: the index returned document " +
                                          std::to_string(scoreDoc->doc) + " of " +
                                          std::to_string(entries_.size()));
    }
    ranked.push_back({static_cast<std::size_t>(scoreDoc->doc), scoreDoc->score});
  }
  addLinkAuthority(ranked, graph_, kLinkAuthorityDepth);
  std::optional<HitExplainer> explainer;
  if (options.explain) {
    explainer.emplace(resources_.reader, resources_.analyzer, expanded);
  }
  for (std::size_t i = options.offset; i < std::min(ranked.size(), options.offset + options.limit);
       ++i) {
    result.hits.push_back(makeHit(ranked[i], plan, explainer ? &*explainer : nullptr));
  }
  return result;
}

// Lucene's own collector, or the tag-filtering one when tags are asked for or counted.
Lucene::TopDocsPtr Searcher::run(const QueryPlan& plan, const SearchOptions& options,
                                 SearchResult& result) const {
  auto wanted = static_cast<int32_t>(std::max(options.offset + options.limit, kLinkAuthorityDepth));
  if (options.tags.empty() && !options.facets) {
    return searcher_->search(plan.query, wanted);
  }
  FilteredSearch filtered =
      searchWithTags(searcher_, plan.query, wanted, entries_, options.tags, options.facets);
  result.tagCounts = std::move(filtered.tagCounts);
  return filtered.top;
}

SearchHit Searcher::makeHit(const ScoredEntry& hit, const QueryPlan& plan,
                            const HitExplainer* explainer) const {
  const Entry& entry = entries_[hit.entry];
  auto doc = static_cast<int32_t>(hit.entry);
  std::vector<AnalyzedToken> matches = matchedBodyTokens(doc, entry, plan.matchTerms);
  return {entry.slug, entry.title, hit.score,
          makeSnippet(entry.plainBody, matches, plan.matchTerms),
          explainer != nullptr ? explainer->explain(doc, entry) : std::vector<MatchReason>{}};
}

namespace {

// Keeps the offsets of the query's terms only; positions are not read at all. Building the
// whole TermPositionVector allocated an object per offset of every word in the body and was
// most of a query's time (bench/README.md).
class QueryTermOffsets : public Lucene::TermVectorMapper {
 public:
  QueryTermOffsets(const std::set<std::wstring>& terms, std::vector<AnalyzedToken>* out)
      : Lucene::TermVectorMapper(/*ignoringPositions=*/true, /*ignoringOffsets=*/false),
        terms_(terms),
        out_(out) {}
  void setExpectations(const Lucene::String&, int32_t, bool, bool) override {}
  void map(const Lucene::String& term, int32_t,
           Lucene::Collection<Lucene::TermVectorOffsetInfoPtr> offsets,
           Lucene::Collection<int32_t>) override {
    if (!offsets || terms_.count(term) == 0) {
      return;  // another word, or a field indexed without offsets
    }
    for (const Lucene::TermVectorOffsetInfoPtr& offset : offsets) {
      out_->push_back({term, L"", 0,
                       static_cast<std::size_t>(std::max(0, offset->getStartOffset())),
                       static_cast<std::size_t>(std::max(0, offset->getEndOffset()))});
    }
  }

 private:
  const std::set<std::wstring>& terms_;
  std::vector<AnalyzedToken>* out_;  // offsets in code points, mapped to bytes later
};

}  // namespace

// Where the query's terms occur in an entry's body, read from the stored term vectors rather
// than by analyzing the body again: the whole words, and the words whose parts matched.
std::vector<AnalyzedToken> Searcher::matchedBodyTokens(int32_t doc, const Entry& entry,
                                                       const std::set<std::wstring>& terms) const {
  std::vector<AnalyzedToken> matches;
  auto mapper = Lucene::newLucene<QueryTermOffsets>(terms, &matches);
  for (const wchar_t* field : {schema::kBody, schema::kBodyParts}) {
    resources_.reader->getTermFreqVector(doc, field, mapper);
  }
  std::vector<std::size_t> bytes = codePointByteOffsets(entry.plainBody);
  const std::size_t last = bytes.size() - 1;
  for (AnalyzedToken& match : matches) {
    match.begin = bytes[std::min(match.begin, last)];
    match.end = bytes[std::min(match.end, last)];
  }
  std::sort(matches.begin(), matches.end(), [](const AnalyzedToken& a, const AnalyzedToken& b) {
    return std::tie(a.begin, a.end) < std::tie(b.begin, b.end);
  });
  return matches;
}

}  // namespace querverweis
