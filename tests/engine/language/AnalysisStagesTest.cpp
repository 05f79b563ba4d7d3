#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "TestSupport.h"
#include "engine/language/AnalysisStages.h"

namespace querverweis {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> names(const std::vector<AnalysisStage>& stages) {
  std::vector<std::string> out;
  for (const AnalysisStage& stage : stages) {
    out.push_back(stage.name);
  }
  return out;
}

std::vector<std::string> terms(const std::vector<StageToken>& tokens,
                               const char* change = nullptr) {
  std::vector<std::string> out;
  for (const StageToken& token : tokens) {
    if (change == nullptr || token.change == change) {
      out.push_back(token.term);
    }
  }
  return out;
}

const AnalysisStage& stageNamed(const std::vector<AnalysisStage>& stages, const std::string& name) {
  for (const AnalysisStage& stage : stages) {
    if (stage.name == name) {
      return stage;
    }
  }
  throw std::runtime_error("no stage " + name);
}

TEST(AnalysisStages, FullChainShowsEveryStepInOrder) {
  auto stages = analysisStages(test::analyzerFor("full"), "Bürgersprechstunden");
  EXPECT_THAT(names(stages), ElementsAre("tokens", "lowercase", "stopwords", "normalization",
                                         "compounds", "stems"));
}

TEST(AnalysisStages, EachStepMarksWhatItChanged) {
  auto stages = analysisStages(test::analyzerFor("full"), "Bürgersprechstunden");
  EXPECT_THAT(terms(stageNamed(stages, "tokens").tokens), ElementsAre("Bürgersprechstunden"));
  EXPECT_THAT(terms(stageNamed(stages, "lowercase").tokens, "changed"),
              ElementsAre("bürgersprechstunden"));
  EXPECT_TRUE(terms(stageNamed(stages, "stopwords").tokens, "changed").empty());
  EXPECT_THAT(terms(stageNamed(stages, "normalization").tokens, "changed"),
              ElementsAre("burgersprechstunden"));
  EXPECT_THAT(terms(stageNamed(stages, "compounds").tokens, "added"),
              ElementsAre("burg", "sprechstunden"));
  EXPECT_THAT(terms(stageNamed(stages, "stems").tokens),
              ElementsAre("burgersprechstu", "burg", "sprechstu"));
}

TEST(AnalysisStages, PartsKeepTheOffsetsOfTheirWord) {
  auto stages = analysisStages(test::analyzerFor("full"), "Die Bürgersprechstunden");
  for (const StageToken& token : stageNamed(stages, "compounds").tokens) {
    EXPECT_EQ(token.start, 4u) << token.term;
    EXPECT_EQ(token.end, 24u) << token.term;  // "Bürgersprechstunden" is 20 bytes
  }
}

TEST(AnalysisStages, StopWordStepListsTheWordsItRemoved) {
  auto stages = analysisStages(test::analyzerFor("full"), "Die Polizei und der Zoll");
  EXPECT_THAT(terms(stageNamed(stages, "stopwords").removed), ElementsAre("die", "und", "der"));
  EXPECT_THAT(terms(stageNamed(stages, "stopwords").tokens), ElementsAre("polizei", "zoll"));
}

TEST(AnalysisStages, LastStepGivesWhatTheIndexStores) {
  auto analyzer = test::analyzerFor("full");
  auto stages = analysisStages(analyzer, "Häuser der Bürgersprechstunden");
  EXPECT_EQ(terms(stages.back().tokens), test::allTerms("Häuser der Bürgersprechstunden"));
}

TEST(AnalysisStages, StepsSwitchedOffAreLeftOut) {
  auto stages = analysisStages(test::analyzerFor("normalized"), "Bürgersprechstunden");
  EXPECT_THAT(names(stages), ElementsAre("tokens", "lowercase", "stopwords", "normalization"));
  EXPECT_THAT(names(analysisStages(test::analyzerFor("baseline"), "Häuser")),
              ElementsAre("standard"));
}

TEST(AnalysisStages, EmptyTextHasStepsWithoutTokens) {
  for (const AnalysisStage& stage : analysisStages(test::analyzerFor("full"), "")) {
    EXPECT_TRUE(stage.tokens.empty()) << stage.name;
  }
}

TEST(CompareTerms, InflectedFormsMeetOnTheirStem) {
  TermComparison comparison = compareTerms(test::analyzerFor("full"), "Häuser", "Haus");
  ASSERT_EQ(comparison.shared.size(), 1u);
  EXPECT_EQ(comparison.shared[0].term, "hau");
  EXPECT_EQ(comparison.shared[0].typeA, "word");
}

TEST(CompareTerms, SpelledOutUmlautMeetsThePlural) {
  TermComparison comparison =
      compareTerms(test::analyzerFor("full"), "Buergersprechstunde", "Bürgersprechstunden");
  EXPECT_THAT(terms(comparison.a), ElementsAre("burgersprechstu", "burg", "sprechstu"));
  EXPECT_EQ(comparison.shared.size(), 3u);
}

TEST(CompareTerms, AWordMeetsACompoundThroughItsPart) {
  TermComparison comparison =
      compareTerms(test::analyzerFor("full"), "Sprechstunde", "Bürgersprechstunde");
  ASSERT_EQ(comparison.shared.size(), 1u);
  EXPECT_EQ(comparison.shared[0].typeA, "word");
  EXPECT_EQ(comparison.shared[0].typeB, "compound_part");
}

TEST(CompareTerms, UnrelatedWordsDoNotMeet) {
  EXPECT_TRUE(compareTerms(test::analyzerFor("full"), "Zoll", "Polizei").shared.empty());
}

}  // namespace
}  // namespace querverweis
