#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "LinkFixtures.h"
#include "TestSupport.h"
#include "engine/graph/RelatedConcepts.h"
#include "querverweis/Corpus.h"
#include "querverweis/Error.h"

namespace querverweis {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

using test::entry;
using test::mention;

// Entries on unrelated topics, so that similarity has something to tell apart.
std::vector<Entry> background() {
  return {entry("zoll", "Zoll",
                "Der Zoll kontrolliert Waren an den Grenzen und erhebt Abgaben auf Einfuhren.\n"),
          entry("graffiti", "Graffiti",
                "Graffiti sind Bilder und Schriftzüge an Wänden, oft ohne Erlaubnis gesprüht.\n"),
          entry("notruf", "Notruf",
                "Über den Notruf 110 erreicht man rund um die Uhr die Leitstelle.\n")};
}

std::size_t indexOf(const std::vector<Entry>& entries, const std::string& slug) {
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].slug == slug) return i;
  }
  ADD_FAILURE() << slug;
  return 0;
}

struct Corpus {
  std::vector<Entry> entries = background();
  std::vector<std::vector<LinkSuggestion>> links = std::vector<std::vector<LinkSuggestion>>(3);

  const Entry& add(Entry e) {
    entries.push_back(std::move(e));
    links.emplace_back();
    return entries.back();
  }
  void link(const std::string& source, const std::string& surface, const std::string& target,
            LinkKind kind = LinkKind::Exact) {
    const std::size_t i = indexOf(entries, source);
    links[i].push_back(mention(entries[i], surface, target, kind));
  }
  RelatedConcepts build(const Thesaurus* thesaurus = nullptr) const {
    return RelatedConcepts(entries, links, test::analyzeWith(test::analyzerFor("full")), thesaurus);
  }
};

std::vector<std::string> slugs(const std::vector<RelatedConcept>& related) {
  std::vector<std::string> result;
  for (const RelatedConcept& concept_ : related) result.push_back(concept_.slug);
  return result;
}

RelatedConcept find(const std::vector<RelatedConcept>& related, const std::string& slug) {
  auto found = std::find_if(related.begin(), related.end(),
                            [&](const RelatedConcept& c) { return c.slug == slug; });
  if (found == related.end()) {
    ADD_FAILURE() << slug << " is not related";
    return {};
  }
  return *found;
}

std::size_t rankOf(const std::vector<RelatedConcept>& related, const std::string& slug) {
  std::vector<std::string> order = slugs(related);
  return static_cast<std::size_t>(std::find(order.begin(), order.end(), slug) - order.begin());
}

Corpus quartier() {
  Corpus corpus;
  corpus.add(entry("quartiermanagement", "Quartiermanagement",
                   "Quartiermanagement verbessert das Zusammenleben im Stadtteil.\n\n"
                   "## Dialog verbessern\n\n"
                   "Die Polizei ist eingebunden, von Präventionsmaßnahmen bis zu "
                   "Bürgersprechstunden.\n"));
  corpus.add(entry("buergersprechstunde", "Bürgersprechstunde",
                   "In der Bürgersprechstunde beantworten Beamte Fragen der Anwohner im "
                   "Quartier.\n"));
  corpus.link("quartiermanagement", "Bürgersprechstunden", "buergersprechstunde",
              LinkKind::Inflected);
  return corpus;
}

TEST(RelatedConceptsTest, MentionedEntryRanksFirst) {
  RelatedConcepts related = quartier().build();
  std::vector<RelatedConcept> result = related.related("quartiermanagement");
  ASSERT_FALSE(result.empty());
  EXPECT_EQ(result[0].slug, "buergersprechstunde");
  EXPECT_EQ(result[0].title, "Bürgersprechstunde");
  EXPECT_GT(result[0].score, 0.0);
}

TEST(RelatedConceptsTest, ReasonQuotesMentionAndSection) {
  RelatedConcepts related = quartier().build();
  RelatedConcept concept_ = find(related.related("quartiermanagement"), "buergersprechstunde");
  EXPECT_THAT(concept_.reasons,
              Contains("erwähnt „Bürgersprechstunden“ im Abschnitt „Dialog verbessern“"));
}

TEST(RelatedConceptsTest, ReasonPlacesMentionBeforeFirstSectionInIntroduction) {
  Corpus corpus = quartier();
  corpus.add(entry("stadtteilbuero", "Stadtteilbüro", "Ein Büro für die Anwohner im Stadtteil.\n"));
  corpus.link("quartiermanagement", "Stadtteil", "stadtteilbuero", LinkKind::Compound);
  RelatedConcepts related = corpus.build();
  EXPECT_THAT(find(related.related("quartiermanagement"), "stadtteilbuero").reasons,
              Contains("erwähnt „Stadtteil“ in der Einleitung"));
}

