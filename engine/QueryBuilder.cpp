#include "engine/QueryBuilder.h"

#include <map>

#include "analyzers/TokenTypes.h"
#include "engine/IndexSchema.h"

namespace querverweis {

namespace {

using Lucene::BooleanClause;
using Lucene::newLucene;

// Field weights: a word in the title says more about an entry than the same word in its body.
constexpr double kTitleBoost = 5.0;
constexpr double kAliasBoost = 4.0;
constexpr double kTagBoost = 1.5;
constexpr double kBodyBoost = 1.0;
constexpr double kFieldTieBreaker = 0.1;
// Alternatives rank below the words the reader typed.
constexpr double kJoinedWeight = 1.0;
constexpr double kPartsWeight = 0.35;
constexpr double kSynonymWeight = 0.5;
constexpr double kNameKeyBoost = 12.0;
constexpr double kPhraseBoost = 1.5;

Lucene::QueryPtr termQuery(const wchar_t* field, const std::wstring& term, double boost) {
  auto query = newLucene<Lucene::TermQuery>(newLucene<Lucene::Term>(field, term));
  query->setBoost(boost);
  return query;
}

// The term in every searchable field, scored by its best field.
Lucene::QueryPtr allFields(const std::wstring& term, double weight) {
  auto query = newLucene<Lucene::DisjunctionMaxQuery>(kFieldTieBreaker);
  query->add(termQuery(schema::kTitle, term, kTitleBoost));
  query->add(termQuery(schema::kAliases, term, kAliasBoost));
  query->add(termQuery(schema::kTags, term, kTagBoost));
  query->add(termQuery(schema::kBody, term, kBodyBoost));
  query->setBoost(weight);
  return query;
}

Lucene::QueryPtr positionClause(const std::vector<const AnalyzedToken*>& group) {
  auto best = newLucene<Lucene::DisjunctionMaxQuery>(0.0);
  best->add(allFields(group.front()->term, 1.0));
  auto parts = newLucene<Lucene::BooleanQuery>();
  for (std::size_t i = 1; i < group.size(); ++i) {
    const AnalyzedToken& token = *group[i];
    if (token.type == token_type::kCompoundPart) {
      // All parts must occur: "Bürgersprechstunde" must not match an entry that only says
      // "Bürger".
      parts->add(allFields(token.term, 1.0), BooleanClause::MUST);
    } else if (token.type == token_type::kSynonym) {
      best->add(allFields(token.term, kSynonymWeight));
    } else {
      best->add(allFields(token.term, kJoinedWeight));
    }
  }
  if (!parts->getClauses().empty()) {
    parts->setBoost(kPartsWeight);
    best->add(parts);
  }
  return best;
}

}  // namespace

QueryPlan buildQuery(const std::vector<AnalyzedToken>& tokens) {
  QueryPlan plan;
  std::map<int, std::vector<const AnalyzedToken*>> byPosition;
  for (const AnalyzedToken& token : tokens) {
    byPosition[token.position].push_back(&token);
    plan.matchTerms.insert(token.term);
  }
  if (byPosition.empty()) {
    return plan;
  }
  auto words = newLucene<Lucene::BooleanQuery>();  // coordination on: all words beat one
  auto phrase = newLucene<Lucene::PhraseQuery>();
  for (const auto& [position, group] : byPosition) {
    words->add(positionClause(group), BooleanClause::SHOULD);
    phrase->add(newLucene<Lucene::Term>(schema::kBody, group.front()->term), position);
  }
  auto top = newLucene<Lucene::BooleanQuery>(true);
  top->add(words, BooleanClause::MUST);
  top->add(termQuery(schema::kNameKey, headTermKey(tokens), kNameKeyBoost), BooleanClause::SHOULD);
  if (byPosition.size() > 1) {
    phrase->setSlop(2);
    phrase->setBoost(kPhraseBoost);
    top->add(phrase, BooleanClause::SHOULD);
  }
  plan.query = top;
  return plan;
}

}  // namespace querverweis
