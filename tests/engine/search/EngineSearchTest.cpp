#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>

#include "TestSupport.h"
#include "querverweis/Corpus.h"
#include "querverweis/Engine.h"
#include "querverweis/Error.h"
#include "querverweis/Index.h"
#include "querverweis/Limits.h"

namespace querverweis {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// A handful of entries written for exact ranking rules.
class SmallCorpusSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    dir_->write("corpus/buergersprechstunde.md",
                "---\ntitle: Bürgersprechstunde\n---\nIn der Bürgersprechstunde hören Beamte "
                "zu. Termine stehen im Aushang.\n");
    dir_->write("corpus/buergerbeteiligung.md",
                "---\ntitle: Bürgerbeteiligung\n---\nBürger reden mit, etwa in Foren. Bürger "
                "und Bürgerinnen planen ihren Stadtteil.\n");
    dir_->write("corpus/quartiermanagement.md",
                "---\ntitle: Quartiermanagement\naliases: [Quartiersmanagement]\n---\n"
                "Quartiermanager bieten Bürgersprechstunden an und vernetzen Akteure im "
                "Viertel. Auch <b>Schulen</b> & Vereine sind beteiligt.\n");
    dir_->write("corpus/zivilcourage.md",
                "---\ntitle: Zivilcourage\n---\nWer eingreift, zeigt Mut. Hilfe holen, "
                "Notruf wählen, Täter beschreiben.\n");
    dir_->write("corpus/notruf.md",
                "---\ntitle: Notruf\naliases: ['110']\n---\nDer Notruf der Polizei ist die 110. "
                "Zivilcourage beginnt oft mit einem Anruf, Zivilcourage braucht keinen Mut "
                "zum Helden.\n");
    dir_->write("corpus/jugendschutz.md",
                "---\ntitle: Jugendschutz\n---\nJugendschutz und Opferschutz gehören "
                "zusammen, wenn Kinder betroffen sind.\n");
    dir_->write("corpus/opferschutz.md",
                "---\ntitle: Opferschutz\n---\nOpferschutz stärkt die Rechte von Opfern.\n");
    engine_ = test::indexAndOpen(*dir_);
  }
  static void TearDownTestSuite() {
    engine_.reset();
    delete dir_;
  }

  static test::TempDir* dir_;
  static std::shared_ptr<const Engine> engine_;
};

test::TempDir* SmallCorpusSearchTest::dir_ = nullptr;
std::shared_ptr<const Engine> SmallCorpusSearchTest::engine_;

TEST_F(SmallCorpusSearchTest, PluralQueryFindsSingularTitleFirst) {
  EXPECT_EQ(engine_->search("Bürgersprechstunden").hits.at(0).slug, "buergersprechstunde");
}

TEST_F(SmallCorpusSearchTest, AsciiQueryFindsUmlautTitle) {
  EXPECT_EQ(engine_->search("buergersprechstunde").hits.at(0).slug, "buergersprechstunde");
}

TEST_F(SmallCorpusSearchTest, TitleMatchOutranksBodyMatches) {
  // notruf mentions Zivilcourage twice in its body; the entry titled so must still win.
  EXPECT_EQ(engine_->search("Zivilcourage").hits.at(0).slug, "zivilcourage");
}

TEST_F(SmallCorpusSearchTest, AliasMatchOutranksBodyMatch) {
  EXPECT_EQ(engine_->search("Quartiersmanagement").hits.at(0).slug, "quartiermanagement");
}

TEST_F(SmallCorpusSearchTest, HitOnAllWordsOutranksHitOnOne) {
  std::vector<std::string> ranked = test::slugs(engine_->search("Jugendschutz Kinder"));
  ASSERT_GE(ranked.size(), 1u);
  EXPECT_EQ(ranked.front(), "jugendschutz");
  std::vector<std::string> both = test::slugs(engine_->search("Opferschutz Rechte"));
  EXPECT_EQ(both.front(), "opferschutz");
}

TEST_F(SmallCorpusSearchTest, WordsAroundAMentionFindTheMentionedEntry) {
  // Only Quartiermanagement says "vernetzen", right after naming Bürgersprechstunden.
  std::vector<std::string> ranked = test::slugs(engine_->search("vernetzen"));
  ASSERT_EQ(ranked.size(), 2u);
  EXPECT_EQ(ranked[0], "quartiermanagement");
  EXPECT_EQ(ranked[1], "buergersprechstunde");
}