TEST(RelatedConceptsTest, ReasonWithoutSectionsQuotesOnlyTheMention) {
  Corpus corpus = quartier();
  corpus.link("buergersprechstunde", "Quartier", "quartiermanagement", LinkKind::Compound);
  RelatedConcepts related = corpus.build();
  EXPECT_THAT(find(related.related("buergersprechstunde"), "quartiermanagement").reasons,
              Contains("erwähnt „Quartier“"));
}

TEST(RelatedConceptsTest, MentionedEntryExplainsWhereItIsMentioned) {
  RelatedConcepts related = quartier().build();
  RelatedConcept concept_ = find(related.related("buergersprechstunde"), "quartiermanagement");
  EXPECT_THAT(concept_.reasons,
              Contains("wird in „Quartiermanagement“ erwähnt („Bürgersprechstunden“)"));
}

TEST(RelatedConceptsTest, ExplicitLinkCountsAsMention) {
  Corpus corpus;
  corpus.add(entry("opferschutz", "Opferschutz",
                   "Opferschutz umfasst Beratung und Begleitung.\n\n## Hilfe\n\n"
                   "Der [Weiße Ring](weisser-ring) begleitet Betroffene.\n"));
  corpus.add(entry("weisser-ring", "Weißer Ring", "Ein Verein, der Kriminalitätsopfern hilft.\n"));
  RelatedConcepts related = corpus.build();
  std::vector<RelatedConcept> result = related.related("opferschutz");
  ASSERT_FALSE(result.empty());
  EXPECT_EQ(result[0].slug, "weisser-ring");
  EXPECT_THAT(result[0].reasons, Contains("verlinkt „Weiße Ring“ im Abschnitt „Hilfe“"));
}

TEST(RelatedConceptsTest, MutualMentionBeatsOneWayMention) {
  // Both targets share as many words with the source; only Opferbefragung links back.
  Corpus corpus;
  corpus.add(entry("dunkelfeld", "Dunkelfeld",
                   "Das Dunkelfeld umfasst Delikte, die niemand anzeigt. Es ergänzt das "
                   "Hellfeld; erforscht wird es mit der Opferbefragung.\n"));
  corpus.add(entry("hellfeld", "Hellfeld", "Das Hellfeld zählt die registrierten Straftaten.\n"));
  corpus.add(
      entry("opferbefragung", "Opferbefragung",
            "Eine Opferbefragung erhellt das [Verborgene](dunkelfeld) hinter Straftaten.\n"));
  corpus.link("dunkelfeld", "Hellfeld", "hellfeld");
  corpus.link("dunkelfeld", "Opferbefragung", "opferbefragung");
  std::vector<RelatedConcept> result = corpus.build().related("dunkelfeld");
  EXPECT_LT(rankOf(result, "opferbefragung"), rankOf(result, "hellfeld"));
}

TEST(RelatedConceptsTest, MentionInOpeningBeatsMentionInLaterSection) {
  Corpus corpus;
  corpus.add(
      entry("einbruchschutz", "Einbruchschutz",
            "Einbruchschutz macht es Tätern schwer; er beginnt mit einer Beratungsstelle.\n\n"
            "## Technik\n\nAuch eine Videoüberwachung kann helfen.\n"));
  // Bodies alike in length and sharing no words with the source, so only the mention differs.
  corpus.add(entry("beratungsstelle", "Beratungsstelle", "Kostenlose Tipps gibt die Polizei.\n"));
  corpus.add(entry("videoueberwachung", "Videoüberwachung", "Kameras zeichnen Plätze auf.\n"));
  corpus.link("einbruchschutz", "Beratungsstelle", "beratungsstelle");
  corpus.link("einbruchschutz", "Videoüberwachung", "videoueberwachung");
  std::vector<RelatedConcept> result = corpus.build().related("einbruchschutz");
  EXPECT_LT(rankOf(result, "beratungsstelle"), rankOf(result, "videoueberwachung"));
}

TEST(RelatedConceptsTest, ExactMentionBeatsCompoundMention) {
  Corpus corpus;
  corpus.add(entry("jugendschutz", "Jugendschutz",
                   "Jugendschutz regelt Alkohol und Medien; Präventionsarbeit und "
                   "Sucht sind Themen.\n"));
  corpus.add(entry("praevention", "Prävention", "Vorbeugen statt reagieren.\n"));
  corpus.add(entry("sucht", "Sucht", "Abhängigkeit von Stoffen oder Verhalten.\n"));
  corpus.link("jugendschutz", "Präventionsarbeit", "praevention", LinkKind::Compound);
  corpus.link("jugendschutz", "Sucht", "sucht");
  std::vector<RelatedConcept> result = corpus.build().related("jugendschutz");
  EXPECT_LT(rankOf(result, "sucht"), rankOf(result, "praevention"));
}

