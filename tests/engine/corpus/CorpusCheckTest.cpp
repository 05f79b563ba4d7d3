#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "TestSupport.h"
#include "querverweis/Corpus.h"
#include "querverweis/Error.h"

namespace querverweis {
namespace {

namespace fs = std::filesystem;

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// 47 words: long enough for the default minimum of 40.
const std::string kText =
    "Die Polizei berät Bürgerinnen und Bürger kostenlos und unabhängig. In der Sprechstunde "
    "erklären Fachleute, wie man Wohnungen und Häuser besser sichert, welche Schlösser sich "
    "bewähren und wann sich eine Alarmanlage lohnt. Außerdem geben sie Hinweise zum richtigen "
    "Verhalten nach einem Einbruch und nennen Ansprechpartner in der Nachbarschaft.\n";

using CorpusFolder = test::TempDir;

// The problems as "file:line: severity: message" with the folder prefix removed.
std::vector<std::string> report(const CorpusFolder& folder,
                                const CorpusCheckOptions& options = {}) {
  std::vector<std::string> lines;
  for (const CorpusProblem& problem : checkCorpusAt(folder.str(), options)) {
    std::string line = formatProblem(problem);
    if (line.rfind(folder.str() + "/", 0) == 0) {
      line.erase(0, folder.str().size() + 1);
    }
    lines.push_back(line);
  }
  return lines;
}

TEST(CorpusCheckTest, CleanCorpusHasNoProblems) {
  CorpusFolder corpus;
  corpus.write("einbruchschutz.md",
               "---\ntitle: Einbruchschutz\naliases: [Einbruchsicherung]\n---\n" + kText +
                   "Siehe [Nachbarschaftshilfe](nachbarschaftshilfe).\n");
  corpus.write("nachbarschaftshilfe.md", "# Nachbarschaftshilfe\n\n" + kText);
  EXPECT_THAT(report(corpus), IsEmpty());
}

TEST(CorpusCheckTest, EmptyCorpusIsAnError) {
  CorpusFolder corpus;
  corpus.write("LIESMICH.txt", "Hier liegen bald Einträge.\n");
  std::vector<CorpusProblem> problems = checkCorpusAt(corpus.str());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].severity, Severity::Error);
  EXPECT_EQ(problems[0].file, corpus.str());
  EXPECT_THAT(problems[0].message, HasSubstr("no entries"));
}

TEST(CorpusCheckTest, DuplicateTitleIgnoresCaseAndSurroundingSpaces) {
  CorpusFolder corpus;
  corpus.write("zoll.md", "---\ntitle: Zoll\n---\n" + kText);
  corpus.write("zollverwaltung.md", "---\ntags: [Recht]\ntitle: \"  ZOLL \"\n---\n" + kText);
  EXPECT_THAT(report(corpus),
              ElementsAre("zollverwaltung.md:3: error: duplicate title '  ZOLL ' (also the title "
                          "of 'zoll' (" +
                          corpus.file("zoll.md") + ":2))"));
}

TEST(CorpusCheckTest, DuplicateTitleFromHeadingIsReportedOnTheHeadingLine) {
  CorpusFolder corpus;
  corpus.write("betrug.md", "---\ntitle: Betrug\n---\n" + kText);
  corpus.write("betrugsmasche.md", "---\ntags: [Recht]\n---\n\n# Betrug\n\n" + kText);
  EXPECT_THAT(report(corpus), ElementsAre(HasSubstr("betrugsmasche.md:5: error: duplicate title")));
}

TEST(CorpusCheckTest, DuplicateTitleComparesUmlautsCaseInsensitively) {
  CorpusFolder corpus;
  corpus.write("buergerwehr.md", "---\ntitle: Bürgerwehr\n---\n" + kText);
  corpus.write("buergerwehren.md", "---\ntitle: BÜRGERWEHR\n---\n" + kText);
  EXPECT_THAT(report(corpus), ElementsAre(HasSubstr("buergerwehren.md:2: error: duplicate title")));
}

TEST(CorpusCheckTest, AliasSharedByTwoEntriesIsAnErrorOnItsLine) {
  CorpusFolder corpus;
  corpus.write("kontaktbereichsbeamter.md",
               "---\ntitle: Kontaktbereichsbeamter\naliases: [KOB]\n---\n" + kText);
  corpus.write("kontaktpolizist.md",
               "---\ntitle: Kontaktpolizist\naliases:\n  - Bezirksbeamter\n  - kob\n---\n" + kText);
  EXPECT_THAT(report(corpus),
              ElementsAre("kontaktpolizist.md:5: error: alias 'kob' is also an alias of entry "
                          "'kontaktbereichsbeamter' (" +
                          corpus.file("kontaktbereichsbeamter.md") + ")"));
}

TEST(CorpusCheckTest, AliasRepeatedWithinOneEntryIsAWarning) {
  CorpusFolder corpus;
  corpus.write(
      "polizeiliche-kriminalstatistik.md",
      "---\ntitle: Polizeiliche Kriminalstatistik\naliases:\n  - PKS\n  - Kriminalstatistik"
      "\n  - PKS\n---\n" +
          kText);
  EXPECT_THAT(report(corpus), ElementsAre("polizeiliche-kriminalstatistik.md:6: warning: alias "
                                          "'PKS' is repeated in this entry"));
}