TEST_F(SmallCorpusSearchTest, WholeCompoundOutranksEntriesWithOnlyAPart) {
  std::vector<std::string> ranked = test::slugs(engine_->search("Bürgersprechstunde"));
  ASSERT_GE(ranked.size(), 2u);
  EXPECT_EQ(ranked[0], "buergersprechstunde");
  EXPECT_NE(ranked[1], "buergerbeteiligung");
}

TEST_F(SmallCorpusSearchTest, SnippetMarksMatchAndEscapesHtml) {
  SearchResult result = engine_->search("Schulen");
  ASSERT_FALSE(result.hits.empty());
  const std::string& snippet = result.hits[0].snippet;
  EXPECT_THAT(snippet, HasSubstr("&lt;b&gt;<mark>Schulen</mark>&lt;/b&gt;"));
  EXPECT_THAT(snippet, HasSubstr("&amp; Vereine"));
}

TEST_F(SmallCorpusSearchTest, SnippetMarksWholeWordWhenAPartMatched) {
  SearchResult result = engine_->search("Sprechstunde");
  ASSERT_FALSE(result.hits.empty());
  EXPECT_THAT(result.hits[0].snippet, HasSubstr("<mark>Bürgersprechstunde"));
}

TEST_F(SmallCorpusSearchTest, QuerySyntaxCharactersArePlainText) {
  EXPECT_NO_THROW(engine_->search("Jugend- und Opferschutz (Kinder)"));
  EXPECT_NO_THROW(engine_->search("AND ("));
  EXPECT_NO_THROW(engine_->search("Opfer* ~2 \"Schutz"));
  EXPECT_EQ(engine_->search("Jugend- und Opferschutz (Kinder)").hits.at(0).slug, "jugendschutz");
}

TEST_F(SmallCorpusSearchTest, StopwordOnlyQueryFindsNothing) {
  SearchResult result = engine_->search("und oder der");
  EXPECT_EQ(result.total, 0u);
  EXPECT_TRUE(result.hits.empty());
}

TEST_F(SmallCorpusSearchTest, RepeatedQueryWordCountsOnce) {
  std::string repeated;
  for (int i = 0; i < 140; ++i) {  // 980 bytes: just inside the query limit
    repeated += "Notruf ";
  }
  SearchResult once = engine_->search("Notruf");
  SearchResult many = engine_->search(repeated);
  EXPECT_EQ(test::slugs(many), test::slugs(once));
  ASSERT_FALSE(many.hits.empty());
  EXPECT_FLOAT_EQ(many.hits[0].score, once.hits[0].score);
  EXPECT_EQ(many.hits[0].why.size(), once.hits[0].why.size());
}

TEST_F(SmallCorpusSearchTest, OnlyTheFirstWordsOfALongQueryCount) {
  std::string
      words;  // limits::kMaxQueryWords distinct words that match nothing, then one that does
  for (std::size_t i = 0; i < limits::kMaxQueryWords; ++i) {
    words += "Wort" + std::string(1, static_cast<char>('a' + i % 26)) +
             std::string(1, static_cast<char>('a' + i / 26)) + " ";
  }
  EXPECT_FALSE(engine_->search("Notruf").hits.empty());
  EXPECT_TRUE(engine_->search(words + "Notruf").hits.empty());
}

TEST_F(SmallCorpusSearchTest, OffsetPagesThroughTheSameRanking) {
  SearchResult all = engine_->search("Bürger", {.limit = 10});
  ASSERT_GE(all.hits.size(), 2u);
  SearchResult second = engine_->search("Bürger", {.limit = 1, .offset = 1});
  ASSERT_EQ(second.hits.size(), 1u);
  EXPECT_EQ(second.hits[0].slug, all.hits[1].slug);
  EXPECT_EQ(second.total, all.total);
}

TEST_F(SmallCorpusSearchTest, BadLimitsAreInvalidArguments) {
  try {
    engine_->search("Zoll", {.limit = 0});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument);
  }
  EXPECT_THROW(engine_->search("   "), Error);
}

TEST_F(SmallCorpusSearchTest, NumberAliasFindsEntry) {
  EXPECT_EQ(engine_->search("110").hits.at(0).slug, "notruf");
}

struct TestEntry {
  std::string slug;
  std::string title;
  std::string body;
};

// Writes the entries as a corpus into `dir`, indexes it and opens the index.
std::shared_ptr<const Engine> indexAndOpen(test::TempDir& dir,
                                           const std::vector<TestEntry>& entries,
                                           const EngineOptions& options = {}) {
  for (const TestEntry& entry : entries) {
    dir.write("corpus/" + entry.slug + ".md",
              "---\ntitle: " + entry.title + "\n---\n" + entry.body + "\n");
  }
  writeIndex(readCorpus(dir.str() + "/corpus"), dir.str() + "/index", {});
  return Engine::open(dir.str() + "/index", options);
}

