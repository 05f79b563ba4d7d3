#include "engine/graph/SparseVectors.h"

#include <algorithm>
#include <cmath>

namespace querverweis {

CosineJoin::CosineJoin(const std::vector<std::vector<TermWeight>>& vectors, std::size_t maxPostings)
    : vectors_(vectors) {
  for (std::size_t doc = 0; doc < vectors.size(); ++doc) {
    for (const TermWeight& term : vectors[doc]) {
      if (term.id >= postings_.size()) postings_.resize(term.id + 1);
      postings_[term.id].emplace_back(static_cast<std::uint32_t>(doc), term.weight);
    }
  }
  for (auto& list : postings_) {
    if (list.size() <= maxPostings) continue;
    std::partial_sort(list.begin(), list.begin() + maxPostings, list.end(),
                      [](const auto& x, const auto& y) { return x.second > y.second; });
    list.resize(maxPostings);
  }
}

std::vector<TermWeight> sharedDimensions(const std::vector<TermWeight>& x,
                                         const std::vector<TermWeight>& y) {
  std::vector<TermWeight> shared;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i].id < y[j].id) {
      ++i;
    } else if (y[j].id < x[i].id) {
      ++j;
    } else {
      shared.push_back({x[i].id, x[i].weight * y[j].weight});
      ++i;
      ++j;
    }
  }
  std::stable_sort(shared.begin(), shared.end(),
                   [](const TermWeight& p, const TermWeight& q) { return p.weight > q.weight; });
  return shared;
}

void normalizeVector(std::vector<TermWeight>& vector) {
  double norm = 0;
  for (const TermWeight& term : vector) norm += term.weight * term.weight;
  norm = std::sqrt(norm);
  for (TermWeight& term : vector) term.weight /= norm > 0 ? norm : 1.0;
  std::sort(vector.begin(), vector.end(),
            [](const TermWeight& a, const TermWeight& b) { return a.id < b.id; });
}

}  // namespace querverweis