TEST(RelatedConceptsTest, MentionedNameIsNotCountedAgainAsSharedTerm) {
  RelatedConcepts related = quartier().build();
  for (const auto& [from, to] : {std::pair{"quartiermanagement", "buergersprechstunde"},
                                 std::pair{"buergersprechstunde", "quartiermanagement"}}) {
    RelatedConcept concept_ = find(related.related(from), to);
    EXPECT_THAT(concept_.reasons, Contains("gemeinsame Begriffe: Quartier")) << from;
    EXPECT_THAT(concept_.reasons,
                Not(Contains(AllOf(HasSubstr("gemeinsame Begriffe"), HasSubstr("sprechstunde")))))
        << from;
  }
}

TEST(RelatedConceptsTest, NameCountsAsSharedTermWithoutMention) {
  Corpus corpus = quartier();
  corpus.links = std::vector<std::vector<LinkSuggestion>>(corpus.entries.size());
  RelatedConcept concept_ =
      find(corpus.build().related("quartiermanagement"), "buergersprechstunde");
  EXPECT_THAT(concept_.reasons, Contains(HasSubstr("Bürgersprechstunde")));
}

Corpus burglary() {
  Corpus corpus;
  corpus.add(entry("einbruchschutz", "Einbruchschutz",
                   "Gute Schlösser an der Wohnungstür und gesicherte Fenster halten Einbrecher "
                   "auf. Die meisten Einbrecher geben nach wenigen Minuten auf.\n"));
  corpus.add(entry("einbruchdiebstahl", "Einbruchdiebstahl",
                   "Einbrecher kommen meist durch Fenster oder die Wohnungstür. Viele Einbrecher "
                   "suchen Bargeld und Schmuck.\n"));
  return corpus;
}

TEST(RelatedConceptsTest, SimilarTextsRelateWithoutLinks) {
  std::vector<RelatedConcept> result = burglary().build().related("einbruchschutz");
  ASSERT_FALSE(result.empty());
  EXPECT_EQ(result[0].slug, "einbruchdiebstahl");
}

TEST(RelatedConceptsTest, SharedTermsAreShownAsWritten) {
  std::vector<RelatedConcept> result = burglary().build().related("einbruchschutz");
  RelatedConcept concept_ = find(result, "einbruchdiebstahl");
  ASSERT_FALSE(concept_.reasons.empty());
  EXPECT_THAT(concept_.reasons[0], HasSubstr("gemeinsame Begriffe: "));
  EXPECT_THAT(concept_.reasons[0], HasSubstr("Einbrecher"));
  EXPECT_THAT(concept_.reasons[0], HasSubstr("Wohnungstür"));
}

TEST(RelatedConceptsTest, SharedNeighboursRelateAndAreNamed) {
  Corpus corpus;
  corpus.add(entry("enkeltrick", "Enkeltrick", "Anrufer geben sich als Verwandte aus.\n"));
  corpus.add(entry("schockanruf", "Schockanruf", "Eine erfundene Notlage am Telefon.\n"));
  corpus.add(entry("seniorenpraevention", "Seniorenprävention",
                   "Aufklärung über den Enkeltrick und den Schockanruf.\n"));
  corpus.link("seniorenpraevention", "Enkeltrick", "enkeltrick");
  corpus.link("seniorenpraevention", "Schockanruf", "schockanruf");
  std::vector<RelatedConcept> result = corpus.build().related("enkeltrick");
  EXPECT_THAT(find(result, "schockanruf").reasons,
              Contains("gemeinsame Nachbarn: Seniorenprävention"));
}

TEST(RelatedConceptsTest, SharedTagsRelateAndAreNamed) {
  Corpus corpus;
  corpus.add(parseMarkdownEntry("enkeltrick",
                                "---\ntitle: Enkeltrick\ntags: [Betrug, Senioren]\n---\n"
                                "Anrufer geben sich als Verwandte aus.\n",
                                "enkeltrick.md"));
  corpus.add(parseMarkdownEntry("trickbetrug",
                                "---\ntitle: Trickbetrug\ntags: [Senioren, Betrug]\n---\n"
                                "Täuschung an der Haustür.\n",
                                "trickbetrug.md"));
  std::vector<RelatedConcept> result = corpus.build().related("enkeltrick");
  ASSERT_FALSE(result.empty());
  EXPECT_EQ(result[0].slug, "trickbetrug");
  EXPECT_THAT(result[0].reasons,
              Contains(AllOf(HasSubstr("gemeinsame Schlagwörter: "), HasSubstr("Senioren"))));
}