// A synonym as common as a stop word ("Mensch" in every body) finds nothing worth finding.
TEST(SynonymSearchTest, SynonymsMadeOfCommonWordsAreLeftOut) {
  test::TempDir dir;
  dir.write("thesaurus.txt", "Person;Mensch;Ansprechpartner\n");
  auto engine =
      indexAndOpen(dir,
                   {{"nachbarschaft", "Nachbarschaft", "Jeder Mensch kennt Nachbarn."},
                    {"ehrenamt", "Ehrenamt", "Ein Mensch hilft freiwillig."},
                    {"beratung", "Beratung", "Jeder Mensch darf fragen."},
                    {"opferschutz", "Opferschutz", "Kein Mensch bleibt allein."},
                    {"kontaktstelle", "Kontaktstelle", "Ein Ansprechpartner hört zu."}},
                   {.languageData = LanguageDataPaths{.thesaurus = dir.str() + "/thesaurus.txt"}});
  SearchResult result = engine->search("Person");
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].slug, "kontaktstelle");
}

// A short entry with both parts side by side against a long one that uses the compound once:
// the compound wins only because the glossary uses it, so its parts count for less.
TEST(CompoundSearchTest, EntrySayingTheCompoundBeatsEntriesWithItsPartsApart) {
  test::TempDir dir;
  auto engine = indexAndOpen(
      dir, {{"termine", "Termine",
             "Die Bürgersprechstunde beginnt um neun Uhr im Rathaus, danach folgen weitere "
             "Termine der Verwaltung für alle Anliegen, von Anträgen über Beschwerden bis zu "
             "Fragen rund um Müll, Lärm und Parkplätze im Viertel."},
            {"auskunft", "Auskunft", "Bürger erhalten hier Auskunft in der Sprechstunde."},
            {"verwaltung", "Verwaltung", "Die Verwaltung arbeitet für die Stadt."}});
  SearchResult result = engine->search("Bürgersprechstunde");
  ASSERT_EQ(result.hits.size(), 2u);
  EXPECT_EQ(result.hits[0].slug, "termine");
  EXPECT_EQ(result.hits[1].slug, "auskunft");
}

// Both titles hold a query word as a part; "Gewalt" is in almost every body, "Frauen" is not, so
// the part "Frauen" of "Frauenhaus" says more than the part "Gewalt" of "Gewaltschutz".
TEST(CompoundSearchTest, RarerWordInsideATitleOutweighsACommonOne) {
  test::TempDir dir;
  auto engine = indexAndOpen(
      dir, {{"frauenhaus", "Frauenhaus", "Ein Frauenhaus bietet Schutz vor Gewalt zu Hause."},
            {"gewaltschutz", "Gewaltschutz", "Das Gesetz schützt Frauen und Männer."},
            {"familie", "Familie", "Gewalt in der Familie bleibt oft verborgen."},
            {"schule", "Schule", "Gewalt auf dem Schulhof beginnt mit Worten."},
            {"stadion", "Stadion", "Gewalt unter Fans ist selten."},
            {"nachtleben", "Nachtleben", "Gewalt nach Mitternacht hat viele Ursachen."}});
  SearchResult result = engine->search("Gewalt gegen Frauen");
  ASSERT_GE(result.hits.size(), 2u);
  EXPECT_THAT((std::array{result.hits[0].slug, result.hits[1].slug}),
              ::testing::ElementsAre("frauenhaus", "gewaltschutz"));
}

// The bundled glossary: the acceptance checks of the README's example.
class BundledCorpusSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    writeIndex(readCorpus(test::bundledCorpus()), dir_->str(), {});
    engine_ = Engine::open(dir_->str());
  }
  static void TearDownTestSuite() {
    engine_.reset();
    delete dir_;
  }
  static std::string top(const std::string& query) {
    SearchResult result = engine_->search(query);
    return result.hits.empty() ? "" : result.hits[0].slug;
  }
  static std::vector<std::string> topSlugs(const std::string& query, std::size_t count) {
    std::vector<std::string> slugs;
    for (const SearchHit& hit : engine_->search(query, {.limit = count}).hits) {
      slugs.push_back(hit.slug);
    }
    return slugs;
  }
  static test::TempDir* dir_;
  static std::shared_ptr<const Engine> engine_;
};

test::TempDir* BundledCorpusSearchTest::dir_ = nullptr;
std::shared_ptr<const Engine> BundledCorpusSearchTest::engine_;

