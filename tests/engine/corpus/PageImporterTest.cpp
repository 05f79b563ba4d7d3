#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "querverweis/Corpus.h"
#include "querverweis/Error.h"

namespace querverweis {
namespace {

const char* const kSeedPath = QV_SOURCE_DIR "/../shared/seeds/000_2d259f2d4b3c06c6.txt";

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    return {};
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

ImportedEntry importFixture(const std::string& name) {
  return importExportedPage(readFile(QV_SOURCE_DIR "/tests/data/pages/" + name), name);
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The message of the Error the import throws, "" if it succeeds.
std::string importError(std::string_view page,
                        ErrorKind expectedKind = ErrorKind::InvalidArgument) {
  try {
    importExportedPage(page, "seite.txt");
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), expectedKind);
    return error.what();
  }
  return "";
}

TEST(PageImporterTest, TakesTitleFromLineAfterNavigationBlurb) {
  ImportedEntry entry = importFixture("zivilcourage.txt");
  EXPECT_EQ(entry.title, "Zivilcourage");
  EXPECT_EQ(entry.slug, "zivilcourage");
  EXPECT_EQ(entry.markdown.rfind("---\ntitle: Zivilcourage\n---\n\nZivilcourage bedeutet,", 0), 0u)
      << entry.markdown;
}

TEST(PageImporterTest, DropsSiteHeaderBlurbAndBackLink) {
  for (const char* name : {"zivilcourage.txt", "enkeltrick.txt", "k-o-tropfen.txt"}) {
    ImportedEntry entry = importFixture(name);
    EXPECT_FALSE(contains(entry.markdown, "►")) << name;
    EXPECT_FALSE(contains(entry.markdown, "Prävention kompakt")) << name;
    EXPECT_FALSE(contains(entry.markdown, "Auf diesen Seiten")) << name;
    EXPECT_FALSE(contains(entry.markdown, "Zurück")) << name;
    EXPECT_FALSE(contains(entry.markdown, "Nach oben")) << name;
  }
}

TEST(PageImporterTest, TurnsShortLineBeforeTextIntoSection) {
  ImportedEntry entry = importFixture("zivilcourage.txt");
  EXPECT_TRUE(contains(entry.markdown, "\n\n## Sechs Regeln für den Ernstfall\n\nDie Polizei"));
  EXPECT_TRUE(contains(entry.markdown, "\n\n## Hilfe für Helfer\n\nWer sich einmischt"));
}

TEST(PageImporterTest, AcceptsQuestionAsSectionHeading) {
  EXPECT_TRUE(contains(importFixture("enkeltrick.txt").markdown, "\n## Noch Fragen?\n"));
  EXPECT_TRUE(contains(importFixture("k-o-tropfen.txt").markdown,
                       "\n## Woran erkennt man eine Vergiftung?\n\nTypisch"));
}

TEST(PageImporterTest, MakesSectionOfShortLineBeforeList) {
  EXPECT_TRUE(contains(importFixture("k-o-tropfen.txt").markdown,
                       "\n## Was Gäste tun können\n\n- Getränke nicht unbeaufsichtigt"));
}

TEST(PageImporterTest, KeepsListIntroEndingWithColonAsParagraph) {
  ImportedEntry entry = importFixture("enkeltrick.txt");
  EXPECT_TRUE(
      contains(entry.markdown, "\n\nKurz gesagt:\nAuflegen, nachfragen, niemals zahlen.\n"));
  EXPECT_FALSE(contains(entry.markdown, "## Kurz gesagt"));
}

TEST(PageImporterTest, KeepsShortLastLineAsParagraphNotSection) {
  ImportedEntry entry = importFixture("enkeltrick.txt");
  EXPECT_FALSE(contains(entry.markdown, "## Vorsicht am Telefon"));
  EXPECT_TRUE(entry.markdown.size() >= 21 &&
              entry.markdown.substr(entry.markdown.size() - 21) == "\nVorsicht am Telefon\n")
      << entry.markdown;
}

TEST(PageImporterTest, KeepsListItemsAsMarkdownList) {
  ImportedEntry entry = importFixture("zivilcourage.txt");
  EXPECT_TRUE(contains(entry.markdown,
                       "kann:\n\n- Ich helfe, ohne mich selbst in Gefahr zu bringen;\n"
                       "- Ich fordere andere aktiv und direkt zur Mithilfe auf;\n"
                       "- Ich beobachte genau und präge mir Merkmale des Täters ein;\n"
                       "- Ich organisiere Hilfe unter Notruf 110;\n"
                       "- Ich kümmere mich um Opfer;\n"
                       "- Ich stelle mich als Zeuge zur Verfügung.\n\n## Hilfe"))
      << entry.markdown;
}

TEST(PageImporterTest, SplitsIntroLineFromListInSameBlock) {
  ImportedEntry entry = importFixture("enkeltrick.txt");
  EXPECT_TRUE(contains(entry.markdown,
                       "nicht sofort erkennen:\n\n- Legen Sie auf und rufen Sie die Person"))
      << entry.markdown;
  EXPECT_TRUE(contains(entry.markdown, "\n- Übergeben Sie niemals Geld an Unbekannte.\n"));
}

TEST(PageImporterTest, FlattensPlaceholderAndExternalLinks) {
  ImportedEntry zivilcourage = importFixture("zivilcourage.txt");
  EXPECT_TRUE(contains(zivilcourage.markdown, "mit der Aktion-tu-was Regeln"));
  EXPECT_TRUE(contains(zivilcourage.markdown, "Hilfe unter Notruf 110;"));
  EXPECT_TRUE(contains(zivilcourage.markdown, "örtlichen Opferberatungsstellen."));
  EXPECT_FALSE(contains(zivilcourage.markdown, "https://"));
  EXPECT_FALSE(contains(zivilcourage.markdown, "](#)"));
  EXPECT_FALSE(contains(zivilcourage.markdown, "]()"));

  ImportedEntry enkeltrick = importFixture("enkeltrick.txt");
  EXPECT_TRUE(contains(enkeltrick.markdown, "als Polizeibeamte ausgeben"));
  EXPECT_TRUE(contains(enkeltrick.markdown, "siehe www.polizei-beratung.de."));
}

TEST(PageImporterTest, KeepsLinkToAnotherEntrySlug) {
  EXPECT_TRUE(contains(importFixture("zivilcourage.txt").markdown, "[Weiße Ring](weisser-ring)"));
  EXPECT_TRUE(contains(importFixture("enkeltrick.txt").markdown, "[Schockanruf](schockanruf)"));
}

TEST(PageImporterTest, KeepsShortTitleDirectlyAfterHeaderWithoutBlurb) {
  ImportedEntry entry = importFixture("k-o-tropfen.txt");
  EXPECT_EQ(entry.title, "K.-o.-Tropfen");
  EXPECT_EQ(entry.slug, "k-o-tropfen");
  EXPECT_EQ(entry.markdown.rfind("---\ntitle: K.-o.-Tropfen\n---\n\nK.-o.-Tropfen sind", 0), 0u)
      << entry.markdown;
}

TEST(PageImporterTest, ProducesExactMarkdownLayout) {
  ImportedEntry entry = importExportedPage(
      "► Prävention kompakt\n\nAuf diesen Seiten finden Sie nützliche Erklärungen.\n\n"
      "Schockanruf\n\nBetrüger geben sich am Telefon als Polizisten aus.\n\nSo reagieren Sie\n\n"
      "- Auflegen;\n- Die 110 selbst wählen.\n\n[Zurück](#)\n",
      "schockanruf.txt");
  EXPECT_EQ(entry.markdown,
            "---\ntitle: Schockanruf\n---\n\n"
            "Betrüger geben sich am Telefon als Polizisten aus.\n\n"
            "## So reagieren Sie\n\n"
            "- Auflegen;\n- Die 110 selbst wählen.\n");
}

TEST(PageImporterTest, IgnoresCrlfBomAndTrailingSpaces) {
  const std::string unix =
      "► Prävention kompakt\n\nAuf diesen Seiten finden Sie nützliche Erklärungen.\n\n"
      "Stalking\n\nStalking ist das beharrliche Nachstellen einer Person.\n\nHilfe finden\n\n"
      "- Beratungsstellen;\n- Polizei.\n\n[Zurück](#)\n";
  const std::string windows =
      "\xEF\xBB\xBF► Prävention kompakt  \r\n\r\nAuf diesen Seiten finden Sie nützliche "
      "Erklärungen. \r\n \r\nStalking   \r\n\r\nStalking ist das beharrliche Nachstellen einer "
      "Person.\t\r\n\r\nHilfe finden \r\n\r\n- Beratungsstellen; \r\n- Polizei.\r\n\r\n[Zurück](#) "
      "\r\n";
  ImportedEntry expected = importExportedPage(unix, "unix.txt");
  ImportedEntry actual = importExportedPage(windows, "windows.txt");
  EXPECT_EQ(actual.title, "Stalking");
  EXPECT_EQ(actual.slug, "stalking");
  EXPECT_EQ(actual.markdown, expected.markdown);
  EXPECT_FALSE(contains(actual.markdown, "\r"));
}

TEST(PageImporterTest, QuotesTitleOnlyWhenYamlNeedsIt) {
  EXPECT_TRUE(contains(importExportedPage("Notruf: 110\n\nText.\n", "a.txt").markdown,
                       "title: \"Notruf: 110\"\n"));
  EXPECT_TRUE(contains(importExportedPage("110\n\nDie Notrufnummer.\n", "b.txt").markdown,
                       "title: \"110\"\n"));
  EXPECT_TRUE(contains(importExportedPage("\"Loverboy\"-Methode\n\nText.\n", "c.txt").markdown,
                       "title: \"\\\"Loverboy\\\"-Methode\"\n"));
  EXPECT_TRUE(
      contains(importExportedPage("A.C.A.B.\n\nText.\n", "d.txt").markdown, "title: A.C.A.B.\n"));
}

TEST(PageImporterTest, RejectsEmptyPage) {
  EXPECT_EQ(importError(""), "seite.txt:1: empty page");
  EXPECT_EQ(importError("\xEF\xBB\xBF  \r\n\r\n\t\n"), "seite.txt:1: empty page");
}

TEST(PageImporterTest, RejectsPageWithOnlyNavigation) {
  std::string message = importError(
      "► Prävention kompakt\n\nAuf diesen Seiten finden Sie nützliche Erklärungen von "
      "Begriffen rund um das Thema Prävention.\n\n[Zurück](#)\n");
  EXPECT_TRUE(contains(message, "seite.txt:")) << message;
  EXPECT_TRUE(contains(message, "no title")) << message;
}

TEST(PageImporterTest, RejectsPageStartingWithParagraphInsteadOfTitle) {
  std::string message = importError(
      "\n\nBeim Enkeltrick geben sich Betrüger am Telefon als Verwandte aus und bitten ältere "
      "Menschen um Bargeld für einen angeblichen Notfall.\n");
  EXPECT_TRUE(contains(message, "seite.txt:3: no title found")) << message;
}

TEST(PageImporterTest, ReportsLineOfInvalidUtf8) {
  std::string message =
      importError("Enkeltrick\r\n\r\nBetr\xFCger rufen an.\r\nSie geben sich als Enkel aus.\r\n");
  EXPECT_TRUE(contains(message, "seite.txt:3: invalid UTF-8")) << message;
  EXPECT_TRUE(contains(message, "0xFC")) << message;
}

TEST(PageImporterTest, RejectsTitleThatGivesNoSlug) {
  std::string message = importError("► Prävention kompakt\n\n„…“\n\nText.\n");
  EXPECT_TRUE(contains(message, "seite.txt:3: title")) << message;
}

TEST(PageImporterTest, ImportsRealExportedQuartiermanagementPage) {
  if (!std::filesystem::exists(kSeedPath)) {
    GTEST_SKIP() << kSeedPath << " is not present";
  }
  ImportedEntry entry = importExportedPage(readFile(kSeedPath), "000_2d259f2d4b3c06c6.txt");
  EXPECT_EQ(entry.slug, "quartiermanagement");
  EXPECT_EQ(entry.title, "Quartiermanagement");
  const std::string& md = entry.markdown;
  EXPECT_EQ(md.rfind("---\ntitle: Quartiermanagement\n---\n\nAls Quartiermanagement", 0), 0u) << md;
  EXPECT_TRUE(contains(md, "\n## Dialog verbessern\n\nQuartiermanager agieren")) << md;
  EXPECT_TRUE(contains(md, "\n## Vielseitigkeit gefragt\n\nDie Industrie- und Handelskammer"))
      << md;
  for (const char* item :
       {"- Projekte zur Aufwertung und Entwicklung von Stadt oder Quartier umsetzen;",
        "- Marketingkonzepte für Städte und Quartiere entwickeln;",
        "- Schwerpunkte der Stadtentwicklung setzen und steuern;",
        "- Die wirtschaftliche Lage der lokalen Unternehmen verbessern;",
        "- Die Lebensqualität vor Ort verbessern;", "- Ehrenamtliche Strukturen unterstützen;",
        "- Die Kommunikation zwischen lokalen Akteuren fördern."}) {
    EXPECT_TRUE(contains(md, std::string("\n") + item + "\n")) << item;
  }
  size_t items = 0;
  for (size_t at = md.find("\n- "); at != std::string::npos; at = md.find("\n- ", at + 1)) {
    ++items;
  }
  EXPECT_EQ(items, 7u);
  EXPECT_TRUE(contains(md, "in einem speziellen Lehrgang aus.")) << md;
  EXPECT_FALSE(contains(md, "[Lehrgang]"));
  EXPECT_FALSE(contains(md, "Zurück"));
  EXPECT_FALSE(contains(md, "►"));
  EXPECT_FALSE(contains(md, "Auf diesen Seiten"));
  EXPECT_EQ(md.find("## "), md.find("## Dialog verbessern"));
  EXPECT_EQ(md.back(), '\n');
}

}  // namespace
}  // namespace querverweis
