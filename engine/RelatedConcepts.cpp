#include "engine/RelatedConcepts.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cwctype>
#include <map>
#include <unordered_map>
#include <utility>

#include "analyzers/TokenTypes.h"
#include "engine/AnalyzedText.h"
#include "engine/ConceptGraph.h"

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
  // Compound parts ("sprechstund" in "Bürgersprechstunden") count this much of a word.
  double partWeight = 0.5;
  // A word of the title or an alias counts like this many occurrences in the body.
  double titleBoost = 3.0;
  // Words that are not nouns count this much.
  double otherWordWeight = 0.2;
  // Terms kept per entry (MoreLikeThis's maxQueryTerms, smaller for short entries).
  std::size_t maxTerms = 25;
  // Below this a pair shares only crumbs (one common word in two long entries).
  double minScore = 0.05;
};

constexpr Weights kWeights;

// MoreLikeThis-style term filters, loosened for entries of 150–300 words: a term must occur in
// two entries to say anything about a pair, and terms in more than 30% of the entries ("Polizei"
// in a crime-prevention glossary) say nothing.
constexpr double kMaxDocShare = 0.3;
constexpr std::size_t kMinTermChars = 3;
// Shorter one-word names ("Raub", "Zoll") are too likely to hide inside unrelated compounds.
constexpr std::size_t kMinNameChars = 5;
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

struct TermWeight {
  std::uint32_t id;
  double weight;
};

enum class NameLink : std::uint8_t {
  Contains,   // this entry's name is a compound of the other's ("Rechtsextremismus", "Extremismus")
  Contained,  // the other way round
  Thesaurus,  // the thesaurus puts both names in one set
  SameName,   // one name is a title or alias of both entries
};

struct NameRelation {
  std::uint32_t other;
  NameLink link;
  std::string name;       // this entry's name
  std::string otherName;  // the other entry's name it relates to
};

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

std::string inQuotes(std::string_view text) {
  return "„" + std::string(text) + "“";
}

std::string joined(const std::vector<std::string>& parts) {
  std::string result;
  for (const std::string& part : parts) {
    if (!result.empty()) result += ", ";
    result += part;
  }
  return result;
}

bool usableTerm(const std::wstring& term) {
  if (term.size() < kMinTermChars) return false;
  return !std::all_of(term.begin(), term.end(), [](wchar_t c) { return std::iswdigit(c); });
}

// German capitalizes nouns, and nouns carry what an entry is about; shared verbs and adjectives
// ("ermöglicht", "psychosoziale") mostly do not. A term known only from inside compounds
// ("sprechstund") is a noun part.
bool isNoun(std::string_view surface) {
  if (surface.empty()) return true;
  const auto first = static_cast<unsigned char>(surface[0]);
  if (first >= 'A' && first <= 'Z') return true;
  return surface.size() > 1 && first == 0xC3 &&
         (static_cast<unsigned char>(surface[1]) == 0x84 ||
          static_cast<unsigned char>(surface[1]) == 0x96 ||
          static_cast<unsigned char>(surface[1]) == 0x9C);
}

bool isAlternative(const AnalyzedToken& token) {
  return token.type == token_type::kCompoundPart || token.type == token_type::kHyphenPart ||
         token.type == token_type::kJoined;
}

// The words a term may be built on: "rechtsextremismus" on "extremismus", "deradikalisier" on
// "radikalisier", "cannabispravention" on "cannabis". A prefix or suffix of at least
// kMinNameChars that leaves at least two characters of the term.
std::vector<std::wstring> wordsInside(const std::wstring& term) {
  std::vector<std::wstring> inside;
  for (std::size_t length = kMinNameChars; length + 2 <= term.size(); ++length) {
    inside.push_back(term.substr(0, length));
    inside.push_back(term.substr(term.size() - length));
  }
  return inside;
}

