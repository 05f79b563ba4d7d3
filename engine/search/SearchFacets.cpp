#include "engine/search/SearchFacets.h"

#include <algorithm>
#include <map>
#include <string>

#include "querverweis/Error.h"

namespace querverweis {

namespace {

bool hasEveryTag(const Entry& entry, const std::vector<std::string>& tags) {
  return std::all_of(tags.begin(), tags.end(), [&entry](const std::string& tag) {
    return std::find(entry.tags.begin(), entry.tags.end(), tag) != entry.tags.end();
  });
}

class TagFilterCollector : public Lucene::Collector {
 public:
  TagFilterCollector(Lucene::CollectorPtr inner, const std::vector<Entry>& entries,
                     const std::vector<std::string>& tags, bool countTags)
      : inner_(std::move(inner)), entries_(entries), tags_(tags), countTags_(countTags) {}

  void setScorer(const Lucene::ScorerPtr& scorer) override { inner_->setScorer(scorer); }
  void setNextReader(const Lucene::IndexReaderPtr& reader, int32_t docBase) override {
    docBase_ = docBase;
    inner_->setNextReader(reader, docBase);
  }
  bool acceptsDocsOutOfOrder() override { return inner_->acceptsDocsOutOfOrder(); }

  void collect(int32_t doc) override {
    const auto id = static_cast<std::size_t>(docBase_ + doc);
    if (docBase_ + doc < 0 || id >= entries_.size()) {  // a damaged index: never index with it
      throw Error(ErrorKind::Corrupt, "search: the index returned document " +
                                          std::to_string(docBase_ + doc) + " of " +
                                          std::to_string(entries_.size()));
    }
    const Entry& entry = entries_[id];
    if (!hasEveryTag(entry, tags_)) {
      return;
    }
    inner_->collect(doc);
    if (countTags_) {
      for (const std::string& tag : entry.tags) {
        ++counts_[tag];
      }
    }
  }

  std::vector<TagCount> tagCounts() const {
    std::vector<TagCount> out;
    for (const auto& [tag, count] : counts_) {
      out.push_back({tag, count});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TagCount& a, const TagCount& b) { return a.count > b.count; });
    return out;
  }

 private:
  Lucene::CollectorPtr inner_;
  const std::vector<Entry>& entries_;
  const std::vector<std::string>& tags_;
  bool countTags_;
  int32_t docBase_ = 0;
  std::map<std::string, std::size_t> counts_;
};

}  // namespace

FilteredSearch searchWithTags(const Lucene::IndexSearcherPtr& searcher,
                              const Lucene::QueryPtr& query, int32_t wanted,
                              const std::vector<Entry>& entries,
                              const std::vector<std::string>& tags, bool countTags) {
  // The same weight and in-order choice as IndexSearcher::search(query, n), so an unfiltered
  // search with counts ranks exactly as one without.
  Lucene::WeightPtr weight = query->weight(searcher);
  wanted = std::clamp(wanted, 1, std::max(1, searcher->maxDoc()));
  Lucene::TopScoreDocCollectorPtr top =
      Lucene::TopScoreDocCollector::create(wanted, !weight->scoresDocsOutOfOrder());
  auto filter = Lucene::newLucene<TagFilterCollector>(top, entries, tags, countTags);
  searcher->search(weight, Lucene::FilterPtr(), filter);
  return {top->topDocs(), countTags ? filter->tagCounts() : std::vector<TagCount>{}};
}

}  // namespace querverweis
