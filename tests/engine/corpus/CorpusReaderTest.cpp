#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "TestSupport.h"
#include "querverweis/Corpus.h"
#include "querverweis/Error.h"
#include "querverweis/Limits.h"

namespace querverweis {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

std::string errorOf(const std::string& path) {
  try {
    readCorpus(path);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(CorpusReaderTest, ReadsFrontMatterTitleAliasesAndTags) {
  test::TempDir dir;
  dir.write("kontaktbereichsbeamter.md",
            "---\ntitle: Kontaktbereichsbeamter\naliases: [KOB, Kontaktbereichsbeamtin]\n"
            "tags: [Polizei]\n---\nDer KOB ist ansprechbar.\n");
  std::vector<Entry> entries = readCorpus(dir.str());
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].slug, "kontaktbereichsbeamter");
  EXPECT_EQ(entries[0].title, "Kontaktbereichsbeamter");
  EXPECT_THAT(entries[0].aliases, ElementsAre("KOB", "Kontaktbereichsbeamtin"));
  EXPECT_THAT(entries[0].tags, ElementsAre("Polizei"));
  EXPECT_EQ(entries[0].body, "Der KOB ist ansprechbar.\n");
  EXPECT_EQ(entries[0].firstBodyLine, 6u);
}

TEST(CorpusReaderTest, EntryOverTheSizeLimitIsRefusedNamingFileAndSize) {
  std::string huge = "---\ntitle: Riesig\n---\n" + std::string(limits::kMaxEntryBytes, 'a');
  try {
    parseMarkdownEntry("riesig", huge, "glossar/riesig.md");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument);
    EXPECT_THAT(e.what(),
                HasSubstr("glossar/riesig.md:1: the entry has 65 MB, more than the 64 MB"));
  }
}

TEST(CorpusReaderTest, ConfiguredEntrySizeIsEnforcedForFilesAndJsonLines) {
  test::TempDir dir;
  dir.write("glossar/zoll.md", "---\ntitle: Zoll\n---\nDer Zoll kontrolliert Waren.\n");
  dir.write("glossar/lang.md", "---\ntitle: Lang\n---\n" + std::string(3000, 'a') + "\n");
  dir.write("c.jsonl",
            "{\"slug\":\"zoll\",\"title\":\"Zoll\",\"body\":\"Der Zoll.\"}\n"
            "{\"slug\":\"lang\",\"title\":\"Lang\",\"body\":\"" +
                std::string(3000, 'a') + "\"}\n");
  EXPECT_EQ(readCorpus(dir.str() + "/glossar").size(), 2u);  // far below the default
  for (const std::string& corpus : {dir.str() + "/glossar", dir.str() + "/c.jsonl"}) {
    try {
      readCorpus(corpus, {.maxEntryBytes = 2000});
      ADD_FAILURE() << corpus << ": no error";
    } catch (const Error& e) {
      EXPECT_THAT(e.what(),
                  ::testing::ContainsRegex("(lang.md:1|c.jsonl:2): the entry has 30[0-9]+ "
                                           "bytes, more than the 2000 bytes"));
      EXPECT_THAT(e.what(), Not(HasSubstr("zoll")));
    }
  }
}

TEST(CorpusReaderTest, TitleFallsBackToFirstHeading) {
  test::TempDir dir;
  dir.write("zoll.md", "# Zoll\n\nDer Zoll kontrolliert.\n");
  EXPECT_EQ(readCorpus(dir.str()).at(0).title, "Zoll");
}

TEST(CorpusReaderTest, MissingTitleNamesFileAndLine) {
  test::TempDir dir;
  dir.write("ohne.md", "Nur Text.\n");
  EXPECT_THAT(errorOf(dir.str()), HasSubstr("ohne.md:1: no title"));
}

TEST(CorpusReaderTest, AliasesThatAreNoListAreRejectedWithLine) {
  test::TempDir dir;
  dir.write("zoll.md", "---\ntitle: Zoll\naliases: Zollverwaltung\n---\nText\n");
  EXPECT_THAT(errorOf(dir.str()), HasSubstr("zoll.md:3: front matter: aliases must be a list"));
}

