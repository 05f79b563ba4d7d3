#include "engine/graph/RelatedConcepts.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <utility>

#include "engine/graph/NameRelations.h"
#include "engine/graph/RelatedReasons.h"
#include "engine/graph/SparseVectors.h"
#include "engine/graph/TermSpace.h"

namespace querverweis {
namespace {

// How the signals add up to one score. Mention weights come from the graph (0.6 for one compound
// mention up to 2), the similarities are cosines in [0, 1], name relations 1 or compoundName.
// Tuned on corpus/eval/related.json with the Linker's suggestions: hit rate and precision stay
// within one gold item over a wide range around these values (mentionedBy 0.6–1, text 1.5–3,
// neighbours 0.6–1.2, tags 0.3–0.75), so they are round numbers from that plateau.
struct Weights {
  double mentions = 1.0;     // A's text names B
  double mentionedBy = 0.6;  // B's text names A: B's topic touches A, not necessarily the reverse
  double text = 2.0;         // tf-idf cosine of title, aliases and body
  double neighbours = 0.8;   // weighted cosine of the link neighbourhoods
  double names = 1.0;        // thesaurus, alias or compound relation between the names
  double tags = 0.5;         // idf-weighted cosine of the editors' tags
  // A name built on the other's ("Cybermobbing", "Mobbing") counts this much of a synonym.
  double compoundName = 0.5;
  // Damps mentions of much-linked entries ("Polizei"): weight / (1 + d · ln(1 + degree / mean
  // degree)), with the target's in-degree for mentions and the source's out-degree for being
  // mentioned.
  double popularity = 0.3;
  // Below this a pair shares only crumbs (one common word in two long entries).
  double minScore = 0.05;
};

constexpr Weights kWeights;

// MoreLikeThis-style term filters, loosened for entries of 150–300 words: a term must occur in
// two entries to say anything about a pair, and terms in more than 30% of the entries ("Polizei"
// in a crime-prevention glossary) say nothing.
constexpr double kMaxDocShare = 0.3;
// Only the strongest entries of each term's posting list take part in the similarity join, so
// a big corpus costs entries × terms × this, not entries². Inactive on the bundled corpus.
constexpr std::size_t kMaxPostings = 300;
// Neighbours with more links than this are skipped when looking for pairs that share one: a
// hub says almost nothing, and following it costs its degree squared.
constexpr std::size_t kMaxHubDegree = 1000;
// Candidates kept per entry; related() serves at most this many.
constexpr std::size_t kKeep = 50;
constexpr std::size_t kTermsShown = 3;
constexpr std::size_t kNeighboursShown = 3;

struct Candidate {
  std::uint32_t other = 0;
  double score = 0;
  double mentions = 0;
  double mentionedBy = 0;
  double text = 0;
  double neighbours = 0;
  double names = 0;
  double tags = 0;
};

std::uint64_t pairKey(std::size_t a, std::size_t b) {
  return (static_cast<std::uint64_t>(a) << 32) | static_cast<std::uint64_t>(b);
}

}  // namespace

struct RelatedConcepts::Impl {
  Impl(const std::vector<Entry>& entries, const std::vector<std::vector<LinkSuggestion>>& links,
       const AnalyzeFunction& analyze, const Thesaurus* thesaurus)
      : graph(entries, links), terms(entries, analyze, {.maxDocShare = kMaxDocShare}) {
    for (const Entry& entry : entries) hasSections.push_back(!entry.sections.empty());
    for (std::size_t e = 0; e < graph.edges().size(); ++e) {
      edgeOf.emplace(pairKey(graph.edges()[e].source, graph.edges()[e].target), e);
    }
    buildNeighbours();
    buildTags(entries, analyze);
    names = nameRelations(entries, analyze, thesaurus);
    rankAll();
  }

  void buildNeighbours();
  void buildTags(const std::vector<Entry>& entries, const AnalyzeFunction& analyze);
  void rankAll();
  const GraphEdge* edge(std::size_t source, std::size_t target) const {
    auto found = edgeOf.find(pairKey(source, target));
    return found == edgeOf.end() ? nullptr : &graph.edges()[found->second];
  }
  std::vector<TermWeight> sharedTextTerms(std::size_t a, std::size_t b) const;
  std::string termsReason(std::size_t a, std::size_t b) const;
  std::string neighboursReason(std::size_t a, std::size_t b) const;
  std::string namesReason(std::size_t a, std::size_t b) const;
  std::string tagsReason(std::size_t a, std::size_t b) const;
  RelatedConcept explain(std::size_t a, const Candidate& candidate) const;

