#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/iostreams/filter/gzip.hpp>
#include <boost/iostreams/filtering_stream.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "tools/manpages/ManpageCorpus.h"

namespace querverweis::bench {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

const char* const kSystemManRoot = "/usr/share/man/de";

// A man root of its own, so that these tests do not depend on which pages are installed.
class ScratchManRoot {
 public:
  ScratchManRoot() {
    static int counter = 0;
    path_ = fs::temp_directory_path() /
            ("manpage-corpus-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(path_ / "man1");
  }
  ~ScratchManRoot() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  ScratchManRoot(const ScratchManRoot&) = delete;
  ScratchManRoot& operator=(const ScratchManRoot&) = delete;

  void writeGzipped(const std::string& name, const std::string& roff) const {
    std::ofstream file(path_ / name, std::ios::binary);
    boost::iostreams::filtering_ostream out;
    out.push(boost::iostreams::gzip_compressor());
    out.push(file);
    out << roff;
  }
  void writeRaw(const std::string& name, const std::string& bytes) const {
    std::ofstream(path_ / name, std::ios::binary) << bytes;
  }
  std::string str() const { return path_.string(); }

 private:
  fs::path path_;
};

const char* const kZollPage = R"(.\" Kommentar, der nicht im Text erscheinen darf
.TH ZOLL 1 "Mai 2024" "querverweis" "Testseiten"
.SH BEZEICHNUNG
zoll \- Waren an der Grenze anmelden
.SH BESCHREIBUNG
.B zoll
meldet Waren an, die über die Grenze gebracht werden, und berechnet die Abgaben, die dafür
an die Zollverwaltung zu zahlen sind. Die Anmeldung ist für Reisende und für Händler gleich.
.SH DATEIEN
Die Einstellungen stehen in der Datei, die der Verwalter angelegt hat; dort sind die
Freigrenzen für Reisende, die Sätze der Einfuhrumsatzsteuer und die Anschrift des
zuständigen Hauptzollamts eingetragen.
)";

std::vector<nlohmann::json> parseLines(const std::string& text) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

TEST(ManpageCorpusTest, RoffToTextDropsCommentsAndLayoutMacros) {
  const std::string text = roffToText(
      ".\\\" Dies ist ein Kommentar\n"
      ".TH ZOLL 1 \"Mai 2024\"\n"
      ".SH BESCHREIBUNG\n"
      ".PP\n"
      ".RS 4\n"
      "Der Zoll kontrolliert Waren.\n"
      ".RE\n");
  EXPECT_EQ(text, "Der Zoll kontrolliert Waren.");
}

TEST(ManpageCorpusTest, RoffToTextKeepsTheTextOfFontMacros) {
  const std::string text = roffToText(
      "Siehe\n"
      ".B zollamt\n"
      "und\n"
      ".BR zoll (1),\n"
      ".I \"die Grenze\"\n");
  EXPECT_EQ(text, "Siehe zollamt und zoll(1), die Grenze");
}

TEST(ManpageCorpusTest, RoffToTextMapsEscapesToCharacters) {
  const std::string text = roffToText(
      "\\fBzoll\\fP \\- Waren \\fIanmelden\\fR \\(em \\(lqEinfuhr\\(rq, "
      "\\(aqAusfuhr\\(aq, Stra\\[u00DF]e, Pfad C:\\eZoll, \\&.Punkt\n");
  EXPECT_EQ(text, "zoll - Waren anmelden — “Einfuhr”, 'Ausfuhr', Straße, Pfad C:\\Zoll, .Punkt");
}

TEST(ManpageCorpusTest, RoffToTextJoinsLinesIntoParagraphs) {
  const std::string text = roffToText(
      "Der Zoll kontrolliert\n"
      "Waren an der Grenze.\n"
      ".PP\n"
      "Zivilcourage heißt\n"
      "eingreifen.\n"
      "\n"
      "Die Polizei hilft.\n");
  EXPECT_EQ(text,
            "Der Zoll kontrolliert Waren an der Grenze.\n\nZivilcourage heißt eingreifen."
            "\n\nDie Polizei hilft.");
}

TEST(ManpageCorpusTest, RoffToTextSkipsMacroDefinitionsTablesAndConditionals) {
  const std::string text = roffToText(
      ".de Vb\n"
      "Definitionstext\n"
      "..\n"
      ".if n \\{\\\n"
      "Bedingter Text\n"
      ".\\}\n"
      ".TS\n"
      "l l.\n"
      "Tabelle\tZeile\n"
      ".TE\n"
      "Nur dieser Satz bleibt.\n");
  EXPECT_EQ(text, "Nur dieser Satz bleibt.");
}

TEST(ManpageCorpusTest, RoffToTextReadsMdocMacroLines) {
  const std::string text = roffToText(
      ".Sh BEZEICHNUNG\n"
      ".Nm scp\n"
      ".Sh BESCHREIBUNG\n"
      ".Nm\n"
      "kopiert Dateien, wenn die Option\n"
      ".Fl r\n"
      "gesetzt ist.\n");
  EXPECT_EQ(text, "scp\n\nscp kopiert Dateien, wenn die Option -r gesetzt ist.");
}

TEST(ManpageCorpusTest, WritesOneEntryPerSectionAndRepeatsWithDistinctSlugs) {
  ScratchManRoot root;
  root.writeGzipped("man1/zoll.1.gz", kZollPage);
  ManpageCorpusOptions options;
  options.manRoot = root.str();
  options.entries = 5;
  std::ostringstream out;
  ASSERT_EQ(writeManpageCorpus(options, out), 5u);

  std::vector<nlohmann::json> lines = parseLines(out.str());
  ASSERT_EQ(lines.size(), 5u);
  std::vector<std::string> slugs;
  for (const auto& line : lines) {
    slugs.push_back(line["slug"]);
  }
  // BEZEICHNUNG is too short to be an entry.
  EXPECT_THAT(slugs, ::testing::ElementsAre("zoll-1-beschreibung", "zoll-1-dateien",
                                            "zoll-1-beschreibung-r2", "zoll-1-dateien-r2",
                                            "zoll-1-beschreibung-r3"));
  EXPECT_EQ(lines[0]["title"], "zoll(1): BESCHREIBUNG");
  EXPECT_THAT(lines[0]["body"].get<std::string>(),
              ::testing::StartsWith("zoll meldet Waren an, die über die Grenze gebracht werden"));
  EXPECT_THAT(lines[0]["body"].get<std::string>(), Not(HasSubstr("Kommentar")));
  EXPECT_EQ(lines[2]["body"], lines[0]["body"]);
}

TEST(ManpageCorpusTest, SplitsSectionsLongerThanTheWordLimit) {
  ScratchManRoot root;
  root.writeGzipped("man1/zoll.1.gz", kZollPage);
  ManpageCorpusOptions options;
  options.manRoot = root.str();
  options.entries = 2;
  options.maxBodyWords = 20;  // BESCHREIBUNG has 31 words: 20 + 11, the rest is too short
  std::ostringstream out;
  writeManpageCorpus(options, out);

  std::vector<nlohmann::json> lines = parseLines(out.str());
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["title"], "zoll(1): BESCHREIBUNG");
  EXPECT_EQ(lines[1]["title"], "zoll(1): DATEIEN");
  std::istringstream words(lines[0]["body"].get<std::string>());
  EXPECT_EQ(std::distance(std::istream_iterator<std::string>(words),
                          std::istream_iterator<std::string>()),
            20);
}