TEST(CorpusCheckTest, AliasEqualToAnotherEntrysTitleIsAnError) {
  CorpusFolder corpus;
  corpus.write("quartiermanagement.md",
               "---\ntitle: Quartiermanagement\naliases: [Kiez, Stadtteilarbeit]\n---\n" + kText);
  corpus.write("stadtteilarbeit.md", "---\ntitle: Stadtteilarbeit\n---\n" + kText);
  EXPECT_THAT(report(corpus), ElementsAre("quartiermanagement.md:3: error: alias 'Stadtteilarbeit' "
                                          "is the title of entry 'stadtteilarbeit' (" +
                                          corpus.file("stadtteilarbeit.md") + ":2)"));
}

TEST(CorpusCheckTest, AliasEqualToOwnTitleIsAWarning) {
  CorpusFolder corpus;
  corpus.write("zoll.md", "---\ntitle: Zoll\naliases: [Zollverwaltung, zoll]\n---\n" + kText);
  EXPECT_THAT(report(corpus),
              ElementsAre("zoll.md:3: warning: alias 'zoll' is the entry's own title"));
}

TEST(CorpusCheckTest, EmptyBodyIsAnError) {
  CorpusFolder corpus;
  corpus.write("zoll.md", "---\ntitle: Zoll\n---\n\n");
  EXPECT_THAT(report(corpus), ElementsAre("zoll.md:4: error: empty body"));
}

TEST(CorpusCheckTest, BodyWithOnlyHeadingsCountsAsEmpty) {
  CorpusFolder corpus;
  corpus.write("zoll.md", "# Zoll\n\n## Aufgaben\n");
  EXPECT_THAT(report(corpus), ElementsAre("zoll.md:1: error: empty body"));
}

TEST(CorpusCheckTest, ShortBodyIsAWarningWithItsWordCount) {
  CorpusFolder corpus;
  corpus.write("zoll.md", "---\ntitle: Zoll\n---\nDer Zoll kontrolliert Waren an der Grenze.\n");
  EXPECT_THAT(report(corpus), ElementsAre("zoll.md:4: warning: very short body (7 words, expected "
                                          "at least 40)"));
}

TEST(CorpusCheckTest, MinimumBodyWordsIsConfigurable) {
  CorpusFolder corpus;
  corpus.write("zoll.md", "---\ntitle: Zoll\n---\nDer Zoll kontrolliert Waren an der Grenze.\n");
  EXPECT_THAT(report(corpus, CorpusCheckOptions{5}), IsEmpty());
}

TEST(CorpusCheckTest, LinkToMissingEntryIsAnErrorOnTheLinkLine) {
  CorpusFolder corpus;
  corpus.write("opferschutz.md", "---\ntitle: Opferschutz\n---\n" + kText +
                                     "\n## Hilfe\n\n- Beratung beim [Weißen Ring](weisser-ring)\n");
  EXPECT_THAT(report(corpus),
              ElementsAre("opferschutz.md:8: error: link [Weißen Ring](weisser-ring) "
                          "points to a missing entry 'weisser-ring'"));
}

TEST(CorpusCheckTest, LinkToItselfIsAWarning) {
  CorpusFolder corpus;
  corpus.write("zoll.md", "# Zoll\n" + kText + "Mehr zum [Zoll](zoll).\n");
  EXPECT_THAT(report(corpus),
              ElementsAre("zoll.md:3: warning: link [Zoll](zoll) points to the entry itself"));
}

TEST(CorpusCheckTest, UrlsAndAnchorsAreNotCheckedAsLinks) {
  CorpusFolder corpus;
  corpus.write("zoll.md",
               "# Zoll\n" + kText + "Siehe [zoll.de](https://www.zoll.de) und [oben](#zoll).\n");
  EXPECT_THAT(report(corpus), IsEmpty());
}

TEST(CorpusCheckTest, ReaderErrorsAreReportedTogetherWithTheChecks) {
  CorpusFolder corpus;
  corpus.write("ohne-titel.md", "Nur Text ohne Überschrift.\n");
  corpus.write("zoll.md", "# Zoll\n" + kText + "Vgl. [Schmuggel](schmuggel).\n");
  EXPECT_THAT(report(corpus),
              ElementsAre(HasSubstr("ohne-titel.md:1: error: no title"),
                          HasSubstr("zoll.md:3: error: link [Schmuggel](schmuggel) points to a "
                                    "missing entry")));
}

TEST(CorpusCheckTest, LinkToAnEntryTheReaderRejectedIsNotMissing) {
  CorpusFolder corpus;
  corpus.write("schmuggel.md", "---\ntitle: Schmuggel\naliases: Schwarzhandel\n---\n" + kText);
  corpus.write("zoll.md", "# Zoll\n" + kText + "Vgl. [Schmuggel](schmuggel).\n");
  EXPECT_THAT(report(corpus), ElementsAre(HasSubstr("schmuggel.md:3: error: front matter: aliases "
                                                    "must be a list")));
}

