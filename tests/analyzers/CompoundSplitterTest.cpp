#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyzers/CompoundSplitter.h"

namespace querverweis {
namespace {

// The parts as they are written inside the word.
std::vector<std::string> surfaces(const std::vector<CompoundPart>& parts, std::string_view word) {
  std::vector<std::string> out;
  for (const auto& p : parts) out.emplace_back(word.substr(p.begin, p.end - p.begin));
  return out;
}

std::vector<std::string> texts(const std::vector<CompoundPart>& parts) {
  std::vector<std::string> out;
  for (const auto& p : parts) out.push_back(p.text);
  return out;
}

std::vector<std::string> surfacesOf(const CompoundSplitter& splitter, std::string_view word) {
  return surfaces(splitter.split(word), word);
}

CompoundSplitter splitterWith(std::initializer_list<std::string_view> words) {
  CompoundSplitter splitter;
  for (auto w : words) splitter.addWord(w);
  return splitter;
}

using Parts = std::vector<std::string>;

TEST(CompoundSplitterTest, SplitsLinkingMorphemeS) {
  auto splitter = splitterWith({"Prävention", "Präventions", "Rat", "Sicherheit", "Gefühl"});
  EXPECT_EQ(surfacesOf(splitter, "präventionsrat"), (Parts{"prävention", "rat"}));
  // -ung/-heit/-keit nouns take -s- even when the list has no genitive form.
  EXPECT_EQ(surfacesOf(splitter, "sicherheitsgefühl"), (Parts{"sicherheit", "gefühl"}));
}

TEST(CompoundSplitterTest, SplitsLinkingMorphemesEnErEEsEnsN) {
  auto splitter = splitterWith({"Frau", "Frauen", "Haus", "Kind", "Kinder", "Garten", "Hund",
                                "Hunde", "Hütte", "Bund", "Bundes", "Land", "Herz", "Herzens",
                                "Wunsch", "Sonne", "Sonnen", "Schein"});
  EXPECT_EQ(surfacesOf(splitter, "frauenhaus"), (Parts{"frau", "haus"}));
  EXPECT_EQ(surfacesOf(splitter, "kindergarten"), (Parts{"kind", "garten"}));
  EXPECT_EQ(surfacesOf(splitter, "hundehütte"), (Parts{"hund", "hütte"}));
  EXPECT_EQ(surfacesOf(splitter, "bundesland"), (Parts{"bund", "land"}));
  EXPECT_EQ(surfacesOf(splitter, "herzenswunsch"), (Parts{"herz", "wunsch"}));
  EXPECT_EQ(surfacesOf(splitter, "sonnenschein"), (Parts{"sonne", "schein"}));
}

TEST(CompoundSplitterTest, LinkingElementNeedsAnAttestedWordForm) {
  // "Bahns" is no German word form, so "bahnsteig" is Bahn + Steig, not Bahn + -s- + Teig.
  auto splitter = splitterWith({"Bahn", "Steig", "Teig"});
  EXPECT_EQ(surfacesOf(splitter, "bahnsteig"), (Parts{"bahn", "steig"}));
}

TEST(CompoundSplitterTest, ReportsByteSpansWithoutLinkingElement) {
  auto splitter = splitterWith({"Kriminalität", "Kriminalitäts", "Furcht"});
  auto parts = splitter.split("kriminalitätsfurcht");
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].begin, 0u);
  EXPECT_EQ(parts[0].end, std::string("kriminalität").size());
  EXPECT_EQ(parts[1].begin, std::string("kriminalitäts").size());
  EXPECT_EQ(parts[1].end, std::string("kriminalitätsfurcht").size());
  EXPECT_EQ(texts(parts), (Parts{"kriminalität", "furcht"}));
}

TEST(CompoundSplitterTest, SplitsThreeAndFourParts) {
  auto splitter = splitterWith({"Einbruch", "Schutz", "Beratung", "Beratungs", "Stelle", "Haft",
                                "Pflicht", "Versicherung", "Vertrag"});
  EXPECT_EQ(surfacesOf(splitter, "einbruchschutzberatung"),
            (Parts{"einbruch", "schutz", "beratung"}));
  EXPECT_EQ(surfacesOf(splitter, "einbruchschutzberatungsstelle"),
            (Parts{"einbruch", "schutz", "beratung", "stelle"}));
  EXPECT_EQ(surfacesOf(splitter, "haftpflichtversicherungsvertrag"),
            (Parts{"haft", "pflicht", "versicherung", "vertrag"}));
}

