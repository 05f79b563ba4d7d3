#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "bench/compare/CorpusWords.h"
#include "bench/compare/QueryMix.h"

namespace querverweis::bench {
namespace {

using ::testing::ElementsAre;

std::vector<PageEntry> samplePages() {
  return {
      {"ls-1", "ls",
       "## BESCHREIBUNG\n\nDie Datei wird gelesen. Die Dateien werden gelesen. Diese Datei "
       "(siehe Konfigurationsdatei) liegt im Verzeichnis »Ablage«. diese Zeile zählt.\n\n"
       "## ÜBERSETZUNG\n\nDie Übersetzung stammt von Helge Kreutzmann."},
      {"cp-1", "cp",
       "## BESCHREIBUNG\n\nKopiert eine Datei in ein Verzeichnis. Konfiguration --all "
       "/etc/passwd Online-Hilfe Datei2 löschen anzeigen verwenden."},
  };
}

TEST(CorpusWords, CapitalisedWordsAreNounsUnlessTheyAlsoOccurLowerCase) {
  const CorpusWords words(samplePages());
  EXPECT_TRUE(words.isNoun("Datei"));
  EXPECT_TRUE(words.isNoun("Dateien"));
  EXPECT_TRUE(words.isNoun("Verzeichnis"));
  EXPECT_TRUE(words.isNoun("Ablage"));  // punctuation around the word is not part of it
  EXPECT_FALSE(words.isNoun("Diese"));  // "diese" occurs lower case too
  EXPECT_FALSE(words.isNoun("Die"));    // shorter than four letters
}

TEST(CorpusWords, TokensWithDigitsDashesOrSlashesAreNoWords) {
  const CorpusWords words(samplePages());
  EXPECT_EQ(words.counts("Datei").occurrences, 3u);  // not "Datei2"
  EXPECT_EQ(words.counts("Datei").pages, 2u);
  EXPECT_EQ(words.counts("all").occurrences, 0u);
  EXPECT_EQ(words.counts("passwd").occurrences, 0u);
  EXPECT_EQ(words.counts("Online").occurrences, 0u);
}

TEST(CorpusWords, TranslatorCreditsAreNotCounted) {
  const CorpusWords words(samplePages());
  EXPECT_EQ(words.counts("Kreutzmann").occurrences, 0u);
  EXPECT_EQ(words.counts("Übersetzung").occurrences, 0u);
}

TEST(CorpusWords, LetterCaseOfUmlautsIsMappedBothWays) {
  EXPECT_EQ(lowerFirst("Übersicht"), "übersicht");
  EXPECT_EQ(upperFirst("übersicht"), "Übersicht");
  EXPECT_EQ(upperFirst("datei"), "Datei");
  EXPECT_EQ(letterCount("Größe"), 5u);
}

std::string asText(const std::vector<Query>& queries) {
  std::ostringstream text;
  for (const Query& query : queries) {
    text << query.kind << '\t' << query.text << '\n';
  }
  return text.str();
}

TEST(QueryMix, SameCorpusAndSeedGiveTheSameQueriesAndAnotherSeedOthers) {
  const CorpusWords words(samplePages());
  const QueryMixOptions options;
  const std::string first = asText(makeQueryMix(words, options));
  EXPECT_EQ(asText(makeQueryMix(words, options)), first);
  QueryMixOptions otherSeed = options;
  otherSeed.seed += 1;
  const std::string other = asText(makeQueryMix(words, otherSeed));
  EXPECT_NE(other, first);
  EXPECT_EQ(other.size(), first.size());  // the same set, in another order
}

TEST(QueryMix, InflectedFormsAndCompoundPartsComeFromTheCorpusAndNoQueryRepeats) {
  const CorpusWords words(samplePages());
  // Single nouns of any frequency would take these words first: every text is used once.
  const std::vector<Query> queries = makeQueryMix(words, {.rare = 0, .mid = 0, .common = 0});
  std::set<std::string> seen;
  std::map<std::string, std::set<std::string>> byKind;
  for (const Query& query : queries) {
    EXPECT_TRUE(seen.insert(query.text).second) << query.text;
    byKind[query.kind].insert(query.text);
  }
  EXPECT_THAT(byKind["inflected"], ElementsAre("Dateien"));
  EXPECT_THAT(byKind["compound"], ElementsAre("Konfigurationsdatei"));
  EXPECT_THAT(byKind["compound_head"], ElementsAre("Datei"));
  EXPECT_THAT(byKind["compound_modifier"], ElementsAre("Konfiguration"));
  EXPECT_EQ(byKind.count("two_words"), 0u);  // no page has enough nouns for several words
}

}  // namespace
}  // namespace querverweis::bench
