// Positions for the concept map: a force-directed layout (Fruchterman–Reingold, from igraph) of
// the concept graph, computed once when an index is written, so a page can draw 20,000 entries
// at once without laying them out itself. Entries that mention each other end up close:
// Quartiermanagement sits beside Stadtteilbüro and Bürgersprechstunde. Deterministic for a
// given graph. It does not decide what the map shows (sizes, colours, filters): the page does.
#pragma once

#include <cstddef>
#include <vector>

#include "querverweis/Graph.h"

namespace querverweis {

struct LayoutOptions {
  std::size_t iterations = 500;
};

// One point per graph.nodes(), in the same order. Throws Error(Io) if igraph fails.
// Safe to call from several threads (calls are serialised: igraph's random numbers are global).
std::vector<GraphPoint> layoutGraph(const ConceptGraph& graph, const LayoutOptions& options = {});

}  // namespace querverweis