TEST(CorpusCheckTest, JsonLinesProblemsNameTheLineOfTheEntry) {
  CorpusFolder corpus;
  std::string body = kText.substr(0, kText.size() - 1);
  corpus.write(
      "glossar.jsonl",
      "{\"slug\": \"zoll\", \"title\": \"Zoll\", \"aliases\": [\"Zollamt\"], \"body\": \"" + body +
          "\"}\n\n{\"slug\": \"zollamt\", \"title\": \"Zollamt\", \"body\": \"" + body +
          " Siehe [Grenze](grenze).\"}\n");
  std::vector<CorpusProblem> problems = checkCorpusAt(corpus.file("glossar.jsonl"));
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(formatProblem(problems[0]),
            corpus.file("glossar.jsonl") +
                ":1: error: alias 'Zollamt' is the title of entry 'zollamt' (" +
                corpus.file("glossar.jsonl") + ":3)");
  EXPECT_EQ(formatProblem(problems[1]),
            corpus.file("glossar.jsonl") +
                ":3: error: link [Grenze](grenze) points to a missing entry 'grenze'");
}

TEST(CorpusCheckTest, JsonLinesReaderErrorsBecomeProblemsWithTheirLine) {
  CorpusFolder corpus;
  corpus.write("glossar.jsonl",
               "{\"slug\": \"zoll\", \"title\": \"Zoll\", \"body\": \"x\"}\n"
               "{\"slug\": \"zoll\", \"title\": \"Zoll\"\n");
  std::vector<CorpusProblem> problems = checkCorpusAt(corpus.file("glossar.jsonl"));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].severity, Severity::Error);
  EXPECT_EQ(problems[0].file, corpus.file("glossar.jsonl"));
  EXPECT_EQ(problems[0].line, 2u);
  EXPECT_THAT(problems[0].message, HasSubstr("invalid JSON"));
}

TEST(CorpusCheckTest, ProblemsAreSortedByFileAndLine) {
  CorpusFolder corpus;
  corpus.write("b-eintrag.md", "# Beratung\n" + kText + "[A](a-fehlt)\n\n[C](c-fehlt)\n");
  corpus.write("a-eintrag.md",
               "---\ntitle: Anzeige\naliases: [Strafanzeige, Anzeige]\n---\nKurz.\n");
  EXPECT_THAT(report(corpus),
              ElementsAre(HasSubstr("a-eintrag.md:3: warning"),
                          HasSubstr("a-eintrag.md:5: warning: very short body"),
                          HasSubstr("b-eintrag.md:3: error"), HasSubstr("b-eintrag.md:5: error")));
}

TEST(CorpusCheckTest, EntriesBuiltInMemoryFallBackToLineOne) {
  Entry first;
  first.slug = "zoll";
  first.title = "Zoll";
  first.body = kText;
  first.source = "nirgends/zoll.md";
  Entry second = first;
  second.slug = "zollamt";
  second.source = "nirgends/zollamt.md";
  std::vector<CorpusProblem> problems = checkCorpus({first, second});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(formatProblem(problems[0]),
            "nirgends/zollamt.md:1: error: duplicate title 'Zoll' (also the title of 'zoll' "
            "(nirgends/zoll.md:1))");
}

TEST(CorpusCheckTest, CheckingLeavesTheFilesUnchanged) {
  CorpusFolder corpus;
  std::string text = "---\ntitle: Zoll\naliases: [Zoll]\n---\nKurz.\n";
  corpus.write("zoll.md", text);
  ASSERT_THAT(report(corpus), ::testing::SizeIs(2));
  std::ifstream in(corpus.file("zoll.md"), std::ios::binary);
  std::stringstream after;
  after << in.rdbuf();
  EXPECT_EQ(after.str(), text);
}

TEST(CorpusCheckTest, MissingCorpusThrowsNotFound) {
  CorpusFolder corpus;
  try {
    checkCorpusAt(corpus.file("gibt-es-nicht"));
    FAIL() << "expected Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
}

TEST(CorpusCheckTest, FormatProblemOmitsLineZero) {
  EXPECT_EQ(formatProblem({Severity::Warning, "corpus", 0, "leer"}), "corpus: warning: leer");
  EXPECT_EQ(formatProblem({Severity::Error, "corpus/zoll.md", 3, "empty body"}),
            "corpus/zoll.md:3: error: empty body");
}

TEST(CorpusCheckTest, BundledCorpusHasNoErrors) {
  std::vector<CorpusProblem> problems = checkCorpusAt(QV_SOURCE_DIR "/corpus/praevention-kompakt");
  std::vector<std::string> errors;
  for (const CorpusProblem& problem : problems) {
    if (problem.severity == Severity::Error) {
      errors.push_back(formatProblem(problem));
    } else {
      std::cout << formatProblem(problem) << "\n";
    }
  }
  EXPECT_THAT(errors, IsEmpty());
}

}  // namespace
}  // namespace querverweis