TEST(ManpageCorpusTest, ThrowsWhenNoPagesAreFound) {
  ScratchManRoot root;
  ManpageCorpusOptions options;
  options.manRoot = root.str();
  std::ostringstream out;
  EXPECT_THROW(writeManpageCorpus(options, out), std::runtime_error);
}

TEST(ManpageCorpusTest, NamesTheFileThatCannotBeDecompressed) {
  ScratchManRoot root;
  root.writeRaw("man1/kaputt.1.gz", "Das ist kein gzip, sondern Klartext.");
  ManpageCorpusOptions options;
  options.manRoot = root.str();
  std::ostringstream out;
  try {
    writeManpageCorpus(options, out);
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_THAT(e.what(), HasSubstr("kaputt.1.gz"));
  }
}

TEST(ManpageCorpusTest, WritesValidGermanEntriesFromTheInstalledManPages) {
  if (!fs::is_directory(kSystemManRoot)) {
    GTEST_SKIP() << kSystemManRoot << " is missing (package manpages-de)";
  }
  ManpageCorpusOptions options;
  options.entries = 300;
  std::ostringstream out;
  ASSERT_EQ(writeManpageCorpus(options, out), 300u);

  std::vector<nlohmann::json> lines = parseLines(out.str());
  ASSERT_EQ(lines.size(), 300u);
  const std::regex slugPattern("[a-z0-9]+(-[a-z0-9]+)*");
  std::set<std::string> slugs;
  bool hasGermanArticles = false;
  for (const auto& line : lines) {
    for (const char* key : {"slug", "title", "aliases", "tags", "body"}) {
      ASSERT_TRUE(line.contains(key)) << line.dump();
    }
    const std::string slug = line["slug"];
    EXPECT_TRUE(std::regex_match(slug, slugPattern)) << slug;
    EXPECT_TRUE(slugs.insert(slug).second) << "duplicate slug " << slug;
    EXPECT_FALSE(line["title"].get<std::string>().empty()) << slug;
    const std::string body = line["body"];
    EXPECT_FALSE(body.empty()) << slug;
    hasGermanArticles = hasGermanArticles || (body.find(" und ") != std::string::npos &&
                                              body.find(" der ") != std::string::npos);
  }
  EXPECT_TRUE(hasGermanArticles);
}

}  // namespace
}  // namespace querverweis::bench
