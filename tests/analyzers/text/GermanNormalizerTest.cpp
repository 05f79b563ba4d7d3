#include <gtest/gtest.h>

#include "TestSupport.h"
#include "analyzers/text/GermanNormalizer.h"

namespace querverweis {
namespace {

const GermanNormalizer& withWordList() {
  return test::sharedLanguage()->normalizer();
}

TEST(GermanNormalizerTest, UmlautAndTransliterationMeet) {
  GermanNormalizer normalizer;
  EXPECT_EQ(normalizer.normalize(L"bürgersprechstunde"), L"burgersprechstunde");
  EXPECT_EQ(normalizer.normalize(L"buergersprechstunde"), L"burgersprechstunde");
  EXPECT_EQ(normalizer.normalize(L"häusliche"), normalizer.normalize(L"haeusliche"));
  EXPECT_EQ(normalizer.normalize(L"öffentlich"), normalizer.normalize(L"oeffentlich"));
}

TEST(GermanNormalizerTest, SharpSBecomesDoubleS) {
  GermanNormalizer normalizer;
  EXPECT_EQ(normalizer.normalize(L"straßensozialarbeit"), L"strassensozialarbeit");
  EXPECT_EQ(normalizer.normalize(L"weißer"), normalizer.normalize(L"weisser"));
}

TEST(GermanNormalizerTest, UeAfterDiphthongOrQStays) {
  GermanNormalizer normalizer;
  EXPECT_EQ(normalizer.normalize(L"feuer"), L"feuer");
  EXPECT_EQ(normalizer.normalize(L"steuer"), L"steuer");
  EXPECT_EQ(normalizer.normalize(L"trauer"), L"trauer");
  EXPECT_EQ(normalizer.normalize(L"quelle"), L"quelle");
  EXPECT_EQ(normalizer.normalize(L"säue"), L"saue");  // not "sau"
}

TEST(GermanNormalizerTest, UeAfterOtherVowelsIsAnUmlaut) {
  GermanNormalizer normalizer;
  EXPECT_EQ(normalizer.normalize(L"videoueberwachung"), normalizer.normalize(L"videoüberwachung"));
  EXPECT_EQ(normalizer.normalize(L"radiouebertragung"), normalizer.normalize(L"radioübertragung"));
}

TEST(GermanNormalizerTest, ZuBeforeAWordBeginningWithEKeepsItsE) {
  GermanNormalizer normalizer;
  EXPECT_EQ(normalizer.normalize(L"zueilte"), L"zueilte");
  EXPECT_EQ(normalizer.normalize(L"zurückzuerobern"), L"zuruckzuerobern");
  EXPECT_EQ(normalizer.normalize(L"zuerwerb"), L"zuerwerb");
  EXPECT_EQ(normalizer.normalize(L"anzuerkennen"), L"anzuerkennen");
}

TEST(GermanNormalizerTest, TransliteratedZueStillFoldsBeforeOtherLetters) {
  GermanNormalizer normalizer;
  EXPECT_EQ(normalizer.normalize(L"anzuege"), normalizer.normalize(L"anzüge"));
  EXPECT_EQ(normalizer.normalize(L"zuendung"), normalizer.normalize(L"zündung"));
  EXPECT_EQ(normalizer.normalize(L"zuernen"), normalizer.normalize(L"zürnen"));
  EXPECT_EQ(normalizer.normalize(L"zuechter"), normalizer.normalize(L"züchter"));
}

TEST(GermanNormalizerTest, WordsWithNativeLetterPairsAreNotMangled) {
  EXPECT_EQ(withWordList().normalize(L"israel"), L"israel");
  EXPECT_EQ(withWordList().normalize(L"goethe"), L"goethe");
  EXPECT_EQ(withWordList().normalize(L"aktuell"), L"aktuell");
  EXPECT_EQ(withWordList().normalize(L"zuerst"), L"zuerst");
}

TEST(GermanNormalizerTest, InflectedFormOfProtectedWordStaysProtected) {
  EXPECT_EQ(withWordList().normalize(L"israels"), L"israels");
  EXPECT_EQ(withWordList().normalize(L"aktuellen"), L"aktuellen");
}

TEST(GermanNormalizerTest, TransliteratedCompoundStillFolds) {
  EXPECT_EQ(withWordList().normalize(L"buergersprechstunden"), L"burgersprechstunden");
  EXPECT_EQ(withWordList().normalize(L"taeter"), L"tater");
}

TEST(GermanNormalizerTest, AccentsFoldToBaseLetters) {
  GermanNormalizer normalizer;
  EXPECT_EQ(normalizer.normalize(L"café"), L"cafe");
}

TEST(GermanNormalizerTest, EmptyWordStaysEmpty) {
  EXPECT_EQ(GermanNormalizer().normalize(L""), L"");
}

}  // namespace
}  // namespace querverweis
