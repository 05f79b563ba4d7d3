#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "TestSupport.h"
#include "analyzers/GermanAnalyzer.h"
#include "analyzers/text/Utf8.h"

namespace querverweis {
namespace {

using test::allTerms;
using test::headTerms;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

TEST(GermanAnalyzerTest, PluralAndSingularMeet) {
  EXPECT_EQ(headTerms("Bürgersprechstunden"), headTerms("Bürgersprechstunde"));
  EXPECT_EQ(headTerms("Einbrüche"), headTerms("Einbruch"));
  EXPECT_EQ(headTerms("Taschendiebe"), headTerms("Taschendieb"));
}

TEST(GermanAnalyzerTest, AsciiSpellingMeetsUmlautSpelling) {
  EXPECT_EQ(headTerms("Buergersprechstunde"), headTerms("Bürgersprechstunde"));
  EXPECT_EQ(headTerms("Strassensozialarbeit"), headTerms("Straßensozialarbeit"));
  EXPECT_EQ(headTerms("Haeusliche Gewalt"), headTerms("Häusliche Gewalt"));
}

TEST(GermanAnalyzerTest, GenitiveMeetsNominative) {
  EXPECT_EQ(headTerms("des Opferschutzes"), headTerms("Opferschutz"));
}

TEST(GermanAnalyzerTest, StopwordsAreDropped) {
  EXPECT_EQ(headTerms("Was ist ein Enkeltrick?"), headTerms("Enkeltrick"));
}

TEST(GermanAnalyzerTest, CaseDoesNotMatter) {
  EXPECT_EQ(headTerms("ZIVILCOURAGE"), headTerms("zivilcourage"));
}

TEST(GermanAnalyzerTest, AbbreviationIsNotStemmed) {
  EXPECT_THAT(headTerms("A.C.A.B."), ElementsAre("acab"));
  EXPECT_THAT(headTerms("PKS"), ElementsAre("pks"));
}

TEST(GermanAnalyzerTest, CompoundPartsAreAddedAfterTheWhole) {
  std::vector<std::string> terms = allTerms("Bürgersprechstunden");
  ASSERT_GE(terms.size(), 3u);
  EXPECT_EQ(terms.front(), headTerms("Bürgersprechstunde").front());
  EXPECT_THAT(terms, Contains(headTerms("Sprechstunde").front()));
  EXPECT_THAT(terms, Contains(headTerms("Bürger").front()));
}

TEST(GermanAnalyzerTest, PartsFieldAlsoHoldsTheKnownCompoundAWordEndsIn) {
  // A Polizeidienststelle is a Dienststelle: the index finds it for "Dienststelle" as a whole.
  std::vector<std::string> indexed;
  for (const AnalyzedToken& token :
       analyzeText(test::analyzerFor(), "Polizeidienststellen", L"title_parts")) {
    indexed.push_back(toUtf8(token.term));
  }
  EXPECT_THAT(indexed, Contains(headTerms("Dienststelle").front()));
  EXPECT_THAT(indexed, Contains(headTerms("Polizei").front()));
  EXPECT_THAT(indexed, Contains(headTerms("Stelle").front()));
  // A query keeps only the smallest parts, each of which must match.
  EXPECT_THAT(allTerms("Polizeidienststellen"), Not(Contains(headTerms("Dienststelle").front())));
}

TEST(GermanAnalyzerTest, SimpleWordsAreNotSplit) {
  EXPECT_EQ(allTerms("Beratung"), headTerms("Beratung"));
  EXPECT_EQ(allTerms("Verrat"), headTerms("Verrat"));
}

TEST(GermanAnalyzerTest, StemmedConfigurationDoesNotSplitCompounds) {
  EXPECT_EQ(allTerms("Bürgersprechstunden", "stemmed").size(), 1u);
}

TEST(GermanAnalyzerTest, BaselineKeepsUmlautsAndInflection) {
  EXPECT_NE(headTerms("Einbrüche", "baseline"), headTerms("Einbruch", "baseline"));
}

TEST(GermanAnalyzerTest, OffsetsOfPartsCoverTheWholeWord) {
  auto tokens = analyzeText(test::analyzerFor(), "Die Bürgersprechstunden helfen");
  ASSERT_GE(tokens.size(), 3u);
  for (const AnalyzedToken& token : tokens) {
    if (token.position == tokens.front().position) {
      EXPECT_EQ(token.begin, 4u);
      EXPECT_EQ(token.end, 4u + std::string("Bürgersprechstunden").size());
    }
  }
}

TEST(GermanAnalyzerTest, NoTokensFromEmptyText) {
  EXPECT_TRUE(allTerms("").empty());
}

}  // namespace
}  // namespace querverweis
