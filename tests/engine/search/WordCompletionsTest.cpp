#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "engine/search/WordCompletions.h"

namespace querverweis {
namespace {

using ::testing::ElementsAre;

Vocabulary vocabulary() {
  Vocabulary words;
  words["burgersprechstunde"] = {5, "bürgersprechstunde"};
  words["burgersprechstunden"] = {2, "bürgersprechstunden"};
  words["burger"] = {9, "bürger"};
  words["burgerin"] = {1, "bürgerin"};
  words["polizei"] = {20, "polizei"};
  return words;
}

TEST(WordCompletions, CompletesAPrefixToTheMostFrequentWordsFirst) {
  Vocabulary words = vocabulary();
  WordCompletions completions(words);
  EXPECT_THAT(completions.complete("burgersprech"),
              ElementsAre("bürgersprechstunde", "bürgersprechstunden"));
  EXPECT_THAT(completions.complete("burg", 2), ElementsAre("bürger", "bürgersprechstunde"));
}

TEST(WordCompletions, AFinishedWordIsNotItsOwnCompletion) {
  Vocabulary words = vocabulary();
  EXPECT_THAT(WordCompletions(words).complete("burger"),
              ElementsAre("bürgersprechstunde", "bürgersprechstunden", "bürgerin"));
}

TEST(WordCompletions, ShortOrUnknownPrefixesCompleteToNothing) {
  Vocabulary words = vocabulary();
  WordCompletions completions(words);
  EXPECT_TRUE(completions.complete("bu").empty());
  EXPECT_TRUE(completions.complete("zoll").empty());
  EXPECT_TRUE(completions.complete("").empty());
}

}  // namespace
}  // namespace querverweis
