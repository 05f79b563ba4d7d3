// The tag filter and tag counts of a search: a collector that passes on only the entries
// carrying every wanted tag ("Polizei" and "Stadt") to Lucene's own top-hits collector, and on
// the way counts the tags of every match, not only of the page shown. The ranking inside the
// filtered set is Lucene's, unchanged.
#pragma once

#include <string>
#include <vector>

#include "analyzers/LuceneSupport.h"
#include "querverweis/Engine.h"

namespace querverweis {

struct FilteredSearch {
  Lucene::TopDocsPtr top;           // as searcher->search(query, wanted) over the filtered set
  std::vector<TagCount> tagCounts;  // empty unless asked for
};

// `entries[doc]` is the entry of document `doc`. `tags` may be empty (no filter).
FilteredSearch searchWithTags(const Lucene::IndexSearcherPtr& searcher,
                              const Lucene::QueryPtr& query, int32_t wanted,
                              const std::vector<Entry>& entries,
                              const std::vector<std::string>& tags, bool countTags);

}  // namespace querverweis
