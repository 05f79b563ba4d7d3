#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "CompoundGold.h"
#include "TestSupport.h"
#include "analyzers/LanguageData.h"

namespace querverweis {
namespace {

// The splitter as every index uses it: Debian's word list loaded by LanguageData, words folded
// by its normalizer. Corpus words are left out, so the figures say what the word list alone does.
const LanguageData& production() {
  return *test::sharedLanguage();
}

TEST(CompoundGoldTest, MeetsGoldBoundaryPrecisionRecallAndFalseSplitRate) {
  auto gold = test::readCompoundGold(test::sourcePath("tests/data/compounds.tsv"));
  test::GoldMeasurement m = test::measureCompoundGold(production(), gold);
  test::printMeasurement("compound gold (tests/data/compounds.tsv)", m);
  EXPECT_GE(m.compounds, 320u);
  EXPECT_GE(m.wholes, 110u);
  EXPECT_GE(m.precision(), 0.95);
  EXPECT_GE(m.recall(), 0.95);
  EXPECT_LE(m.falseSplitRate(), 0.02);
}

TEST(CompoundGoldTest, LeavesNoJunkFragments) {
  for (const char* word : {"sporthalle", "polizeidienststelle", "kindertagesstatte",
                           "strassenverkehrsordnung", "wohnungseinbruchdiebstahl"}) {
    std::vector<CompoundPart> parts = production().splitter().split(word);
    EXPECT_FALSE(parts.empty()) << word;
    for (const CompoundPart& part : parts) {
      EXPECT_GE(part.end - part.begin, 3u) << word << ": " << part.text;
    }
  }
}

TEST(LanguageDataTest, WordListLoadingSkipsAbbreviationsAndNonLetters) {
  test::TempDir dir;
  dir.write("words.txt", "HAUS\nTür\nO'Neill\nz.B.\n");
  LanguageData language(LanguageDataOptions{.wordListPath = dir.file("words.txt")});
  EXPECT_TRUE(language.splitter().knows("tur"));
  EXPECT_FALSE(language.splitter().knows("haus"));
  EXPECT_FALSE(language.splitter().knows("o'neill"));
  EXPECT_TRUE(language.splitter().split("haustur").empty());
}

TEST(LanguageDataTest, CorpusWordsAndNamesJoinTheDictionary) {
  test::TempDir dir;
  dir.write("words.txt", "Tür\n");
  LanguageData language(LanguageDataOptions{.wordListPath = dir.file("words.txt"),
                                            .corpusWords = {"Haus"},
                                            .preferredWords = {"Bürgerhaus"}});
  EXPECT_TRUE(language.splitter().knows("haus"));
  EXPECT_TRUE(language.splitter().knows("burgerhaus"));
  ASSERT_EQ(language.splitter().split("haustur").size(), 2u);
}

TEST(CompoundSplitterConcurrencyTest, ConcurrentFirstSplitsAgree) {
  const std::vector<std::string> words{"einbruchschutzberatung", "verkehrssicherheit",
                                       "stadtteilburo", "gesellschaft", "kindertagesstatte"};
  std::vector<std::vector<CompoundPart>> expected;
  for (const auto& w : words) expected.push_back(production().splitter().split(w));
  // A fresh language has neither evidence nor cache: the threads race to build both.
  LanguageData fresh(LanguageDataOptions{});
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        for (std::size_t i = 0; i < words.size(); ++i) {
          auto got = fresh.splitter().split(words[i]);
          bool same = got.size() == expected[i].size();
          for (std::size_t j = 0; same && j < got.size(); ++j) {
            same = got[j].begin == expected[i][j].begin && got[j].end == expected[i][j].end &&
                   got[j].text == expected[i][j].text;
          }
          if (!same) ++mismatches[t];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
  EXPECT_FALSE(expected[0].empty());
}

}  // namespace
}  // namespace querverweis
