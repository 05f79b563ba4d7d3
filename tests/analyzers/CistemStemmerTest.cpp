#include <gtest/gtest.h>

#include <string>

#include "analyzers/CistemStemmer.h"

namespace querverweis {
namespace {

struct StemCase {
  const char* word;
  const char* stem;
};

// Expected stems worked out by hand from the paper's steps (fold, ge-, substitute, strip, undo).
// Some are odd-looking but are what CISTEM does; they are kept to pin the algorithm down.
const StemCase kStemCases[] = {
    {"Bürgersprechstunden", "burgersprechstu"},  // -n, -e, then -nd
    {"Bürgersprechstunde", "burgersprechstu"},
    {"Einbrüche", "einbruch"},
    {"Einbruch", "einbruch"},
    {"Häuser", "hau"},  // -er, then -s
    {"Haus", "hau"},
    {"Wohnungen", "wohnung"},
    {"Wohnung", "wohnung"},
    {"Zeugen", "zeug"},
    {"Polizisten", "polizi"},  // -n, -e, -t, -s: "t" goes in the case-insensitive variant
    {"Polizist", "polizi"},
    {"Polizei", "polizei"},  // "ei" is one unit, so nothing strippable is left at the end
    {"Gerichte", "rich"},    // ge- prefix removed
    {"Gericht", "rich"},
    {"Gesetze", "setz"},
    {"Gesetz", "setz"},
    {"Gefängnis", "fangni"},
    {"Gefängnisse", "fangniss"},  // the doubled s is protected, so it does not meet "Gefängnis"
    {"Straßen", "strass"},
    {"Kindern", "kind"},
    {"Kinder", "kind"},
    {"Kind", "kind"},
    {"Schulen", "schul"},  // "sch" counts as one letter
    {"Schule", "schul"},
    {"Schüler", "schuler"},  // five units only, too short for -er
    {"Betrüger", "betrug"},
    {"Betrug", "betrug"},
    {"Diebstähle", "diebstahl"},
    {"Diebstahl", "diebstahl"},
    {"Ermittlungen", "ermittlung"},
    {"Tätern", "tater"},
    {"Täter", "tater"},
    {"Verbrechen", "verbrech"},
    {"Verbrecher", "verbrech"},
    {"Anzeigen", "anzeig"},
    {"Anzeige", "anzeig"},
    {"Mütter", "mutt"},
    {"Bürgern", "burg"},
    {"Fußbälle", "fussball"},
    {"Fußball", "fussball"},
    {"Wirtschaft", "wirtschaf"},
    {"Kriminalität", "kriminalita"},
    {"Österreich", "osterreich"},
    {"gesehen", "seh"},
};

TEST(CistemStemmerTest, StemsGermanWordFormsAsThePaperPrescribes) {
  const CistemStemmer stemmer;
  for (const StemCase& c : kStemCases) {
    EXPECT_EQ(stemmer.stem(c.word), c.stem) << "word: " << c.word;
  }
}

TEST(CistemStemmerTest, BringsSingularAndPluralTogether) {
  const CistemStemmer stemmer;
  EXPECT_EQ(stemmer.stem("Einbrüche"), stemmer.stem("Einbruch"));
  EXPECT_EQ(stemmer.stem("Diebstähle"), stemmer.stem("Diebstahl"));
  EXPECT_EQ(stemmer.stem("Wohnungen"), stemmer.stem("Wohnung"));
  EXPECT_EQ(stemmer.stem("Tische"), stemmer.stem("Tisch"));
}

TEST(CistemStemmerTest, ReturnsEmptyStemForEmptyInput) {
  const CistemStemmer stemmer;
  EXPECT_EQ(stemmer.stem(""), "");
}

TEST(CistemStemmerTest, LeavesWordsOfThreeLettersOrFewerUntouched) {
  const CistemStemmer stemmer;
  EXPECT_EQ(stemmer.stem("Tat"), "tat");
  EXPECT_EQ(stemmer.stem("Bus"), "bus");
  EXPECT_EQ(stemmer.stem("Eis"), "eis");      // "ei" is one unit: two letters
  EXPECT_EQ(stemmer.stem("Tisch"), "tisch");  // "sch" is one unit: three letters
  EXPECT_EQ(stemmer.stem("an"), "an");
}

TEST(CistemStemmerTest, KeepsGeOfShortWords) {
  const CistemStemmer stemmer;
  EXPECT_EQ(stemmer.stem("Gebet"), "geb");  // five letters: prefix stays, -t and -e go
  EXPECT_EQ(stemmer.stem("gehen"), "geh");
}

TEST(CistemStemmerTest, RemovesGeBeforeSubstitutingEi) {
  const CistemStemmer stemmer;
  EXPECT_EQ(stemmer.stem("Geiseln"), "isel");
}

TEST(CistemStemmerTest, SubstitutesEiBeforeIe) {
  const CistemStemmer stemmer;
  // "freie" → "fr%e" (not "fre&"), then only the final e goes.
  EXPECT_EQ(stemmer.stem("freie"), "frei");
}

TEST(CistemStemmerTest, FoldsUmlautsAndSharpS) {
  const CistemStemmer stemmer;
  EXPECT_EQ(stemmer.stem("Äpfel"), "apfel");
  EXPECT_EQ(stemmer.stem("Übel"), "ubel");
  EXPECT_EQ(stemmer.stem("Öl"), "ol");
  EXPECT_EQ(stemmer.stem("Straße"), stemmer.stem("Strasse"));
  EXPECT_EQ(stemmer.stem("Mütter"), stemmer.stem("Mutter"));
}

TEST(CistemStemmerTest, IgnoresCase) {
  const CistemStemmer stemmer;
  EXPECT_EQ(stemmer.stem("HÄUSER"), "hau");
  EXPECT_EQ(stemmer.stem("STRAẞE"), "strass");
  EXPECT_EQ(stemmer.stem("ÜBERFALL"), stemmer.stem("überfall"));
}

TEST(CistemStemmerTest, KeepsPlaceholderCharactersOfThePaperLiteral) {
  const CistemStemmer stemmer;
  // The paper's "*" stands for a repeated letter; a gender star in the input is not one.
  EXPECT_EQ(stemmer.stem("Bürger*innen"), "burger*inn");
  EXPECT_EQ(stemmer.stem("Euro$"), "euro$");
}

TEST(CistemStemmerTest, ReplacesMalformedUtf8WithReplacementCharacter) {
  const CistemStemmer stemmer;
  EXPECT_EQ(stemmer.stem("Stra\xC3"), "stra\xEF\xBF\xBD");
}

}  // namespace
}  // namespace querverweis
