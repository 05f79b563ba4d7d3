#include "engine/search/QueryBuilder.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "analyzers/TokenTypes.h"
#include "engine/index/IndexSchema.h"

namespace querverweis {

namespace {

using Lucene::BooleanClause;
using Lucene::newLucene;

// Field weights: a word in the title says more about an entry than the same word in its body.
constexpr double kTitleBoost = 5.0;
constexpr double kAliasBoost = 4.0;
constexpr double kTagBoost = 1.5;
constexpr double kBodyBoost = 1.0;
// Other entries' words about an entry: evidence, but second-hand.
constexpr double kAnchorBoost = 0.5;
constexpr double kFieldTieBreaker = 0.1;
// A word that also matches through its parts or synonyms is more the entry's topic.
constexpr double kAlternativesTieBreaker = 0.1;
// A word found only as a compound part ("Menschen" in "Menschenhandel") counts this much of a
// whole-word match in the same field.
constexpr double kPartFieldFactor = 0.8;
// Alternatives rank below the words the reader typed.
constexpr double kJoinedWeight = 1.0;
constexpr double kPartsWeight = 0.35;
constexpr double kIndexedCompoundPartsWeight = 0.1;
constexpr double kSynonymWeight = 0.35;
constexpr double kNameSynonymWeight = 0.5;
constexpr double kCorrectionWeight = 0.8;
constexpr double kVariantWeight = 0.9;
constexpr double kDerivationWeight = 0.6;
constexpr double kHeadWeight = 0.3;
constexpr double kCompletionWeight = 0.8;
constexpr double kNameKeyBoost = 12.0;
constexpr double kPhraseBoost = 1.5;
// Coordination alone lets one rare word outweigh two common ones: an entry that misses a word of
// the query keeps only this share of its score, so entries with every word come first.
constexpr double kMissingWordFactor = 1.0 / 9.0;
// How much of a part match's idf comes from the word's use across the bodies rather than from the
// parts field alone (a geometric blend; set on the evaluation gold).
constexpr double kWordIdfShare = 0.75;

class FixedIdf : public Lucene::IDFExplanation {
 public:
  explicit FixedIdf(double idf) : idf_(idf) {}
  double getIdf() override { return idf_; }
  Lucene::String explain() override {
    return L"idf of the part, mostly from its use across the bodies";
  }

 private:
  double idf_;
};

bool isPartsField(const Lucene::String& field) {
  return field == schema::kTitleParts || field == schema::kAliasesParts ||
         field == schema::kBodyParts;
}

// Lucene's default scoring with a steeper coordination and a word-level idf for compound parts.
// The coordination acts only on the one query level with optional clauses and coordination
// switched on: the query words.
class EveryWordFirstSimilarity : public Lucene::DefaultSimilarity {
 public:
  double coord(int32_t overlap, int32_t maxOverlap) override {
    double share = Lucene::DefaultSimilarity::coord(overlap, maxOverlap);
    return overlap < maxOverlap ? share * kMissingWordFactor : share;
  }

