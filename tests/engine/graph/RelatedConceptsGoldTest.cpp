// The related-concepts box on the bundled glossary, scored against corpus/eval/related.json with
// the real Linker's suggestions, as the engine builds it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "TestSupport.h"
#include "analyzers/GermanAnalyzer.h"
#include "engine/graph/RelatedConcepts.h"
#include "engine/language/CorpusLanguage.h"
#include "engine/language/CorpusThesaurus.h"
#include "engine/linking/Linker.h"
#include "querverweis/Corpus.h"
#include "querverweis/Evaluation.h"

namespace querverweis {
namespace {

class RelatedConceptsGoldTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    entries_ = new std::vector<Entry>(readCorpus(test::bundledCorpus()));
    gold_ = new EvalGold(loadEvalGold(test::sourcePath("corpus/eval")));
    language_ = new std::shared_ptr<const LanguageData>(
        languageDataForCorpus(*entries_, "/usr/share/dict/ngerman"));
    analyzer_ = new GermanAnalyzerPtr(
        Lucene::newLucene<GermanAnalyzer>(analysisConfigByName("full"), *language_));
    const GermanAnalyzerPtr& analyzer = *analyzer_;
    // The engine's thesaurus: OpenThesaurus plus every entry's title with its aliases.
    thesaurus_ = loadCorpusThesaurus(*entries_, analyzer->keys(),
                                     "/usr/share/openthesaurus-de/openthesaurus.txt")
                     .release();
    Linker linker(*entries_, analyzer);
    std::vector<std::vector<LinkSuggestion>> links;
    for (const Entry& entry : *entries_) {
      links.push_back(linker.suggest(entry.body, LinkOptions{.self = entry.slug}));
    }
    related_ =
        new RelatedConcepts(*entries_, links, test::analyzeWith(analyzer), &thesaurus_->thesaurus);
  }

  static void TearDownTestSuite() {
    delete related_;
    delete thesaurus_;
    delete analyzer_;
    delete language_;
    delete gold_;
    delete entries_;
  }

  static std::vector<Entry>* entries_;
  static EvalGold* gold_;
  static std::shared_ptr<const LanguageData>* language_;
  static GermanAnalyzerPtr* analyzer_;
  static CorpusThesaurus* thesaurus_;
  static RelatedConcepts* related_;
};

std::vector<Entry>* RelatedConceptsGoldTest::entries_ = nullptr;
EvalGold* RelatedConceptsGoldTest::gold_ = nullptr;
std::shared_ptr<const LanguageData>* RelatedConceptsGoldTest::language_ = nullptr;
GermanAnalyzerPtr* RelatedConceptsGoldTest::analyzer_ = nullptr;
CorpusThesaurus* RelatedConceptsGoldTest::thesaurus_ = nullptr;
RelatedConcepts* RelatedConceptsGoldTest::related_ = nullptr;

bool contains(const std::vector<std::string>& slugs, const std::string& slug) {
  return std::find(slugs.begin(), slugs.end(), slug) != slugs.end();
}

TEST_F(RelatedConceptsGoldTest, TopFiveHoldsTheMustEntries) {
  ASSERT_FALSE(gold_->related.empty());
  double hitRate = 0;
  double precision = 0;
  std::size_t mustFound = 0;
  std::size_t mustTotal = 0;
  for (const auto& [slug, expected] : gold_->related) {
    std::vector<std::string> top;
    for (const RelatedConcept& concept_ : related_->related(slug, 5)) top.push_back(concept_.slug);
    std::size_t found = 0;
    for (const std::string& must : expected.must) {
      if (contains(top, must)) {
        ++found;
      } else {
        std::printf("related %s: %s not in the top 5\n", slug.c_str(), must.c_str());
      }
    }
    std::size_t good = 0;
    for (const std::string& candidate : top) {
      if (contains(expected.must, candidate) || contains(expected.good, candidate)) ++good;
    }
    mustFound += found;
    mustTotal += expected.must.size();
    hitRate += static_cast<double>(found) / static_cast<double>(expected.must.size());
    precision += top.empty() ? 0.0 : static_cast<double>(good) / static_cast<double>(top.size());
  }
  const auto items = static_cast<double>(gold_->related.size());
  hitRate /= items;
  precision /= items;
  const double pooledHitRate = static_cast<double>(mustFound) / static_cast<double>(mustTotal);
  std::printf("related gold (%zu entries): hit rate %.3f (pooled %.3f), precision@5 %.3f\n",
              gold_->related.size(), hitRate, pooledHitRate, precision);
  EXPECT_GE(hitRate, 0.95);
  EXPECT_GE(pooledHitRate, 0.95);
  EXPECT_GE(precision, 0.80);
}

TEST_F(RelatedConceptsGoldTest, QuartiermanagementShowsBuergersprechstundeWithItsMention) {
  std::vector<RelatedConcept> top = related_->related("quartiermanagement", 3);
  auto found = std::find_if(top.begin(), top.end(), [](const RelatedConcept& concept_) {
    return concept_.slug == "buergersprechstunde";
  });
  ASSERT_NE(found, top.end());
  EXPECT_THAT(
      found->reasons,
      ::testing::Contains("erwähnt „Bürgersprechstunden“ im Abschnitt „Dialog verbessern“"));
}

TEST_F(RelatedConceptsGoldTest, EveryResultExplainsItself) {
  for (const Entry& entry : *entries_) {
    for (const RelatedConcept& concept_ : related_->related(entry.slug, 5)) {
      EXPECT_NE(concept_.slug, entry.slug);
      EXPECT_FALSE(concept_.reasons.empty()) << entry.slug << " → " << concept_.slug;
    }
  }
}

}  // namespace
}  // namespace querverweis
