// The files of one index generation besides meta.json: the stored entries (inside the Lucene++
// index), every entry's detected links (links.json) and its ranked related concepts
// (related.json) and its place on the concept map (layout.json). Indexer writes them, the engine
// reads them back at open:
//   links.json   {"quartiermanagement": [{"start": 1174, "end": 1194, "target": …}, …], …}
//   related.json {"quartiermanagement": [{"slug": "stadtteilbuero", "reasons": […]}, …], …}
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "analyzers/LuceneSupport.h"
#include "querverweis/Entry.h"
#include "querverweis/Graph.h"
#include "querverweis/Links.h"
#include "querverweis/Related.h"

namespace querverweis {

using LinksByEntry = std::vector<std::vector<LinkSuggestion>>;  // links[i] of entries[i]
using RelatedBySlug = std::unordered_map<std::string, std::vector<RelatedConcept>>;

// Throws Error(Io).
void writeStoredLinks(const std::string& generation, const std::vector<Entry>& entries,
                      const LinksByEntry& links);
void writeStoredRelated(const std::string& generation, const RelatedBySlug& related);

// layout.json: {"slug": [x, y], …}, one position per graph node.
void writeStoredLayout(const std::string& generation, const ConceptGraph& graph,
                       const std::vector<GraphPoint>& points);
// Throws Error(Corrupt) naming the file when it is unreadable or a node has no position.
std::vector<GraphPoint> readStoredLayout(const std::string& generation, const ConceptGraph& graph);

// The entries in document order (entries[doc]). Throws Error(Corrupt).
std::vector<Entry> readStoredEntries(const Lucene::IndexReaderPtr& reader);
// Throws Error(Corrupt) naming the file.
LinksByEntry readStoredLinks(const std::string& generation, const std::vector<Entry>& entries);
RelatedBySlug readStoredRelated(const std::string& generation);

}  // namespace querverweis