  ConceptGraph graph;
  TermSpace terms;
  std::vector<bool> hasSections;
  std::unordered_map<std::uint64_t, std::size_t> edgeOf;
  std::vector<std::vector<TermWeight>> neighbours;  // per entry, sorted by id, weight w(z)
  std::vector<double> neighbourNorms;
  std::vector<std::vector<NameRelation>> names;
  std::vector<std::vector<TermWeight>> tagVectors;  // per entry, unit length
  std::vector<std::string> tagNames;                // by tag id, as first written
  std::vector<std::vector<Candidate>> ranked;       // per entry, best first
};

// Neighbours are the entries linked to or from an entry, weighted like an idf: sharing the
// link to Polizei, which half the glossary mentions, says less than sharing Hellfeld.
void RelatedConcepts::Impl::buildNeighbours() {
  const std::size_t count = graph.nodes().size();
  std::vector<std::vector<std::uint32_t>> adjacent(count);
  for (const GraphEdge& edge : graph.edges()) {
    adjacent[edge.source].push_back(static_cast<std::uint32_t>(edge.target));
    adjacent[edge.target].push_back(static_cast<std::uint32_t>(edge.source));
  }
  for (auto& list : adjacent) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  neighbours.resize(count);
  neighbourNorms.assign(count, 0);
  for (std::size_t a = 0; a < count; ++a) {
    for (std::uint32_t z : adjacent[a]) {
      const double weight =
          std::log(1.0 + static_cast<double>(count) / static_cast<double>(adjacent[z].size()));
      neighbours[a].push_back({z, weight});
      neighbourNorms[a] += weight * weight;
    }
    neighbourNorms[a] = std::sqrt(neighbourNorms[a]);
  }
}

// Tags are the editors' own grouping ("Betrug", "Senioren"). Like terms, a tag shared by few
// entries says more than one on a third of the glossary, which says nothing.
void RelatedConcepts::Impl::buildTags(const std::vector<Entry>& entries,
                                      const AnalyzeFunction& analyze) {
  std::unordered_map<std::wstring, std::uint32_t> ids;
  std::vector<std::vector<std::uint32_t>> tagsOf(entries.size());
  std::vector<std::size_t> df;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    for (const std::string& tag : entries[i].tags) {
      const std::wstring key = headTermKey(analyze(tag));
      if (key.empty()) continue;
      auto [it, inserted] = ids.emplace(key, static_cast<std::uint32_t>(tagNames.size()));
      if (inserted) {
        tagNames.push_back(tag);
        df.push_back(0);
      }
      if (std::find(tagsOf[i].begin(), tagsOf[i].end(), it->second) != tagsOf[i].end()) continue;
      tagsOf[i].push_back(it->second);
      ++df[it->second];
    }
  }
  const double docs = static_cast<double>(entries.size());
  const auto maxDf = std::max<std::size_t>(2, static_cast<std::size_t>(kMaxDocShare * docs));
  tagVectors.resize(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    for (std::uint32_t tag : tagsOf[i]) {
      if (df[tag] < 2 || df[tag] > maxDf) continue;
      tagVectors[i].push_back({tag, std::log(docs / static_cast<double>(df[tag]))});
    }
    normalizeVector(tagVectors[i]);
  }
}