TEST_F(BundledCorpusSearchTest, InflectedMentionFindsBuergersprechstunde) {
  EXPECT_EQ(top("Bürgersprechstunden"), "buergersprechstunde");
  EXPECT_EQ(top("buergersprechstunde"), "buergersprechstunde");
}

TEST_F(BundledCorpusSearchTest, InflectedQueryFindsEinbruchEntries) {
  std::string first = top("Einbrüche verhindern");
  EXPECT_TRUE(first == "einbruchschutz" || first == "einbruchdiebstahl") << first;
}

TEST_F(BundledCorpusSearchTest, AbbreviationFindsAliasOwner) {
  EXPECT_EQ(top("KOB"), "kontaktbereichsbeamter");
  EXPECT_EQ(top("PKS"), "polizeiliche-kriminalstatistik");
}

TEST_F(BundledCorpusSearchTest, DottedAbbreviationFindsAcab) {
  EXPECT_EQ(top("A.C.A.B."), "acab");
}

// The four ways readers miss a title that plain stemming cannot bridge.
TEST_F(BundledCorpusSearchTest, CompoundPartSynonymAndTypoQueriesFindTheirEntryInTopThree) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Sprechstunde", "buergersprechstunde"},     // a part of the compound title
      {"Quartiersmanager", "quartiermanagement"},  // a compound sharing the modifier
      {"Kiez", "quartiermanagement"},              // a synonym from the thesaurus
      {"Enkeltrik", "enkeltrick"},                 // a typo
  };
  for (const auto& [query, slug] : cases) {
    EXPECT_THAT(topSlugs(query, 3), ::testing::Contains(slug)) << query;
  }
}

TEST_F(BundledCorpusSearchTest, LatinSingularFindsEntryUsingThePlural) {
  // The glossary only says "Jugendzentren".
  EXPECT_EQ(top("Jugendzentrum"), "jugendarbeit");
}

TEST_F(BundledCorpusSearchTest, NominalisedVerbUsesTheVerbsSynonyms) {
  // OpenThesaurus: wegschauen ~ wegsehen, which Zivilcourage explains.
  EXPECT_THAT(topSlugs("Wegschauen", 2), ::testing::Contains("zivilcourage"));
  EXPECT_EQ(top("Kiffen"), "cannabis");  // kiffen ~ Haschisch rauchen; Haschisch is an alias
}

TEST_F(BundledCorpusSearchTest, SynonymNamingAnAliasAlsoSearchesTheEntrysTitle) {
  // Only Cannabis says "Haschisch"; Cannabisprävention says "Cannabis".
  EXPECT_THAT(topSlugs("Kiffen", 3), ::testing::Contains("cannabispraevention"));
}

TEST_F(BundledCorpusSearchTest, VerbInQuestionFindsEntryAboutItsNoun) {
  EXPECT_THAT(topSlugs("Wie erkennt man, ob ein Präventionsprojekt wirkt?", 3),
              ::testing::Contains("evaluation"));  // "Wirkung", "Wirkungsevaluation"
}

TEST_F(BundledCorpusSearchTest, EntryWithEveryQueryWordRanksFirst) {
  // Bewährungshilfe matches the rare "helfen" alone (alias "Bewährungshelfer").
  EXPECT_EQ(top("Muss ich bei einem Unfall helfen?"), "unterlassene-hilfeleistung");
  EXPECT_EQ(top("Erpressung mit Nacktbildern"), "sextortion");
}

TEST_F(BundledCorpusSearchTest, WhatOtherEntriesSayDecidesBetweenEqualMentions) {
  // Beratungsstelle and Schuldnerberatung each say "Überschuldung" once; Beratungsstelle's
  // "Schuldnerberatung, die bei Überschuldung hilft" tells which one is about it.
  EXPECT_EQ(top("Überschuldung"), "schuldnerberatung");
}

TEST_F(BundledCorpusSearchTest, UnknownCompoundFallsBackToItsLastPart) {
  SearchResult result = engine_->search("Dorfpolizist");
  ASSERT_FALSE(result.hits.empty());
  EXPECT_EQ(result.didYouMean, "");
  for (const SearchHit& hit : result.hits) {
    EXPECT_THAT(hit.snippet, ::testing::HasSubstr("olizist")) << hit.slug;
  }
}

TEST_F(BundledCorpusSearchTest, TypoQueryReportsDidYouMean) {
  EXPECT_EQ(engine_->search("Enkeltrik").didYouMean, "enkeltrick");
  EXPECT_EQ(engine_->search("Enkeltrick").didYouMean, "");
}

}  // namespace
}  // namespace querverweis