// The stretch of a compound that a part term stands for, capitalized like a noun:
// ("Enkeltrick", "trick") → "Trick", ("Bürgersprechstunden", "sprechstund") → "Sprechstunden".
// Folds case and umlauts the way the analysis does, keeps a short inflection ending when the
// part ends the word, and gives up (empty) when the term is not found in the folded word.
std::string partOfCompound(const std::string& compound, const std::wstring& term) {
  std::string folded;
  std::vector<std::size_t> origin;  // byte of `compound` each folded byte came from
  for (std::size_t i = 0; i < compound.size(); ++i) {
    const auto c = static_cast<unsigned char>(compound[i]);
    std::string_view out;
    std::size_t width = 1;
    if (c == 0xC3 && i + 1 < compound.size()) {
      width = 2;
      switch (static_cast<unsigned char>(compound[i + 1])) {
        case 0x84:
        case 0xA4:
          out = "a";
          break;  // Ä ä
        case 0x96:
        case 0xB6:
          out = "o";
          break;  // Ö ö
        case 0x9C:
        case 0xBC:
          out = "u";
          break;  // Ü ü
        case 0x9F:
          out = "ss";
          break;  // ß
        default:
          out = compound.substr(i, 2);
          break;
      }
    } else {
      out = std::string_view(compound).substr(i, 1);
    }
    for (char o : out) {
      folded += static_cast<char>(std::tolower(static_cast<unsigned char>(o)));
      origin.push_back(i);
    }
    i += width - 1;
  }
  origin.push_back(compound.size());
  const std::string part = Lucene::StringUtils::toUTF8(term);
  const std::size_t at = folded.find(part);
  if (part.empty() || at == std::string::npos) return {};
  std::size_t end = at + part.size();
  constexpr std::size_t kMaxEnding = 3;  // "-en", "-es", "-ern"
  if (folded.size() - end <= kMaxEnding) end = folded.size();
  std::string display = compound.substr(origin[at], origin[end] - origin[at]);
  const auto first = static_cast<unsigned char>(display[0]);
  if (first >= 'a' && first <= 'z') {
    display[0] = static_cast<char>(first - ('a' - 'A'));
  } else if (first == 0xC3 && display.size() > 1) {
    const auto second = static_cast<unsigned char>(display[1]);
    if (second == 0xA4 || second == 0xB6 || second == 0xBC)
      display[1] = static_cast<char>(second - 0x20);
  }
  return display;
}