void RelatedConcepts::Impl::rankAll() {
  const std::size_t count = graph.nodes().size();
  const double meanDegree =
      count == 0
          ? 1.0
          : std::max(1.0, static_cast<double>(graph.edges().size()) / static_cast<double>(count));
  auto damping = [meanDegree](std::size_t degree) {
    return 1.0 /
           (1.0 + kWeights.popularity * std::log(1.0 + static_cast<double>(degree) / meanDegree));
  };
  const CosineJoin textJoin(terms.vectors, kMaxPostings);
  const CosineJoin tagJoin(tagVectors, kMaxPostings);

  std::vector<Candidate> scratch(count);
  std::vector<bool> touched(count, false);
  std::vector<std::uint32_t> touchedList;
  ranked.resize(count);
  for (std::size_t a = 0; a < count; ++a) {
    auto at = [&](std::size_t b) -> Candidate& {
      if (!touched[b]) {
        touched[b] = true;
        touchedList.push_back(static_cast<std::uint32_t>(b));
        scratch[b] = Candidate{static_cast<std::uint32_t>(b)};
      }
      return scratch[b];
    };
    for (std::size_t e : graph.outgoingEdges(a)) {
      const GraphEdge& edge = graph.edges()[e];
      at(edge.target).mentions = edge.weight * damping(graph.nodes()[edge.target].inDegree);
    }
    for (std::size_t e : graph.incomingEdges(a)) {
      const GraphEdge& edge = graph.edges()[e];
      at(edge.source).mentionedBy = edge.weight * damping(graph.nodes()[edge.source].outDegree);
    }
    textJoin.forEachPartner(a, [&](std::size_t b, double dot) { at(b).text += dot; });
    // Only pairs joined by a mention lose name terms; few enough to recompute one by one.
    auto withoutMentionedNames = [&](std::size_t b) {
      double dot = 0;
      for (const TermWeight& term : sharedTextTerms(a, b)) dot += term.weight;
      at(b).text = dot;
    };
    for (std::size_t e : graph.outgoingEdges(a)) withoutMentionedNames(graph.edges()[e].target);
    for (std::size_t e : graph.incomingEdges(a)) withoutMentionedNames(graph.edges()[e].source);
    tagJoin.forEachPartner(a, [&](std::size_t b, double dot) { at(b).tags += dot; });
    for (const TermWeight& z : neighbours[a]) {
      if (neighbours[z.id].size() > kMaxHubDegree) continue;
      for (const TermWeight& b : neighbours[z.id]) at(b.id).neighbours += z.weight * z.weight;
    }
    for (const NameRelation& relation : names[a]) {
      at(relation.other).names =
          relation.link == NameLink::Contains || relation.link == NameLink::Contained
              ? kWeights.compoundName
              : 1.0;
    }

    std::vector<Candidate>& list = ranked[a];
    for (std::uint32_t b : touchedList) {
      touched[b] = false;
      if (b == a) continue;
      Candidate c = scratch[b];
      const double norms = neighbourNorms[a] * neighbourNorms[b];
      c.neighbours = norms > 0 ? c.neighbours / norms : 0;
      c.score = kWeights.mentions * c.mentions + kWeights.mentionedBy * c.mentionedBy +
                kWeights.text * c.text + kWeights.neighbours * c.neighbours +
                kWeights.names * c.names + kWeights.tags * c.tags;
      if (c.score < kWeights.minScore) continue;
      // Every result must be able to say why; shared word parts no word shows cannot.
      const bool textOnly =
          c.mentions == 0 && c.mentionedBy == 0 && c.names == 0 && c.tags == 0 && c.neighbours == 0;
      if (textOnly && termsReason(a, b).empty()) continue;
      list.push_back(c);
    }
    touchedList.clear();
    auto better = [this](const Candidate& x, const Candidate& y) {
      if (x.score != y.score) return x.score > y.score;
      return graph.nodes()[x.other].slug < graph.nodes()[y.other].slug;
    };
    const std::size_t keep = std::min(kKeep, list.size());
    std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(keep), list.end(),
                      better);
    list.resize(keep);
    list.shrink_to_fit();
  }
}

// The terms behind the text similarity of a and b, strongest first. When one entry mentions the
// other, the mentioned entry's name terms are left out: the mention signals already count them.
std::vector<TermWeight> RelatedConcepts::Impl::sharedTextTerms(std::size_t a, std::size_t b) const {
  std::vector<TermWeight> shared = sharedDimensions(terms.vectors[a], terms.vectors[b]);
  const bool aMentionsB = edge(a, b) != nullptr;
  const bool bMentionsA = edge(b, a) != nullptr;
  if (!aMentionsB && !bMentionsA) return shared;
  auto isNameOf = [this](std::size_t entry, std::uint32_t term) {
    return std::binary_search(terms.nameTerms[entry].begin(), terms.nameTerms[entry].end(), term);
  };
  std::erase_if(shared, [&](const TermWeight& term) {
    return (aMentionsB && isNameOf(b, term.id)) || (bMentionsA && isNameOf(a, term.id));
  });
  return shared;
}

