#include "engine/evaluation/Metrics.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

namespace querverweis {

namespace {

int relevanceOf(const std::map<std::string, int>& relevance, const std::string& slug) {
  auto found = relevance.find(slug);
  return found == relevance.end() ? 0 : std::max(found->second, 0);
}

double gain(int relevance) {
  return std::exp2(relevance) - 1.0;
}

// log2(rank + 1) for a 1-based rank.
double discount(std::size_t rank) {
  return std::log2(static_cast<double>(rank) + 1.0);
}

// Calls visit(rank, relevance) for each distinct slug among the first k, rank counted from 1;
// stops when visit returns false. Repeats are skipped so no item earns gain twice.
void forEachDistinctWithin(const std::vector<std::string>& ranked,
                           const std::map<std::string, int>& relevance, std::size_t k,
                           const std::function<bool(std::size_t, int)>& visit) {
  std::set<std::string> seen;
  const std::size_t limit = std::min(k, ranked.size());
  for (std::size_t i = 0; i < limit; ++i) {
    if (!seen.insert(ranked[i]).second) {
      continue;
    }
    if (!visit(i + 1, relevanceOf(relevance, ranked[i]))) {
      return;
    }
  }
}

std::size_t relevantCount(const std::map<std::string, int>& relevance) {
  return static_cast<std::size_t>(std::count_if(relevance.begin(), relevance.end(),
                                                [](const auto& item) { return item.second > 0; }));
}

double ratioOr(std::size_t numerator, std::size_t denominator, double fallback) {
  return denominator == 0 ? fallback
                          : static_cast<double>(numerator) / static_cast<double>(denominator);
}

}  // namespace

double ndcgAt(const std::vector<std::string>& ranked, const std::map<std::string, int>& relevance,
              std::size_t k) {
  std::vector<int> ideal;
  for (const auto& [slug, value] : relevance) {
    if (value > 0) {
      ideal.push_back(value);
    }
  }
  std::sort(ideal.begin(), ideal.end(), std::greater<int>());
  double idealDcg = 0.0;
  for (std::size_t i = 0; i < std::min(k, ideal.size()); ++i) {
    idealDcg += gain(ideal[i]) / discount(i + 1);
  }
  if (idealDcg == 0.0) {
    return 0.0;
  }
  double dcg = 0.0;
  forEachDistinctWithin(ranked, relevance, k, [&](std::size_t rank, int value) {
    dcg += gain(value) / discount(rank);
    return true;
  });
  return dcg / idealDcg;
}

double reciprocalRankAt(const std::vector<std::string>& ranked,
                        const std::map<std::string, int>& relevance, std::size_t k) {
  double result = 0.0;
  forEachDistinctWithin(ranked, relevance, k, [&](std::size_t rank, int value) {
    if (value > 0) {
      result = 1.0 / static_cast<double>(rank);
      return false;
    }
    return true;
  });
  return result;
}

double recallAt(const std::vector<std::string>& ranked, const std::map<std::string, int>& relevance,
                std::size_t k) {
  std::size_t found = 0;
  forEachDistinctWithin(ranked, relevance, k, [&](std::size_t, int value) {
    found += value > 0 ? 1 : 0;
    return true;
  });
  return ratioOr(found, relevantCount(relevance), 0.0);
}

double ClassificationCounts::precision() const {
  return ratioOr(truePositives, truePositives + falsePositives, 1.0);
}

double ClassificationCounts::recall() const {
  return ratioOr(truePositives, truePositives + falseNegatives, 1.0);
}

double ClassificationCounts::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

ClassificationCounts& ClassificationCounts::operator+=(const ClassificationCounts& other) {
  truePositives += other.truePositives;
  falsePositives += other.falsePositives;
  falseNegatives += other.falseNegatives;
  return *this;
}

double median(std::vector<double> values) {
  if (values.empty()) {
    return 0.0;
  }
  const std::size_t middle = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + middle, values.end());
  const double upper = values[middle];
  if (values.size() % 2 == 1) {
    return upper;
  }
  const double lower = *std::max_element(values.begin(), values.begin() + middle);
  return (lower + upper) / 2.0;
}

}  // namespace querverweis