TEST(CompoundSplitterTest, SplitsPartsThatAreCompoundsInTheWordList) {
  // Stadt- starts two listed compounds with different heads: productive, so Stadtteil splits too.
  auto splitter = splitterWith({"Stadt", "Teil", "Rat", "Büro", "Stadtteil", "Stadtrat"});
  EXPECT_EQ(surfacesOf(splitter, "stadtteilbüro"), (Parts{"stadt", "teil", "büro"}));
  EXPECT_EQ(surfacesOf(splitter, "stadtteil"), (Parts{"stadt", "teil"}));
}

TEST(CompoundSplitterTest, KeepsListedWordWhoseModifierIsUnproductive) {
  // Dieb- + Stahl occurs only in Diebstahl: an accident of spelling, not a compound.
  auto splitter = splitterWith({"Dieb", "Stahl", "Tasche", "Taschen", "Diebstahl"});
  EXPECT_TRUE(splitter.split("diebstahl").empty());
  EXPECT_EQ(surfacesOf(splitter, "taschendiebstahl"), (Parts{"tasche", "diebstahl"}));
}

TEST(CompoundSplitterTest, AcceptsInflectedHead) {
  auto listed = splitterWith({"Bürger", "Sprechstunde", "Sprechstunden"});
  EXPECT_EQ(surfacesOf(listed, "bürgersprechstunden"), (Parts{"bürger", "sprechstunden"}));
  // Only the base form known: the ending stays with the last part, the text is the base form.
  auto baseOnly = splitterWith({"Bürger", "Meister", "Projekt", "Prävention"});
  auto parts = baseOnly.split("bürgermeisters");
  EXPECT_EQ(surfaces(parts, "bürgermeisters"), (Parts{"bürger", "meisters"}));
  EXPECT_EQ(texts(parts), (Parts{"bürger", "meister"}));
  EXPECT_EQ(surfacesOf(baseOnly, "präventionsprojekte"), (Parts{"prävention", "projekte"}));
}

TEST(CompoundSplitterTest, MatchesElidedModifier) {
  auto splitter = splitterWith({"Schule", "Hof", "Strafe", "Tat"});
  auto parts = splitter.split("schulhof");
  EXPECT_EQ(surfaces(parts, "schulhof"), (Parts{"schul", "hof"}));
  EXPECT_EQ(texts(parts), (Parts{"schule", "hof"}));
  EXPECT_EQ(surfacesOf(splitter, "straftat"), (Parts{"straf", "tat"}));
}

TEST(CompoundSplitterTest, KeepsNonCompoundsWhole) {
  auto splitter = splitterWith({"Verrat", "Rat", "Beratung", "Nachbar", "nach", "bar",
                                "Wissenschaft", "Wissen", "Schaft", "Einbruch", "ein", "Bruch",
                                "fehlerhaft", "Fehler", "Haft", "sichtbar", "Sicht"});
  for (const char* word : {"verrat", "beratung", "nachbar", "wissenschaft", "einbruch",
                           "fehlerhaft", "sichtbar", "rat"}) {
    EXPECT_TRUE(splitter.split(word).empty()) << word;
  }
}

TEST(CompoundSplitterTest, CountsUmlautsAndSharpSAsOneLetter) {
  // "öl" is three bytes but two letters: too short for a part with the default minimum of 3.
  auto splitter =
      splitterWith({"Öl", "Heizung", "Tee", "Kanne", "Fuß", "Ball", "Bär", "Bären", "Höhle"});
  EXPECT_TRUE(splitter.split("ölheizung").empty());
  EXPECT_EQ(surfacesOf(splitter, "teekanne"), (Parts{"tee", "kanne"}));
  EXPECT_EQ(surfacesOf(splitter, "fußball"), (Parts{"fuß", "ball"}));
  auto parts = splitter.split("bärenhöhle");
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].end, std::string("bär").size());
  EXPECT_EQ(parts[1].begin, std::string("bären").size());
}

TEST(CompoundSplitterTest, WorksOnUmlautFoldedInput) {
  auto splitter = splitterWith({"Gruen", "Flaeche", "Sicherheit", "Gefuehl"});
  EXPECT_EQ(surfacesOf(splitter, "gruenflaeche"), (Parts{"gruen", "flaeche"}));
  EXPECT_EQ(surfacesOf(splitter, "sicherheitsgefuehl"), (Parts{"sicherheit", "gefuehl"}));
}

TEST(CompoundSplitterTest, PreferredWordWinsTie) {
  // Stau|becken and Staub|ecken are both valid; without preferences the longer parts win.
  auto plain = splitterWith({"Stau", "Staub", "Becken", "Ecken"});
  EXPECT_EQ(surfacesOf(plain, "staubecken"), (Parts{"stau", "becken"}));

  auto glossary = splitterWith({"Stau", "Becken", "Ecken"});
  glossary.addWord("Staub", /*preferred=*/true);
  EXPECT_EQ(surfacesOf(glossary, "staubecken"), (Parts{"staub", "ecken"}));
}

}  // namespace
}  // namespace querverweis
