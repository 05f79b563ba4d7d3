// What the search tells the page besides the ranking: why each hit matched, the tag counts, the
// tag filter and completion of the word being typed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "TestSupport.h"
#include "querverweis/Corpus.h"
#include "querverweis/Engine.h"
#include "querverweis/Error.h"
#include "querverweis/Evaluation.h"
#include "querverweis/Index.h"

namespace querverweis {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Field;

class SearchDetailsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    dir_->write("corpus/buergersprechstunde.md",
                "---\ntitle: Bürgersprechstunde\ntags: [Polizei, Gemeinwesen]\n---\nIn der "
                "Bürgersprechstunde hören Beamte zu. Termine stehen im Aushang.\n");
    dir_->write("corpus/quartiermanagement.md",
                "---\ntitle: Quartiermanagement\naliases: [Quartiersmanagement]\ntags: [Stadt, "
                "Gemeinwesen]\n---\nQuartiermanager bieten Bürgersprechstunden an und vernetzen "
                "Akteure im Viertel.\n");
    dir_->write("corpus/notruf.md",
                "---\ntitle: Notruf\ntags: [Polizei]\n---\nDer Notruf der Polizei ist die 110. "
                "Wer Zivilcourage zeigt, wählt den Notruf.\n");
    dir_->write("corpus/enkeltrick.md",
                "---\ntitle: Enkeltrick\ntags: [Betrug]\n---\nBeim Enkeltrick geben sich Täter "
                "am Telefon als Verwandte aus.\n");
    engine_ = test::indexAndOpen(*dir_);
  }
  static void TearDownTestSuite() {
    engine_.reset();
    delete dir_;
  }

  static const SearchHit& hitFor(const SearchResult& result, const std::string& slug) {
    for (const SearchHit& hit : result.hits) {
      if (hit.slug == slug) {
        return hit;
      }
    }
    throw std::runtime_error("no hit " + slug);
  }

  static test::TempDir* dir_;
  static std::shared_ptr<const Engine> engine_;
};

test::TempDir* SearchDetailsTest::dir_ = nullptr;
std::shared_ptr<const Engine> SearchDetailsTest::engine_;

MATCHER_P4(Reason, word, match, field, text, "") {
  return arg.word == word && arg.match == match && arg.field == field && arg.text == text;
}

TEST_F(SearchDetailsTest, WhySaysTheTitleAndTheBodyMatchedTheTypedWord) {
  SearchResult result = engine_->search("Bürgersprechstunde", {.explain = true});
  EXPECT_THAT(hitFor(result, "buergersprechstunde").why,
              ElementsAre(Reason("Bürgersprechstunde", "word", "title", "Bürgersprechstunde"),
                          Reason("Bürgersprechstunde", "word", "body", "Bürgersprechstunde")));
}

TEST_F(SearchDetailsTest, WhyNamesTheWholeWordAPartMatchedIn) {
  SearchResult result = engine_->search("Sprechstunde", {.explain = true});
  EXPECT_THAT(hitFor(result, "buergersprechstunde").why,
              Contains(Reason("Sprechstunde", "compound_part", "title", "Bürgersprechstunde")));
  EXPECT_THAT(hitFor(result, "quartiermanagement").why,
              Contains(Reason("Sprechstunde", "compound_part", "body", "Bürgersprechstunden")));
}

TEST_F(SearchDetailsTest, WhyReportsACorrectedSpelling) {
  SearchResult result = engine_->search("Enkeltrik", {.explain = true});
  EXPECT_THAT(hitFor(result, "enkeltrick").why,
              Contains(Reason("Enkeltrik", "correction", "title", "Enkeltrick")));
}

TEST_F(SearchDetailsTest, WhyReportsAnAliasAndAMissingWord) {
  SearchResult result = engine_->search("Quartiersmanagement Zoll", {.explain = true});
  const SearchHit& hit = hitFor(result, "quartiermanagement");
  EXPECT_THAT(hit.why,
              Contains(Reason("Quartiersmanagement", "word", "alias", "Quartiersmanagement")));
  EXPECT_THAT(hit.why, Contains(Reason("Zoll", "none", "", "")));
}

TEST_F(SearchDetailsTest, WhyIsEmptyUnlessAskedFor) {
  EXPECT_TRUE(engine_->search("Notruf").hits.at(0).why.empty());
}