  // Few titles contain "Menschen" or "Opfer" as a part, so a parts field alone rates them as
  // rare as a name. How many bodies use the word, whole or inside a compound, tells more about
  // what a part match says; the blend keeps a little of the field's own rarity.
  using Lucene::DefaultSimilarity::idfExplain;
  Lucene::IDFExplanationPtr idfExplain(const Lucene::TermPtr& term,
                                       const Lucene::SearcherPtr& searcher) override {
    if (!isPartsField(term->field())) {
      return Lucene::DefaultSimilarity::idfExplain(term, searcher);
    }
    const Lucene::String text = term->text();
    const int32_t documents = searcher->maxDoc();
    const int32_t inField = searcher->docFreq(term);
    const int32_t inBodies = searcher->docFreq(newLucene<Lucene::Term>(schema::kBody, text)) +
                             searcher->docFreq(newLucene<Lucene::Term>(schema::kBodyParts, text));
    const double fieldIdf = idf(inField, documents);
    const double wordIdf = idf(std::min(documents, std::max(inField, inBodies)), documents);
    return newLucene<FixedIdf>(std::pow(fieldIdf, 1 - kWordIdfShare) *
                               std::pow(wordIdf, kWordIdfShare));
  }
};

Lucene::QueryPtr termQuery(const wchar_t* field, const std::wstring& term, double boost) {
  auto query = newLucene<Lucene::TermQuery>(newLucene<Lucene::Term>(field, term));
  query->setBoost(boost);
  return query;
}

// Which fields a form of a query word is looked for in.
enum class Reach {
  Everywhere,  // the typed word: every text, whole words and compound parts
  // Second-hand forms (synonyms, corrections, variants) skip the parts of the bodies' compounds:
  // there they find little the reader meant, and those postings are the longest of all.
  WholeBodyWords,
  // Where an entry names its subject: title, aliases, tags. Cheap on any corpus, since short
  // fields have short postings.
  Names,
};

// The term in the fields of `reach`, scored by its best field.
Lucene::QueryPtr fieldsQuery(const std::wstring& term, double weight, Reach reach) {
  auto query = newLucene<Lucene::DisjunctionMaxQuery>(kFieldTieBreaker);
  query->add(termQuery(schema::kTitle, term, kTitleBoost));
  query->add(termQuery(schema::kAliases, term, kAliasBoost));
  query->add(termQuery(schema::kTags, term, kTagBoost));
  query->add(termQuery(schema::kTitleParts, term, kTitleBoost * kPartFieldFactor));
  query->add(termQuery(schema::kAliasesParts, term, kAliasBoost * kPartFieldFactor));
  if (reach != Reach::Names) {
    query->add(termQuery(schema::kBody, term, kBodyBoost));
    query->add(termQuery(schema::kAnchors, term, kAnchorBoost));
  }
  if (reach == Reach::Everywhere) {
    query->add(termQuery(schema::kBodyParts, term, kBodyBoost * kPartFieldFactor));
  }
  query->setBoost(weight);
  return query;
}

// Every term must occur (compound parts, the words of a multi-word synonym).
Lucene::QueryPtr allTerms(const std::vector<std::wstring>& terms, double weight) {
  if (terms.size() == 1) {
    return fieldsQuery(terms.front(), weight, Reach::WholeBodyWords);
  }
  auto query = newLucene<Lucene::BooleanQuery>();
  for (const std::wstring& term : terms) {
    query->add(fieldsQuery(term, 1.0, Reach::Everywhere), BooleanClause::MUST);
  }
  query->setBoost(weight);
  return query;
}

Lucene::QueryPtr wordClause(const QueryWord& word) {
  auto best = newLucene<Lucene::DisjunctionMaxQuery>(kAlternativesTieBreaker);
  best->add(fieldsQuery(word.term, 1.0, Reach::Everywhere));
  for (const std::wstring& joined : word.joined) {
    best->add(fieldsQuery(joined, kJoinedWeight, Reach::Everywhere));
  }
  if (!word.parts.empty()) {
    // "Bürgersprechstunde" must not match an entry that only says "Bürger"; and where the
    // glossary uses the compound itself, entries saying it beat entries with both parts apart.
    best->add(allTerms(word.parts, word.indexed ? kIndexedCompoundPartsWeight : kPartsWeight));
  }
  for (const std::vector<std::wstring>& synonym : word.synonyms) {
    best->add(allTerms(synonym, kSynonymWeight));
  }
  for (const std::vector<std::wstring>& synonym : word.nameSynonyms) {
    best->add(allTerms(synonym, kNameSynonymWeight));
  }
  for (const std::wstring& correction : word.corrections) {
    best->add(fieldsQuery(correction, kCorrectionWeight, Reach::WholeBodyWords));
  }
  for (const std::wstring& compound : word.compounds) {
    best->add(fieldsQuery(compound, kPartsWeight, Reach::WholeBodyWords));
  }
  for (const std::wstring& variant : word.variants) {
    best->add(fieldsQuery(variant, kVariantWeight, Reach::WholeBodyWords));
  }
  for (const std::wstring& derivation : word.derivations) {
    best->add(fieldsQuery(derivation, kDerivationWeight, Reach::Names));
  }
  for (const std::wstring& head : word.heads) {
    best->add(fieldsQuery(head, kHeadWeight, Reach::WholeBodyWords));
  }
  for (const std::wstring& completion : word.completions) {
    best->add(fieldsQuery(completion, kCompletionWeight, Reach::WholeBodyWords));
  }
  return best;
}

std::wstring nameKey(const std::vector<QueryWord>& words) {
  std::wstring key;
  for (const QueryWord& word : words) {
    key += (key.empty() ? L"" : L" ") + word.term;
  }
  return key;
}

}  // namespace

Lucene::SimilarityPtr searchSimilarity() {
  return newLucene<EveryWordFirstSimilarity>();
}

std::vector<QueryWord> queryWords(const std::vector<AnalyzedToken>& tokens) {
  std::vector<QueryWord> words;
  int position = -1;
  for (const AnalyzedToken& token : tokens) {
    if (token.position != position || words.empty()) {
      position = token.position;
      words.push_back({.term = token.term});
    } else if (token.type == token_type::kCompoundPart) {
      words.back().parts.push_back(token.term);
    } else {
      words.back().joined.push_back(token.term);
    }
  }
  return words;
}

QueryPlan buildQuery(const std::vector<QueryWord>& words) {
  QueryPlan plan;
  if (words.empty()) {
    return plan;
  }
  auto clauses = newLucene<Lucene::BooleanQuery>();  // coordination on: all words beat one
  // Keeps the complete matches where they were against the title and phrase bonuses below.
  clauses->setBoost(words.size() > 1 ? 1.0 / kMissingWordFactor : 1.0);
  auto phrase = newLucene<Lucene::PhraseQuery>();
  for (const QueryWord& word : words) {
    clauses->add(wordClause(word), BooleanClause::SHOULD);
    phrase->add(newLucene<Lucene::Term>(schema::kBody, word.term));
    plan.matchTerms.insert(word.term);
    plan.matchTerms.insert(word.joined.begin(), word.joined.end());
    // The query's own compound parts are left out: marking every lone "Bürger" for the query
    // "Bürgersprechstunde" would show matches the ranking did not count.
    plan.matchTerms.insert(word.corrections.begin(), word.corrections.end());
    plan.matchTerms.insert(word.compounds.begin(), word.compounds.end());
    plan.matchTerms.insert(word.variants.begin(), word.variants.end());
    plan.matchTerms.insert(word.derivations.begin(), word.derivations.end());
    plan.matchTerms.insert(word.heads.begin(), word.heads.end());
    plan.matchTerms.insert(word.completions.begin(), word.completions.end());
    for (const auto& synonym : word.synonyms) {
      plan.matchTerms.insert(synonym.begin(), synonym.end());
    }
    for (const auto& synonym : word.nameSynonyms) {
      plan.matchTerms.insert(synonym.begin(), synonym.end());
    }
  }
  auto top = newLucene<Lucene::BooleanQuery>(true);
  top->add(clauses, BooleanClause::MUST);
  top->add(termQuery(schema::kNameKey, nameKey(words), kNameKeyBoost), BooleanClause::SHOULD);
  if (words.size() > 1) {
    phrase->setSlop(2);
    phrase->setBoost(kPhraseBoost);
    top->add(phrase, BooleanClause::SHOULD);
  }
  plan.query = top;
  return plan;
}

}  // namespace querverweis