std::string lowered(std::string_view text) {
  std::string result(text);
  for (std::size_t i = 0; i < result.size(); ++i) {
    const auto c = static_cast<unsigned char>(result[i]);
    if (c >= 'A' && c <= 'Z') result[i] = static_cast<char>(c + ('a' - 'A'));
    if (c == 0xC3 && i + 1 < result.size()) {
      const auto next = static_cast<unsigned char>(result[i + 1]);
      if (next == 0x84 || next == 0x96 || next == 0x9C)
        result[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return result;
}

// "Wäsche" adds nothing next to "Geldwäsche", nor "Geldwäsche" next to "Wäsche".
bool overlapsAny(const std::vector<std::string>& shown, const std::string& word) {
  const std::string candidate = lowered(word);
  return std::any_of(shown.begin(), shown.end(), [&](const std::string& other) {
    const std::string known = lowered(other);
    return known.find(candidate) != std::string::npos || candidate.find(known) != std::string::npos;
  });
}

std::uint64_t pairKey(std::size_t a, std::size_t b) {
  return (static_cast<std::uint64_t>(a) << 32) | static_cast<std::uint64_t>(b);
}

// Unit-length sparse vectors of all entries and their posting lists, for the cosine of every pair
// that shares a dimension without looking at all pairs.
class CosineJoin {
 public:
  explicit CosineJoin(const std::vector<std::vector<TermWeight>>& vectors) : vectors_(vectors) {
    for (std::size_t doc = 0; doc < vectors.size(); ++doc) {
      for (const TermWeight& term : vectors[doc]) {
        if (term.id >= postings_.size()) postings_.resize(term.id + 1);
        postings_[term.id].emplace_back(static_cast<std::uint32_t>(doc), term.weight);
      }
    }
    // Only the strongest entries of each posting list take part, so a big corpus costs entries
    // × dimensions × kMaxPostings, not entries². Inactive on the bundled corpus.
    for (auto& list : postings_) {
      if (list.size() <= kMaxPostings) continue;
      std::partial_sort(list.begin(), list.begin() + kMaxPostings, list.end(),
                        [](const auto& x, const auto& y) { return x.second > y.second; });
      list.resize(kMaxPostings);
    }
  }

  // Calls add(b, partial dot product) for every entry b sharing a dimension with entry a.
  template <typename Add>
  void forEachPartner(std::size_t a, Add add) const {
    for (const TermWeight& term : vectors_[a]) {
      for (const auto& [b, weight] : postings_[term.id]) add(b, term.weight * weight);
    }
  }

 private:
  const std::vector<std::vector<TermWeight>>& vectors_;
  std::vector<std::vector<std::pair<std::uint32_t, double>>> postings_;
};

// The dimensions two vectors share, strongest product first.
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

void normalize(std::vector<TermWeight>& vector) {
  double norm = 0;
  for (const TermWeight& term : vector) norm += term.weight * term.weight;
  norm = std::sqrt(norm);
  for (TermWeight& term : vector) term.weight /= norm > 0 ? norm : 1.0;
  std::sort(vector.begin(), vector.end(),
            [](const TermWeight& a, const TermWeight& b) { return a.id < b.id; });
}

// Analyzed terms of all entries with tf-idf weights, plus the surface word each term is most
// often written as, so reasons can say "Prävention" instead of "pravention".
class TermSpace {
 public:
  TermSpace(const std::vector<Entry>& entries, const Lucene::AnalyzerPtr& analyzer) {
    std::vector<std::unordered_map<std::uint32_t, double>> counts(entries.size());
    nameTerms.resize(entries.size());
    for (std::size_t doc = 0; doc < entries.size(); ++doc) {
      const Entry& entry = entries[doc];
      addText(analyzer, entry.title, kWeights.titleBoost, counts[doc], &nameTerms[doc]);
      for (const std::string& alias : entry.aliases) {
        addText(analyzer, alias, kWeights.titleBoost, counts[doc], &nameTerms[doc]);
      }
      addText(analyzer, entry.plainBody, 1.0, counts[doc]);
      std::sort(nameTerms[doc].begin(), nameTerms[doc].end());
      nameTerms[doc].erase(std::unique(nameTerms[doc].begin(), nameTerms[doc].end()),
                           nameTerms[doc].end());
    }
    weigh(counts);
  }

  std::vector<std::vector<TermWeight>> vectors;  // per entry, sorted by id, unit length
  std::vector<std::string> surfaces;             // per term id; empty if never a word of its own
  // Per entry, sorted: the terms of its title and aliases, compound parts included.
  std::vector<std::vector<std::uint32_t>> nameTerms;

 private:
  std::uint32_t idOf(const std::wstring& term) {
    auto [it, inserted] = ids_.emplace(term, static_cast<std::uint32_t>(ids_.size()));
    if (inserted) {
      surfaceCounts_.emplace_back();
      compoundCounts_.emplace_back();
    }
    return it->second;
  }

  void addText(const Lucene::AnalyzerPtr& analyzer, std::string_view text, double weight,
               std::unordered_map<std::uint32_t, double>& counts,
               std::vector<std::uint32_t>* seen = nullptr) {
    const std::vector<AnalyzedToken> tokens = analyzeText(analyzer, text);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const AnalyzedToken& token = tokens[i];
      if (!usableTerm(token.term)) continue;
      const bool head = i == 0 || tokens[i - 1].position != token.position;
      const std::uint32_t id = idOf(token.term);
      if (seen != nullptr) seen->push_back(id);
      counts[id] += head ? weight : weight * (isAlternative(token) ? kWeights.partWeight : 1.0);
      // A compound part's offsets cover the whole compound: not a spelling of the part.
      if (token.end > token.begin && token.end <= text.size()) {
        std::string surface(text.substr(token.begin, token.end - token.begin));
        ++(head ? surfaceCounts_ : compoundCounts_)[id][std::move(surface)];
      }
    }
  }

  static std::string mostFrequent(const std::map<std::string, int>& counts) {
    std::string best;
    int bestCount = 0;
    for (const auto& [surface, count] : counts) {
      if (count > bestCount) {
        bestCount = count;
        best = surface;
      }
    }
    return best;
  }

  // The surface a term is most often written as; for a term seen only inside compounds, its
  // stretch of the most frequent one ("Trick" from "Enkeltrick"), or empty if not found there.
  void pickSurfaces() {
    surfaces.resize(ids_.size());
    for (const auto& [term, id] : ids_) {
      surfaces[id] = mostFrequent(surfaceCounts_[id]);
      if (surfaces[id].empty()) {
        surfaces[id] = partOfCompound(mostFrequent(compoundCounts_[id]), term);
      }
    }
  }

  void weigh(const std::vector<std::unordered_map<std::uint32_t, double>>& counts) {
    pickSurfaces();
    const double docs = static_cast<double>(counts.size());
    std::vector<std::size_t> df(ids_.size(), 0);
    for (const auto& doc : counts) {
      for (const auto& [id, tf] : doc) ++df[id];
    }
    const auto maxDf = std::max<std::size_t>(2, static_cast<std::size_t>(kMaxDocShare * docs));
    for (const auto& doc : counts) {
      std::vector<TermWeight> vector;
      for (const auto& [id, tf] : doc) {
        if (df[id] < 2 || df[id] > maxDf) continue;
        const double idf = std::log(docs / static_cast<double>(df[id]));
        const double kind = isNoun(surfaces[id]) ? 1.0 : kWeights.otherWordWeight;
        if (kind <= 0) continue;
        vector.push_back({id, kind * (1.0 + std::log(std::max(tf, 1.0))) * idf});
      }
      if (vector.size() > kWeights.maxTerms) {
        std::partial_sort(
            vector.begin(), vector.begin() + static_cast<std::ptrdiff_t>(kWeights.maxTerms),
            vector.end(),
            [](const TermWeight& a, const TermWeight& b) { return a.weight > b.weight; });
        vector.resize(kWeights.maxTerms);
      }
      normalize(vector);
      vectors.push_back(std::move(vector));
    }
  }

  std::unordered_map<std::wstring, std::uint32_t> ids_;
  std::vector<std::map<std::string, int>> surfaceCounts_;   // as a word of its own
  std::vector<std::map<std::string, int>> compoundCounts_;  // compounds it is a part of
};

}  // namespace

struct RelatedConcepts::Impl {
  Impl(const std::vector<Entry>& entries, const std::vector<std::vector<LinkSuggestion>>& links,
       const Lucene::AnalyzerPtr& analyzer, const Thesaurus* thesaurus)
      : graph(entries, links), terms(entries, analyzer) {
    for (const Entry& entry : entries) hasSections.push_back(!entry.sections.empty());
    for (std::size_t e = 0; e < graph.edges().size(); ++e) {
      edgeOf.emplace(pairKey(graph.edges()[e].source, graph.edges()[e].target), e);
    }
    buildNeighbours();
    buildTags(entries, analyzer);
    buildNameRelations(entries, analyzer, thesaurus);
    rankAll();
  }

  void buildNeighbours();
  void buildTags(const std::vector<Entry>& entries, const Lucene::AnalyzerPtr& analyzer);
  void buildNameRelations(const std::vector<Entry>& entries, const Lucene::AnalyzerPtr& analyzer,
                          const Thesaurus* thesaurus);
  void rankAll();
  const GraphEdge* edge(std::size_t source, std::size_t target) const {
    auto found = edgeOf.find(pairKey(source, target));
    return found == edgeOf.end() ? nullptr : &graph.edges()[found->second];
  }
  std::string mentionReason(const GraphEdge& edge) const;
  std::string mentionedByReason(const GraphEdge& edge) const;
  std::vector<TermWeight> sharedTextTerms(std::size_t a, std::size_t b) const;
  std::string sharedTermsReason(std::size_t a, std::size_t b) const;
  std::string sharedNeighboursReason(std::size_t a, std::size_t b) const;
  std::string nameReason(std::size_t a, std::size_t b) const;
  std::string sharedTagsReason(std::size_t a, std::size_t b) const;
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
                                      const Lucene::AnalyzerPtr& analyzer) {
  std::unordered_map<std::wstring, std::uint32_t> ids;
  std::vector<std::vector<std::uint32_t>> tagsOf(entries.size());
  std::vector<std::size_t> df;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    for (const std::string& tag : entries[i].tags) {
      const std::wstring key = headTermKey(analyzeText(analyzer, tag));
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
    normalize(tagVectors[i]);
  }
}

// Two entries are related by name when one's title or alias is a name of the other, when the
// thesaurus puts their names in one set ("Bürgerwehr" ~ "Sicherheitswacht"), or when one name is
// built on the other ("Cybermobbing" on "Mobbing", "Deradikalisierung" on "Radikalisierung").
// Names are compared by their analyzed form, so inflection and umlaut spelling do not matter.
void RelatedConcepts::Impl::buildNameRelations(const std::vector<Entry>& entries,
                                               const Lucene::AnalyzerPtr& analyzer,
                                               const Thesaurus* thesaurus) {
  struct Name {
    std::string text;
    std::vector<AnalyzedToken> tokens;
  };
  std::vector<std::vector<Name>> namesOf(entries.size());
  std::unordered_map<std::wstring, std::vector<std::pair<std::uint32_t, std::string>>> byKey;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    std::vector<std::string> texts = entries[i].aliases;
    texts.insert(texts.begin(), entries[i].title);
    for (std::string& text : texts) {
      std::vector<AnalyzedToken> tokens = analyzeText(analyzer, text);
      std::wstring key = headTermKey(tokens);
      if (key.empty()) continue;
      byKey[key].emplace_back(static_cast<std::uint32_t>(i), text);
      namesOf[i].push_back({std::move(text), std::move(tokens)});
    }
  }
  names.resize(entries.size());
  auto relate = [&](std::size_t a, std::uint32_t b, NameLink link, const std::string& name,
                    const std::string& otherName) {
    if (a == b) return;
    auto has = [](const std::vector<NameRelation>& list, std::uint32_t other) {
      return std::any_of(list.begin(), list.end(),
                         [other](const NameRelation& r) { return r.other == other; });
    };
    NameLink reverse = link == NameLink::Contains    ? NameLink::Contained
                       : link == NameLink::Contained ? NameLink::Contains
                                                     : link;
    if (!has(names[a], b)) names[a].push_back({b, link, name, otherName});
    if (!has(names[b], static_cast<std::uint32_t>(a))) {
      names[b].push_back({static_cast<std::uint32_t>(a), reverse, otherName, name});
    }
  };
  // Strongest relation first: relate() keeps the first one found per pair.
  for (std::size_t a = 0; a < entries.size(); ++a) {
    for (const Name& name : namesOf[a]) {
      auto same = byKey.find(headTermKey(name.tokens));
      if (same == byKey.end()) continue;
      for (const auto& [b, other] : same->second)
        relate(a, b, NameLink::SameName, name.text, other);
    }
  }
  if (thesaurus != nullptr) {
    for (std::size_t a = 0; a < entries.size(); ++a) {
      for (const Name& name : namesOf[a]) {
        for (const std::string& synonym : thesaurus->synonyms(name.text)) {
          auto found = byKey.find(headTermKey(analyzeText(analyzer, synonym)));
          if (found == byKey.end()) continue;
          for (const auto& [b, other] : found->second) {
            relate(a, b, NameLink::Thesaurus, name.text, other);
          }
        }
      }
    }
  }
  // One-word names, by term, for the compound check.
  std::unordered_map<std::wstring, std::vector<std::pair<std::uint32_t, std::string>>> words;
  for (std::size_t b = 0; b < entries.size(); ++b) {
    for (const Name& name : namesOf[b]) {
      const std::wstring key = headTermKey(name.tokens);
      if (key.find(L' ') == std::wstring::npos && key.size() >= kMinNameChars) {
        words[key].emplace_back(static_cast<std::uint32_t>(b), name.text);
      }
    }
  }
  for (std::size_t a = 0; a < entries.size(); ++a) {
    for (const Name& name : namesOf[a]) {
      for (const AnalyzedToken& token : name.tokens) {
        for (const std::wstring& word : wordsInside(token.term)) {
          auto found = words.find(word);
          if (found == words.end()) continue;
          for (const auto& [b, other] : found->second) {
            relate(a, b, NameLink::Contains, name.text, other);
          }
        }
      }
    }
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
  const CosineJoin textJoin(terms.vectors);
  const CosineJoin tagJoin(tagVectors);

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
      if (textOnly && sharedTermsReason(a, b).empty()) continue;
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

// Quotes the strongest mention: one in the opening definition if there is one, else the first.
std::string RelatedConcepts::Impl::mentionReason(const GraphEdge& edge) const {
  const GraphMention* best = &edge.mentions.front();
  for (const GraphMention& mention : edge.mentions) {
    if (mention.opening && !best->opening) best = &mention;
  }
  std::string reason = (best->kind == "explicit" ? "verlinkt " : "erwähnt ") + inQuotes(best->text);
  if (!best->section.empty()) {
    reason += " im Abschnitt " + inQuotes(best->section);
  } else if (hasSections[edge.source]) {
    reason += " in der Einleitung";
  }
  if (edge.mentions.size() > 1) {
    reason += ", insgesamt " + std::to_string(edge.mentions.size()) + "-mal";
  }
  return reason;
}

std::string RelatedConcepts::Impl::mentionedByReason(const GraphEdge& edge) const {
  const GraphMention& first = edge.mentions.front();
  return std::string("wird in ") + inQuotes(graph.nodes()[edge.source].title) +
         (first.kind == "explicit" ? " verlinkt (" : " erwähnt (") + inQuotes(first.text) + ")";
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

std::string RelatedConcepts::Impl::sharedTermsReason(std::size_t a, std::size_t b) const {
  std::vector<std::string> words;
  for (const TermWeight& term : sharedTextTerms(a, b)) {
    const std::string& surface = terms.surfaces[term.id];
    if (surface.empty() || overlapsAny(words, surface)) continue;
    words.push_back(surface);
    if (words.size() == kTermsShown) break;
  }
  return words.empty() ? std::string() : "gemeinsame Begriffe: " + joined(words);
}

std::string RelatedConcepts::Impl::sharedTagsReason(std::size_t a, std::size_t b) const {
  std::vector<std::string> tags;
  for (const TermWeight& tag : sharedDimensions(tagVectors[a], tagVectors[b])) {
    tags.push_back(tagNames[tag.id]);
    if (tags.size() == kTermsShown) break;
  }
  return tags.empty() ? std::string() : "gemeinsame Schlagwörter: " + joined(tags);
}

std::string RelatedConcepts::Impl::sharedNeighboursReason(std::size_t a, std::size_t b) const {
  std::vector<std::string> titles;
  for (const TermWeight& z : sharedDimensions(neighbours[a], neighbours[b])) {
    titles.push_back(graph.nodes()[z.id].title);
    if (titles.size() == kNeighboursShown) break;
  }
  return titles.empty() ? std::string() : "gemeinsame Nachbarn: " + joined(titles);
}

std::string RelatedConcepts::Impl::nameReason(std::size_t a, std::size_t b) const {
  for (const NameRelation& relation : names[a]) {
    if (relation.other != b) continue;
    const std::string& titleA = graph.nodes()[a].title;
    const std::string& titleB = graph.nodes()[b].title;
    switch (relation.link) {
      case NameLink::Contains:
        return "der Name " + inQuotes(relation.name) + " enthält " + inQuotes(relation.otherName);
      case NameLink::Contained:
        return "der Name " + inQuotes(relation.otherName) + " enthält " + inQuotes(relation.name);
      case NameLink::Thesaurus:
        return "laut Thesaurus bedeutungsverwandt (" + inQuotes(relation.name) + " – " +
               inQuotes(relation.otherName) + ")";
      case NameLink::SameName:
        if (relation.name == titleA && relation.otherName != titleB) {
          return inQuotes(titleA) + " ist auch ein Name für " + inQuotes(titleB);
        }
        if (relation.otherName == titleB && relation.name != titleA) {
          return inQuotes(titleB) + " ist auch ein Name für " + inQuotes(titleA);
        }
        return "beide heißen auch " + inQuotes(relation.name);
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
    add(kWeights.mentions * c.mentions, mentionReason(*out));
  }
  if (const GraphEdge* in = edge(c.other, a)) {
    add(kWeights.mentionedBy * c.mentionedBy, mentionedByReason(*in));
  }
  if (c.names > 0) add(kWeights.names * c.names, nameReason(a, c.other));
  if (c.text > 0) add(kWeights.text * c.text, sharedTermsReason(a, c.other));
  if (c.tags > 0) add(kWeights.tags * c.tags, sharedTagsReason(a, c.other));
  if (c.neighbours > 0) add(kWeights.neighbours * c.neighbours, sharedNeighboursReason(a, c.other));
  std::stable_sort(reasons.begin(), reasons.end(),
                   [](const auto& x, const auto& y) { return x.first > y.first; });
  RelatedConcept result{graph.nodes()[c.other].slug, graph.nodes()[c.other].title, c.score, {}};
  for (auto& [contribution, reason] : reasons) result.reasons.push_back(std::move(reason));
  return result;
}

RelatedConcepts::RelatedConcepts(const std::vector<Entry>& entries,
                                 const std::vector<std::vector<LinkSuggestion>>& links,
                                 const Lucene::AnalyzerPtr& analyzer, const Thesaurus* thesaurus)
    : impl_(std::make_unique<const Impl>(entries, links, analyzer, thesaurus)) {}

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
