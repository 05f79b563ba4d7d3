#include <gtest/gtest.h>

#include <cmath>

#include "engine/evaluation/Metrics.h"

namespace querverweis {
namespace {

const std::map<std::string, int> kEnkeltrick = {
    {"enkeltrick", 2}, {"schockanruf", 1}, {"trickbetrug", 1}};

TEST(MetricsTest, PerfectRankingHasNdcgOne) {
  EXPECT_DOUBLE_EQ(ndcgAt({"enkeltrick", "schockanruf", "trickbetrug"}, kEnkeltrick, 10), 1.0);
  // Ties among equally relevant items do not matter.
  EXPECT_DOUBLE_EQ(ndcgAt({"enkeltrick", "trickbetrug", "schockanruf"}, kEnkeltrick, 10), 1.0);
}

TEST(MetricsTest, SwappedPairLosesExactlyTheDiscountedGain) {
  // DCG = 1/log2(2) + 3/log2(3), ideal = 3/log2(2) + 1/log2(3).
  const double ndcg = ndcgAt({"dunkelfeld", "hellfeld"}, {{"hellfeld", 2}, {"dunkelfeld", 1}}, 10);
  EXPECT_NEAR(ndcg, (1.0 + 3.0 / std::log2(3.0)) / (3.0 + 1.0 / std::log2(3.0)), 1e-12);
  EXPECT_NEAR(ndcg, 0.796708, 1e-6);
}

TEST(MetricsTest, NothingRelevantScoresZero) {
  EXPECT_EQ(ndcgAt({"enkeltrick"}, {}, 10), 0.0);
  EXPECT_EQ(ndcgAt({"zoll", "diebstahl"}, kEnkeltrick, 10), 0.0);
  EXPECT_EQ(ndcgAt({}, kEnkeltrick, 10), 0.0);
  EXPECT_EQ(reciprocalRankAt({"enkeltrick"}, {}, 10), 0.0);
  EXPECT_EQ(recallAt({"enkeltrick"}, {}, 10), 0.0);
}

TEST(MetricsTest, ResultsBeyondKDoNotCount) {
  const std::vector<std::string> ranked = {"zoll", "diebstahl", "amoklauf"};
  const std::map<std::string, int> relevance = {{"amoklauf", 2}};
  EXPECT_EQ(ndcgAt(ranked, relevance, 2), 0.0);
  EXPECT_DOUBLE_EQ(ndcgAt(ranked, relevance, 3), 0.5);  // 3/log2(4) over 3/log2(2)
  EXPECT_EQ(reciprocalRankAt(ranked, relevance, 2), 0.0);
  EXPECT_EQ(recallAt(ranked, relevance, 2), 0.0);
  EXPECT_EQ(ndcgAt(ranked, relevance, 0), 0.0);
}

TEST(MetricsTest, IdealRankingIsCutAtKToo) {
  // Three answers exist but only one fits in k = 1: the single best one is a perfect result.
  EXPECT_DOUBLE_EQ(ndcgAt({"einbruchschutz"},
                          {{"einbruchschutz", 2}, {"einbruchdiebstahl", 2}, {"beleuchtung", 2}}, 1),
                   1.0);
}

TEST(MetricsTest, ReciprocalRankOfFirstHitAtRankThreeIsOneThird) {
  EXPECT_DOUBLE_EQ(
      reciprocalRankAt({"zoll", "diebstahl", "schockanruf", "enkeltrick"}, kEnkeltrick, 10),
      1.0 / 3.0);
  EXPECT_DOUBLE_EQ(reciprocalRankAt({"enkeltrick"}, kEnkeltrick, 10), 1.0);
}

TEST(MetricsTest, RecallIsShareOfRelevantFoundWithinK) {
  const std::map<std::string, int> relevance = {
      {"mobbing", 2}, {"cybermobbing", 1}, {"schulsozialarbeit", 1}, {"gewaltpraevention", 1}};
  const std::vector<std::string> ranked = {"mobbing", "zoll", "cybermobbing"};
  EXPECT_DOUBLE_EQ(recallAt(ranked, relevance, 3), 0.5);
  EXPECT_DOUBLE_EQ(recallAt(ranked, relevance, 1), 0.25);
}

TEST(MetricsTest, RepeatedResultEarnsGainOnlyOnce) {
  const std::map<std::string, int> relevance = {{"mobbing", 1}, {"cybermobbing", 1}};
  EXPECT_DOUBLE_EQ(recallAt({"mobbing", "mobbing"}, relevance, 10), 0.5);
  EXPECT_NEAR(ndcgAt({"mobbing", "mobbing"}, relevance, 10), 1.0 / (1.0 + 1.0 / std::log2(3.0)),
              1e-12);
}

TEST(MetricsTest, PrecisionRecallAndF1FromCounts) {
  ClassificationCounts counts{3, 1, 2};
  EXPECT_DOUBLE_EQ(counts.precision(), 0.75);
  EXPECT_DOUBLE_EQ(counts.recall(), 0.6);
  EXPECT_DOUBLE_EQ(counts.f1(), 2.0 / 3.0);  // 2 * 0.75 * 0.6 / 1.35
}

TEST(MetricsTest, CountsAddUpForMicroAverage) {
  ClassificationCounts total{3, 1, 2};
  total += ClassificationCounts{1, 3, 0};
  EXPECT_EQ(total.truePositives, 4u);
  EXPECT_EQ(total.falsePositives, 4u);
  EXPECT_EQ(total.falseNegatives, 2u);
  EXPECT_DOUBLE_EQ(total.precision(), 0.5);
  EXPECT_DOUBLE_EQ(total.recall(), 4.0 / 6.0);
}

TEST(MetricsTest, NoPredictionsIsVacuouslyPreciseButRecallsNothing) {
  ClassificationCounts silent{0, 0, 2};
  EXPECT_EQ(silent.precision(), 1.0);
  EXPECT_EQ(silent.recall(), 0.0);
  EXPECT_EQ(silent.f1(), 0.0);
  ClassificationCounts nothingToFind;
  EXPECT_EQ(nothingToFind.recall(), 1.0);
  EXPECT_EQ(nothingToFind.f1(), 1.0);
  ClassificationCounts allWrong{0, 2, 3};
  EXPECT_EQ(allWrong.f1(), 0.0);
}

TEST(MetricsTest, MedianOfOddEvenAndEmptySamples) {
  EXPECT_EQ(median({3.0, 1.0, 2.0}), 2.0);
  EXPECT_EQ(median({4.0, 1.0, 3.0, 2.0}), 2.5);
  EXPECT_EQ(median({7.5}), 7.5);
  EXPECT_EQ(median({}), 0.0);
}

}  // namespace
}  // namespace querverweis
