#include <algorithm>
#include <set>

#include "engine/boundary/Boundary.h"
#include "querverweis/Evaluation.h"

namespace querverweis {

namespace {

constexpr std::size_t kRelatedBox = 5;

bool fallsIntoTrap(const LinkSuggestion& link, const std::vector<GoldNegative>& negatives) {
  return std::any_of(negatives.begin(), negatives.end(), [&](const GoldNegative& negative) {
    return negative.wrongTarget == link.target && negative.surface == link.text;
  });
}

}  // namespace

static LinkEvaluation evaluateLinksUnguarded(const Engine& engine, const EvalGold& gold) {
  LinkEvaluation evaluation;
  static const std::vector<GoldNegative> kNone;
  for (const auto& [slug, goldLinks] : gold.links) {
    const Entry* entry = engine.findEntry(slug);
    if (entry == nullptr) {
      continue;
    }
    ++evaluation.entries;
    auto negatives = gold.negatives.find(slug);
    const std::vector<GoldNegative>& traps =
        negatives == gold.negatives.end() ? kNone : negatives->second;
    std::map<std::string, const GoldLink*> expected;
    for (const GoldLink& link : goldLinks) {
      expected.emplace(link.target, &link);
    }
    std::set<std::string> suggested;
    for (const LinkSuggestion& link : engine.links(entry->body, {.self = slug})) {
      suggested.insert(link.target);
      auto hit = expected.find(link.target);
      bool correct = hit != expected.end();
      ClassificationCounts& byKind =
          evaluation.bySuggestedKind[std::string(linkKindName(link.kind))];
      (correct ? byKind.truePositives : byKind.falsePositives) += 1;
      (correct ? evaluation.overall.truePositives : evaluation.overall.falsePositives) += 1;
      evaluation.sameSurface += correct && hit->second->surface == link.text ? 1 : 0;
      evaluation.trapsViolated += fallsIntoTrap(link, traps) ? 1 : 0;
    }
    for (const auto& [target, link] : expected) {
      bool found = suggested.count(target) > 0;
      ClassificationCounts& byKind = evaluation.byGoldKind[link->kind];
      (found ? byKind.truePositives : byKind.falseNegatives) += 1;
      evaluation.overall.falseNegatives += found ? 0 : 1;
    }
  }
  return evaluation;
}

LinkEvaluation evaluateLinks(const Engine& engine, const EvalGold& gold) {
  return guarded("evaluate links", [&] { return evaluateLinksUnguarded(engine, gold); });
}

static RelatedEvaluation evaluateRelatedUnguarded(const Engine& engine, const EvalGold& gold) {
  RelatedEvaluation evaluation;
  double hits = 0;
  double precision = 0;
  for (const auto& [slug, expected] : gold.related) {
    if (engine.findEntry(slug) == nullptr || expected.must.empty()) {
      continue;
    }
    std::set<std::string> top;
    for (const RelatedConcept& item : engine.related(slug, kRelatedBox)) {
      top.insert(item.slug);
    }
    std::size_t mustFound = 0;
    for (const std::string& must : expected.must) {
      mustFound += top.count(must);
    }
    std::size_t acceptable = mustFound;
    for (const std::string& good : expected.good) {
      acceptable += top.count(good);
    }
    hits += static_cast<double>(mustFound) / static_cast<double>(expected.must.size());
    precision += top.empty() ? 0.0 : static_cast<double>(acceptable) / kRelatedBox;
    ++evaluation.entries;
  }
  if (evaluation.entries > 0) {
    evaluation.hitRate = hits / static_cast<double>(evaluation.entries);
    evaluation.precisionAt5 = precision / static_cast<double>(evaluation.entries);
  }
  return evaluation;
}

RelatedEvaluation evaluateRelated(const Engine& engine, const EvalGold& gold) {
  return guarded("evaluate related", [&] { return evaluateRelatedUnguarded(engine, gold); });
}

}  // namespace querverweis