TEST_F(SearchDetailsTest, FacetsCountTheTagsOfAllMatchesNotOnlyThePage) {
  SearchResult result = engine_->search("Bürgersprechstunde Notruf", {.limit = 1, .facets = true});
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_THAT(result.tagCounts,
              ElementsAre(Field(&TagCount::tag, "Gemeinwesen"), Field(&TagCount::tag, "Polizei"),
                          Field(&TagCount::tag, "Stadt")));
  EXPECT_EQ(result.tagCounts[0].count, 2u);
  EXPECT_EQ(result.tagCounts[1].count, 2u);
}

TEST_F(SearchDetailsTest, TagFilterKeepsOnlyEntriesWithEveryTag) {
  SearchResult both = engine_->search("Bürgersprechstunde", {.tags = {"Gemeinwesen"}});
  EXPECT_THAT(test::slugs(both), ElementsAre("buergersprechstunde", "quartiermanagement"));
  SearchResult one = engine_->search("Bürgersprechstunde", {.tags = {"Gemeinwesen", "Stadt"}});
  EXPECT_THAT(test::slugs(one), ElementsAre("quartiermanagement"));
  EXPECT_EQ(one.total, 1u);
  EXPECT_TRUE(engine_->search("Bürgersprechstunde", {.tags = {"gibt es nicht"}}).hits.empty());
}

TEST_F(SearchDetailsTest, AsYouTypeCompletesAnUnfinishedLastWord) {
  EXPECT_TRUE(engine_->search("buergersprech").hits.empty());
  SearchResult typing = engine_->search("buergersprech", {.asYouType = true, .explain = true});
  ASSERT_FALSE(typing.hits.empty());
  EXPECT_EQ(typing.hits[0].slug, "buergersprechstunde");
  EXPECT_THAT(typing.hits[0].snippet, ::testing::HasSubstr("<mark>Bürgersprechstunde</mark>"));
  EXPECT_THAT(typing.hits[0].why,
              Contains(Reason("buergersprech", "completion", "title", "Bürgersprechstunde")));
  EXPECT_TRUE(typing.didYouMean.empty());
}

TEST_F(SearchDetailsTest, AsYouTypeLeavesFinishedAndMatchingWordsAlone) {
  // A trailing space ends the word: the misspelling is corrected, not completed.
  SearchResult finished = engine_->search("Enkeltri ", {.asYouType = true});
  SearchResult typing = engine_->search("Enkeltri", {.asYouType = true});
  EXPECT_EQ(typing.hits.at(0).slug, "enkeltrick");
  EXPECT_TRUE(typing.didYouMean.empty());
  EXPECT_EQ(finished.didYouMean, engine_->search("Enkeltri").didYouMean);
  EXPECT_EQ(test::slugs(engine_->search("Notruf", {.asYouType = true})),
            test::slugs(engine_->search("Notruf")));
}

TEST_F(SearchDetailsTest, AnalyzeRejectsEmptyOverlongAndInvalidText) {
  for (const std::string& text : {std::string(" "), std::string(10001, 'a'), std::string("\xFF")}) {
    EXPECT_THROW(engine_->analyzeStages(text), Error) << text.size();
    EXPECT_THROW(engine_->compareTerms("Haus", text), Error) << text.size();
  }
  EXPECT_EQ(engine_->analyzeStages(std::string(10000, 'a')).size(), 6u);
}

// The bundled glossary and its gold queries: asking for facets or reasons changes no ranking.
TEST(SearchDetailsOnGlossary, CountingTagsAndExplainingChangeNoRanking) {
  auto engine = Engine::open(test::bundledIndex());
  EvalGold gold = loadEvalGold(test::sourcePath("corpus/eval"));
  ASSERT_GT(gold.queries.size(), 100u);
  for (const GoldQuery& query : gold.queries) {
    SearchResult plain = engine->search(query.text, {.limit = 20});
    SearchResult detailed =
        engine->search(query.text, {.limit = 20, .explain = true, .facets = true});
    ASSERT_EQ(plain.total, detailed.total) << query.text;
    ASSERT_EQ(plain.hits.size(), detailed.hits.size()) << query.text;
    for (std::size_t i = 0; i < plain.hits.size(); ++i) {
      EXPECT_EQ(plain.hits[i].slug, detailed.hits[i].slug) << query.text << " #" << i;
      EXPECT_DOUBLE_EQ(plain.hits[i].score, detailed.hits[i].score) << query.text << " #" << i;
      EXPECT_FALSE(detailed.hits[i].why.empty()) << query.text;
    }
  }
}

}  // namespace
}  // namespace querverweis