TEST(CorpusReaderTest, BrokenYamlIsReportedWithLine) {
  test::TempDir dir;
  dir.write("zoll.md", "---\ntitle: Zoll\ntags: [a, b\n---\nText\n");
  EXPECT_THAT(errorOf(dir.str()), HasSubstr("zoll.md:"));
  EXPECT_THAT(errorOf(dir.str()), HasSubstr("front matter"));
}

TEST(CorpusReaderTest, UnclosedFrontMatterIsAnError) {
  test::TempDir dir;
  dir.write("zoll.md", "---\ntitle: Zoll\nText ohne Ende\n");
  EXPECT_THAT(errorOf(dir.str()), HasSubstr("no closing '---'"));
}

TEST(CorpusReaderTest, InvalidUtf8NamesTheLine) {
  test::TempDir dir;
  dir.write("zoll.md", "---\ntitle: Zoll\n---\nGut.\nSchlecht: \xFC.\n");
  EXPECT_THAT(errorOf(dir.str()), HasSubstr("zoll.md:5: invalid UTF-8"));
}

TEST(CorpusReaderTest, DuplicateSlugAcrossFoldersIsReported) {
  test::TempDir dir;
  dir.write("a/zoll.md", "# Zoll\nText\n");
  dir.write("b/zoll.md", "# Zoll\nText\n");
  EXPECT_THAT(errorOf(dir.str()), HasSubstr("duplicate slug 'zoll'"));
}

TEST(CorpusReaderTest, AllProblemsAreReportedTogether) {
  test::TempDir dir;
  dir.write("eins.md", "kein Titel\n");
  dir.write("zwei.md", "auch keiner\n");
  std::string message = errorOf(dir.str());
  EXPECT_THAT(message, HasSubstr("eins.md:1"));
  EXPECT_THAT(message, HasSubstr("zwei.md:1"));
}

TEST(CorpusReaderTest, ReadsJsonLines) {
  test::TempDir dir;
  dir.write("c.jsonl",
            "{\"slug\":\"zoll\",\"title\":\"Zoll\",\"aliases\":[\"Zollverwaltung\"],"
            "\"tags\":[],\"body\":\"Der Zoll.\\n\\n## Aufgaben\\nKontrolle.\"}\n\n"
            "{\"slug\":\"raub\",\"title\":\"Raub\",\"body\":\"Raub ist Gewalt.\"}\n");
  std::vector<Entry> entries = readCorpus(dir.str() + "/c.jsonl");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].slug, "raub");
  EXPECT_EQ(entries[1].sections.at(0).heading, "Aufgaben");
}

TEST(CorpusReaderTest, JsonLinesErrorsNameTheLine) {
  test::TempDir dir;
  dir.write("c.jsonl", "{\"slug\":\"zoll\",\"title\":\"Zoll\"}\n{\"slug\":\"raub\"\n");
  EXPECT_THAT(errorOf(dir.str() + "/c.jsonl"), HasSubstr("c.jsonl:2: invalid JSON"));
}

TEST(CorpusReaderTest, MissingCorpusIsNotFound) {
  try {
    readCorpus("/nonexistent/corpus");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
}

TEST(CorpusReaderTest, ReadingLeavesTheFileUntouched) {
  test::TempDir dir;
  std::string text = "---\ntitle: Zoll\n---\nDer Zoll.\n";
  dir.write("zoll.md", text);
  auto before = std::filesystem::last_write_time(dir.path() / "zoll.md");
  readCorpus(dir.str());
  EXPECT_EQ(std::filesystem::last_write_time(dir.path() / "zoll.md"), before);
}

TEST(CorpusReaderTest, BundledCorpusReads) {
  std::vector<Entry> entries = readCorpus(test::bundledCorpus());
  EXPECT_GE(entries.size(), 150u);
}

}  // namespace
}  // namespace querverweis