TEST(RelatedConceptsTest, SharedCompoundPartIsShownAsWritten) {
  Corpus corpus;
  corpus.add(entry("enkeltrick", "Enkeltrick", "Anrufer geben sich als Verwandte aus.\n"));
  corpus.add(entry("trickbetrug", "Trickbetrug", "Täuschung an der Haustür.\n"));
  std::vector<RelatedConcept> result = corpus.build().related("enkeltrick");
  ASSERT_FALSE(result.empty());
  EXPECT_EQ(result[0].slug, "trickbetrug");
  EXPECT_THAT(result[0].reasons, Contains("gemeinsame Begriffe: Trick"));
}

TEST(RelatedConceptsTest, ThesaurusRelatesTitles) {
  Corpus corpus;
  corpus.add(entry("buergerwehr", "Bürgerwehr", "Selbst ernannte Streifen ohne Befugnisse.\n"));
  corpus.add(entry("sicherheitswacht", "Sicherheitswacht", "Ehrenamtliche helfen der Polizei.\n"));
  Thesaurus thesaurus;
  thesaurus.addSet({"Bürgerwehr", "Sicherheitswacht", "Nachtwache"});
  std::vector<RelatedConcept> result = corpus.build(&thesaurus).related("buergerwehr");
  ASSERT_FALSE(result.empty());
  EXPECT_EQ(result[0].slug, "sicherheitswacht");
  EXPECT_THAT(result[0].reasons[0], HasSubstr("laut Thesaurus bedeutungsverwandt"));
}

TEST(RelatedConceptsTest, AliasThatIsAnotherEntrysTitleRelates) {
  Corpus corpus;
  corpus.add(parseMarkdownEntry("kontaktbereichsbeamter",
                                "---\ntitle: Kontaktbereichsbeamter\naliases: [Bezirksbeamter]\n"
                                "---\nAnsprechpartner der Polizei im Viertel.\n",
                                "kontaktbereichsbeamter.md"));
  corpus.add(entry("bezirksbeamter", "Bezirksbeamter", "So heißt der Posten in Berlin.\n"));
  std::vector<RelatedConcept> result = corpus.build().related("kontaktbereichsbeamter");
  ASSERT_FALSE(result.empty());
  EXPECT_EQ(result[0].slug, "bezirksbeamter");
  EXPECT_THAT(result[0].reasons, Contains("„Bezirksbeamter“ ist auch ein Name für "
                                          "„Kontaktbereichsbeamter“"));
}

TEST(RelatedConceptsTest, NameBuiltOnAnotherTitleRelates) {
  Corpus corpus;
  corpus.add(entry("mobbing", "Mobbing", "Wiederholtes Schikanieren in Schule oder Beruf.\n"));
  corpus.add(entry("cybermobbing", "Cybermobbing", "Beleidigungen in Chats und Netzwerken.\n"));
  std::vector<RelatedConcept> result = corpus.build().related("mobbing");
  ASSERT_FALSE(result.empty());
  EXPECT_EQ(result[0].slug, "cybermobbing");
  EXPECT_THAT(result[0].reasons, Contains("der Name „Cybermobbing“ enthält „Mobbing“"));
}

TEST(RelatedConceptsTest, EntryIsNeverRelatedToItself) {
  Corpus corpus = quartier();
  corpus.link("quartiermanagement", "Quartiermanagement", "quartiermanagement");
  corpus.entries.push_back(entry("stadtteilbuero", "Stadtteilbüro",
                                 "Sitz des [Stadtteilbüros](stadtteilbuero) und des "
                                 "Quartiermanagement im Stadtteil.\n"));
  corpus.links.emplace_back();
  RelatedConcepts related = corpus.build();
  for (const Entry& e : corpus.entries) {
    EXPECT_THAT(slugs(related.related(e.slug, 50)), ::testing::Not(Contains(e.slug))) << e.slug;
  }
}

TEST(RelatedConceptsTest, UnknownSlugIsNotFound) {
  RelatedConcepts related = quartier().build();
  try {
    related.related("kiez");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
}

TEST(RelatedConceptsTest, LimitCapsTheList) {
  Corpus corpus = quartier();
  corpus.add(entry("stadtteilbuero", "Stadtteilbüro", "Ein Büro für die Anwohner im Stadtteil.\n"));
  corpus.link("quartiermanagement", "Stadtteil", "stadtteilbuero", LinkKind::Compound);
  RelatedConcepts related = corpus.build();
  EXPECT_EQ(related.related("quartiermanagement", 1).size(), 1u);
  EXPECT_EQ(related.related("quartiermanagement", 0).size(), 0u);
  EXPECT_GE(related.related("quartiermanagement", 5).size(), 2u);
}

TEST(RelatedConceptsTest, WrongNumberOfLinkListsIsRejected) {
  Corpus corpus = quartier();
  corpus.links.pop_back();
  try {
    corpus.build();
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument);
  }
}

}  // namespace
}  // namespace querverweis
