#include "engine/search/LinkAuthority.h"

#include <algorithm>
#include <unordered_map>

namespace querverweis {

namespace {

// Share of a linking hit's score passed on; small, so the words of the query still decide.
constexpr double kAuthorityShare = 0.1;
// Edge weights run from 0.6 (one passing mention) to 2 (several, one in the opening paragraph).
constexpr double kFullEdgeWeight = 2.0;

}  // namespace

void addLinkAuthority(std::vector<ScoredEntry>& hits, const ConceptGraph& graph,
                      std::size_t depth) {
  const std::size_t window = std::min(depth, hits.size());
  std::unordered_map<std::size_t, double> scoreOf;
  for (std::size_t i = 0; i < window; ++i) {
    scoreOf.emplace(hits[i].entry, hits[i].score);
  }
  std::vector<double> bonus(window, 0.0);
  for (std::size_t i = 0; i < window; ++i) {
    for (std::size_t edgeIndex : graph.incomingEdges(hits[i].entry)) {
      const GraphEdge& edge = graph.edges()[edgeIndex];
      auto source = scoreOf.find(edge.source);
      if (source != scoreOf.end()) {
        bonus[i] += source->second * std::min(1.0, edge.weight / kFullEdgeWeight);
      }
    }
  }
  for (std::size_t i = 0; i < window; ++i) {
    hits[i].score += kAuthorityShare * bonus[i];
  }
  std::stable_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(window),
                   [](const ScoredEntry& a, const ScoredEntry& b) { return a.score > b.score; });
}

}  // namespace querverweis
