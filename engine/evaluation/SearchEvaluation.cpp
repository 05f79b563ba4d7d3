#include <algorithm>
#include <cmath>

#include "analyzers/text/Utf8.h"
#include "engine/boundary/Boundary.h"
#include "engine/evaluation/Metrics.h"
#include "querverweis/Evaluation.h"

namespace querverweis {

namespace {

constexpr std::size_t kCutoff = 10;
constexpr std::size_t kMinTypoLetters = 5;

std::vector<std::string> rankedSlugs(const Engine& engine, const std::string& query) {
  std::vector<std::string> slugs;
  for (const SearchHit& hit : engine.search(query, {.limit = kCutoff}).hits) {
    slugs.push_back(hit.slug);
  }
  return slugs;
}

void addTo(ScoreSummary& summary, const QueryScore& score) {
  summary.queries += 1;
  summary.ndcg += score.ndcg;
  summary.mrr += score.reciprocalRank;
  summary.recall += score.recall;
}

void finish(ScoreSummary& summary) {
  if (summary.queries > 0) {
    auto n = static_cast<double>(summary.queries);
    summary.ndcg /= n;
    summary.mrr /= n;
    summary.recall /= n;
  }
}

// Splits UTF-8 into code points so edits never cut a letter in half.
std::vector<std::string> letters(const std::string& word) {
  std::vector<std::size_t> offsets = codePointByteOffsets(word);
  std::vector<std::string> out;
  for (std::size_t i = 0; i + 1 < offsets.size(); ++i) {
    out.push_back(word.substr(offsets[i], offsets[i + 1] - offsets[i]));
  }
  return out;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) {
    out += part;
  }
  return out;
}

// The keyboard neighbour to the right on a German QWERTZ layout (wrapping at the row end).
std::string keyboardNeighbour(const std::string& letter) {
  static const std::vector<std::string> rows = {"qwertzuiopü", "asdfghjklöä", "yxcvbnm"};
  for (const std::string& row : rows) {
    std::vector<std::string> keys = letters(row);
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] == letter) {
        return keys[(i + 1) % keys.size()];
      }
    }
  }
  return letter == "e" ? "r" : "e";
}

std::vector<std::string> misspellings(const std::string& word) {
  std::vector<std::string> chars = letters(word);
  std::size_t n = chars.size();
  std::size_t middle = n / 2;
  std::vector<std::string> out;
  std::vector<std::string> dropped = chars;
  dropped.erase(dropped.begin() + static_cast<long>(middle));
  out.push_back(join(dropped));
  std::vector<std::string> doubled = chars;
  doubled.insert(doubled.begin() + static_cast<long>(middle), chars[middle]);
  out.push_back(join(doubled));
  std::vector<std::string> swapped = chars;
  std::swap(swapped[middle - 1], swapped[middle]);
  if (swapped != chars) {
    out.push_back(join(swapped));
  }
  std::vector<std::string> replaced = chars;
  replaced[n - 2] = keyboardNeighbour(replaced[n - 2]);
  out.push_back(join(replaced));
  return out;
}

bool isSingleWord(const std::string& title) {
  return title.find_first_of(" -.") == std::string::npos;
}

std::string topHit(const Engine& engine, const std::string& query) {
  SearchResult result = engine.search(query, {.limit = 1});
  return result.hits.empty() ? "" : result.hits.front().slug;
}

}  // namespace

static SearchEvaluation evaluateSearchUnguarded(const Engine& engine,
                                                const std::vector<GoldQuery>& queries) {
  SearchEvaluation evaluation;
  for (const GoldQuery& gold : queries) {
    std::vector<std::string> ranked = rankedSlugs(engine, gold.text);
    QueryScore score{.query = gold.text,
                     .kind = gold.kind,
                     .ndcg = ndcgAt(ranked, gold.relevant, kCutoff),
                     .reciprocalRank = reciprocalRankAt(ranked, gold.relevant, kCutoff),
                     .recall = recallAt(ranked, gold.relevant, kCutoff),
                     .top = ranked.empty() ? "" : ranked.front()};
    addTo(evaluation.overall, score);
    addTo(evaluation.byKind[gold.kind], score);
    evaluation.queries.push_back(score);
  }
  finish(evaluation.overall);
  for (auto& [kind, summary] : evaluation.byKind) {
    finish(summary);
  }
  return evaluation;
}

SearchEvaluation evaluateSearch(const Engine& engine, const std::vector<GoldQuery>& queries) {
  return guarded("evaluate search", [&] { return evaluateSearchUnguarded(engine, queries); });
}

RunComparison compareRuns(const SearchEvaluation& base, const SearchEvaluation& candidate,
                          double minDelta) {
  RunComparison comparison;
  comparison.minDelta = minDelta;
  const double threshold = std::max(minDelta, 1e-9);
  for (std::size_t i = 0; i < base.queries.size() && i < candidate.queries.size(); ++i) {
    double delta = candidate.queries[i].ndcg - base.queries[i].ndcg;
    if (delta > threshold) {
      ++comparison.wins;
    } else if (delta < -threshold) {
      ++comparison.losses;
    } else {
      ++comparison.ties;
    }
  }
  for (const auto& [kind, summary] : base.byKind) {
    auto other = candidate.byKind.find(kind);
    if (other != candidate.byKind.end() && summary.ndcg > 0) {
      comparison.kindChange[kind] = (other->second.ndcg - summary.ndcg) / summary.ndcg;
    }
  }
  return comparison;
}

static TypoEvaluation evaluateTyposUnguarded(const Engine& tolerant, const Engine& strict,
                                             const std::vector<GoldQuery>& queries) {
  TypoEvaluation evaluation;
  std::size_t found = 0;
  std::vector<std::string> correct;
  for (const Entry& entry : tolerant.entries()) {
    correct.push_back(entry.title);
    if (!isSingleWord(entry.title) || letters(entry.title).size() < kMinTypoLetters) {
      continue;
    }
    for (const std::string& typo : misspellings(entry.title)) {
      ++evaluation.misspelledQueries;
      found += topHit(tolerant, typo) == entry.slug ? 1 : 0;
    }
  }
  for (const GoldQuery& query : queries) {
    if (query.kind != "typo") {
      correct.push_back(query.text);
    }
  }
  std::size_t changed = 0;
  for (const std::string& query : correct) {
    changed += topHit(tolerant, query) != topHit(strict, query) ? 1 : 0;
  }
  evaluation.correctQueries = correct.size();
  if (evaluation.misspelledQueries > 0) {
    evaluation.misspelledTopHitRate =
        static_cast<double>(found) / static_cast<double>(evaluation.misspelledQueries);
  }
  if (!correct.empty()) {
    evaluation.correctTopChangedRate =
        static_cast<double>(changed) / static_cast<double>(correct.size());
  }
  return evaluation;
}

TypoEvaluation evaluateTypos(const Engine& tolerant, const Engine& strict,
                             const std::vector<GoldQuery>& queries) {
  return guarded("evaluate typos",
                 [&] { return evaluateTyposUnguarded(tolerant, strict, queries); });
}

}  // namespace querverweis
