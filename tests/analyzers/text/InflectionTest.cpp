#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analyzers/text/Inflection.h"
#include "analyzers/text/WordShape.h"

namespace querverweis {
namespace {

using ::testing::Contains;
using ::testing::IsEmpty;
using ::testing::Not;

TEST(InflectionTest, LatinSingularAndPluralMeet) {
  EXPECT_THAT(inflectionVariants("Jugendzentrum"), Contains("Jugendzentren"));
  EXPECT_THAT(inflectionVariants("Gremien"), Contains("Gremium"));
  EXPECT_THAT(inflectionVariants("Museum"), Contains("Museen"));
}

TEST(InflectionTest, NativeWordsOnUmAreLeftAlone) {
  EXPECT_THAT(inflectionVariants("Eigentum"), IsEmpty());
  EXPECT_THAT(inflectionVariants("Lebensraum"), IsEmpty());
  EXPECT_THAT(inflectionVariants("Straftaten"), IsEmpty());
  EXPECT_THAT(inflectionVariants("Menschen"), IsEmpty());
}

TEST(InflectionTest, SeparableParticipleLosesItsInfix) {
  EXPECT_THAT(inflectionVariants("angezeigt"), Contains("anzeigt"));
  EXPECT_THAT(inflectionVariants("aufgeklärt"), Contains("aufklärt"));
  // A capitalised noun is no participle.
  EXPECT_THAT(inflectionVariants("Angebot"), Not(Contains("Anbot")));
}

TEST(InflectionTest, VerbStemNamesItsNouns) {
  EXPECT_THAT(derivedNounTerms(L"wirk"), Contains(L"wirkung"));
  EXPECT_THAT(derivedNounTerms(L"mobb"), Contains(L"mobbing"));
  EXPECT_THAT(derivedNounTerms(L"tu"), IsEmpty());
}

TEST(InflectionTest, RecognisesCapitalisationAndNominalisedInfinitives) {
  EXPECT_FALSE(startsCapitalised("wirkt"));
  EXPECT_FALSE(startsCapitalised("überprüft"));
  EXPECT_TRUE(startsCapitalised("Überschuldung"));
  EXPECT_TRUE(looksNominalisedInfinitive("Wegschauen"));
  EXPECT_TRUE(looksNominalisedInfinitive("Kiffen"));
  EXPECT_FALSE(looksNominalisedInfinitive("kiffen"));
  EXPECT_FALSE(looksNominalisedInfinitive("Kiez"));
}

}  // namespace
}  // namespace querverweis
