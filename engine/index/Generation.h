// The files of one index generation besides meta.json: the stored entries (inside the Lucene++
// index), every entry's detected links (links.json) and its ranked related concepts
// (related.json). Indexer writes them, the engine reads them back at open:
//   links.json   {"quartiermanagement": [{"start": 1174, "end": 1194, "target": …}, …], …}
//   related.json {"quartiermanagement": [{"slug": "stadtteilbuero", "reasons": […]}, …], …}
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "analyzers/LuceneSupport.h"
#include "querverweis/Entry.h"
#include "querverweis/Links.h"
#include "querverweis/Related.h"

namespace querverweis {

using LinksByEntry = std::vector<std::vector<LinkSuggestion>>;  // links[i] of entries[i]
using RelatedBySlug = std::unordered_map<std::string, std::vector<RelatedConcept>>;

// Throws Error(Io).
void writeStoredLinks(const std::string& generation, const std::vector<Entry>& entries,
                      const LinksByEntry& links);
void writeStoredRelated(const std::string& generation, const RelatedBySlug& related);

// The entries in document order (entries[doc]). Throws Error(Corrupt).
std::vector<Entry> readStoredEntries(const Lucene::IndexReaderPtr& reader);
// Throws Error(Corrupt) naming the file.
LinksByEntry readStoredLinks(const std::string& generation, const std::vector<Entry>& entries);
RelatedBySlug readStoredRelated(const std::string& generation);

}  // namespace querverweis