std::string RelatedConcepts::Impl::termsReason(std::size_t a, std::size_t b) const {
  std::vector<std::string> words;
  for (const TermWeight& term : sharedTextTerms(a, b)) {
    const std::string& surface = terms.surfaces[term.id];
    if (surface.empty() || overlapsAny(words, surface)) continue;
    words.push_back(surface);
    if (words.size() == kTermsShown) break;
  }
  return sharedTermsReason(words);
}

std::string RelatedConcepts::Impl::tagsReason(std::size_t a, std::size_t b) const {
  std::vector<std::string> tags;
  for (const TermWeight& tag : sharedDimensions(tagVectors[a], tagVectors[b])) {
    tags.push_back(tagNames[tag.id]);
    if (tags.size() == kTermsShown) break;
  }
  return sharedTagsReason(tags);
}

std::string RelatedConcepts::Impl::neighboursReason(std::size_t a, std::size_t b) const {
  std::vector<std::string> titles;
  for (const TermWeight& z : sharedDimensions(neighbours[a], neighbours[b])) {
    titles.push_back(graph.nodes()[z.id].title);
    if (titles.size() == kNeighboursShown) break;
  }
  return sharedNeighboursReason(titles);
}

std::string RelatedConcepts::Impl::namesReason(std::size_t a, std::size_t b) const {
  for (const NameRelation& relation : names[a]) {
    if (relation.other == b) {
      return nameReason(relation, graph.nodes()[a].title, graph.nodes()[b].title);
    }
  }
  return {};
}

RelatedConcept RelatedConcepts::Impl::explain(std::size_t a, const Candidate& c) const {
  std::vector<std::pair<double, std::string>> reasons;
  auto add = [&](double contribution, std::string reason) {
    if (contribution > 0 && !reason.empty()) reasons.emplace_back(contribution, std::move(reason));
  };
  if (const GraphEdge* out = edge(a, c.other)) {
    add(kWeights.mentions * c.mentions, mentionReason(*out, hasSections[a]));
  }
  if (const GraphEdge* in = edge(c.other, a)) {
    add(kWeights.mentionedBy * c.mentionedBy, mentionedByReason(*in, graph.nodes()[c.other].title));
  }
  if (c.names > 0) add(kWeights.names * c.names, namesReason(a, c.other));
  if (c.text > 0) add(kWeights.text * c.text, termsReason(a, c.other));
  if (c.tags > 0) add(kWeights.tags * c.tags, tagsReason(a, c.other));
  if (c.neighbours > 0) add(kWeights.neighbours * c.neighbours, neighboursReason(a, c.other));
  std::stable_sort(reasons.begin(), reasons.end(),
                   [](const auto& x, const auto& y) { return x.first > y.first; });
  RelatedConcept result{graph.nodes()[c.other].slug, graph.nodes()[c.other].title, c.score, {}};
  for (auto& [contribution, reason] : reasons) result.reasons.push_back(std::move(reason));
  return result;
}

RelatedConcepts::RelatedConcepts(const std::vector<Entry>& entries,
                                 const std::vector<std::vector<LinkSuggestion>>& links,
                                 const AnalyzeFunction& analyze, const Thesaurus* thesaurus)
    : impl_(std::make_unique<const Impl>(entries, links, analyze, thesaurus)) {}

RelatedConcepts::~RelatedConcepts() = default;
RelatedConcepts::RelatedConcepts(RelatedConcepts&&) noexcept = default;
RelatedConcepts& RelatedConcepts::operator=(RelatedConcepts&&) noexcept = default;

std::vector<RelatedConcept> RelatedConcepts::related(std::string_view slug,
                                                     std::size_t limit) const {
  const std::size_t a = impl_->graph.nodeIndex(slug);
  const std::vector<Candidate>& list = impl_->ranked[a];
  std::vector<RelatedConcept> result;
  for (std::size_t i = 0; i < list.size() && i < limit; ++i) {
    result.push_back(impl_->explain(a, list[i]));
  }
  return result;
}

}  // namespace querverweis
