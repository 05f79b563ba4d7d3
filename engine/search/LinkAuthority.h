// Reorders the best search hits by the glossary's own links: an entry that other good hits
// mention is more likely a concept the reader wants. After "Enkeltrick" come the entries its
// article links to (Schockanruf, Falsche Polizeibeamte) rather than any entry that merely says
// "Enkeltrick" once. Local link analysis in the spirit of HITS, on the result list only.
#pragma once

#include <cstddef>
#include <vector>

#include "querverweis/Graph.h"

namespace querverweis {

struct ScoredEntry {
  std::size_t entry = 0;  // index into the entries, equal to the graph's node index
  double score = 0;
};

// Adds to each of the first `depth` hits a share of the scores of the other hits among them that
// link to it, then re-sorts those; hits beyond `depth` keep their order, so every page of a
// ranking agrees with every other. `hits` must be sorted best first.
void addLinkAuthority(std::vector<ScoredEntry>& hits, const ConceptGraph& graph, std::size_t depth);

}  // namespace querverweis
