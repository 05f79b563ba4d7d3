#include <gtest/gtest.h>

#include "querverweis/Corpus.h"
#include "querverweis/Error.h"

namespace querverweis {
namespace {

TEST(SlugTest, TransliteratesUmlautInCompound) {
  EXPECT_EQ(slugFromTitle("Bürgersprechstunde"), "buergersprechstunde");
}

TEST(SlugTest, KeepsHyphenatedCompoundAsOneDashEach) {
  EXPECT_EQ(slugFromTitle("Täter-Opfer-Ausgleich"), "taeter-opfer-ausgleich");
}

TEST(SlugTest, DropsAbbreviationDotsWithoutDash) {
  EXPECT_EQ(slugFromTitle("A.C.A.B."), "acab");
  EXPECT_EQ(slugFromTitle("Weißer Ring e.V."), "weisser-ring-ev");
}

TEST(SlugTest, TransliteratesSharpS) {
  EXPECT_EQ(slugFromTitle("Weißer Ring"), "weisser-ring");
}

TEST(SlugTest, AbbreviationDotBeforeHyphenGivesSingleDash) {
  EXPECT_EQ(slugFromTitle("K.-o.-Tropfen"), "k-o-tropfen");
}

TEST(SlugTest, SuspendedHyphenAndSpaceCollapseToOneDash) {
  EXPECT_EQ(slugFromTitle("Industrie- und Handelskammer"), "industrie-und-handelskammer");
  EXPECT_EQ(slugFromTitle("Kinder- und Jugendschutz im Netz"), "kinder-und-jugendschutz-im-netz");
}

TEST(SlugTest, TransliteratesCapitalUmlautsAndCapitalSharpS) {
  EXPECT_EQ(slugFromTitle("ÄRGER ÜBER ÖLDIEBE"), "aerger-ueber-oeldiebe");
  EXPECT_EQ(slugFromTitle("GROẞSTADTKRIMINALITÄT"), "grossstadtkriminalitaet");
}

TEST(SlugTest, FoldsOtherAccentedLatinLettersToBaseLetter) {
  EXPECT_EQ(slugFromTitle("Déjà-vu im Café"), "deja-vu-im-cafe");
  EXPECT_EQ(slugFromTitle("Łódź-Fälle"), "lodz-faelle");
}

TEST(SlugTest, TransliteratesDecomposedUmlaut) {
  EXPECT_EQ(slugFromTitle("Bu\xCC\x88rgersprechstunde"), "buergersprechstunde");
  EXPECT_EQ(slugFromTitle("Re\xCC\x81sume\xCC\x81"), "resume");
}

TEST(SlugTest, TrimsQuotesAndPunctuationAtBothEnds) {
  EXPECT_EQ(slugFromTitle("„Enkeltrick“ – was tun?"), "enkeltrick-was-tun");
  EXPECT_EQ(slugFromTitle("  (Sexting)  "), "sexting");
}

TEST(SlugTest, KeepsDigits) {
  EXPECT_EQ(slugFromTitle("Notruf 110"), "notruf-110");
}

TEST(SlugTest, DotBetweenTwoWordsSeparatesThem) {
  EXPECT_EQ(slugFromTitle("polizei-beratung.de"), "polizei-beratung-de");
}

TEST(SlugTest, DotInsideNumberDisappears) {
  EXPECT_EQ(slugFromTitle("10.000 Euro Schaden"), "10000-euro-schaden");
}

TEST(SlugTest, RejectsTitleWithoutLettersOrDigits) {
  for (const char* title : {"", "   ", "…", "– ? –", "...", "„“"}) {
    try {
      slugFromTitle(title);
      FAIL() << "no error for \"" << title << "\"";
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::InvalidArgument);
    }
  }
}

TEST(SlugTest, RejectsInvalidUtf8) {
  try {
    slugFromTitle("B\xFCrgersprechstunde");  // Latin-1 ü
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::InvalidArgument);
    EXPECT_NE(std::string(error.what()).find("UTF-8"), std::string::npos);
  }
}

}  // namespace
}  // namespace querverweis
