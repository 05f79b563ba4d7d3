// The editor-facing commands end to end: links, related, graph, suggest, check, import-page.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "TestSupport.h"

namespace querverweis {
namespace {

using test::runQuerverweis;
using ::testing::HasSubstr;

class EditorCommandsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    test::CommandResult indexed =
        runQuerverweis({"index", "--corpus", test::bundledCorpus(), "--index", index()});
    ASSERT_EQ(indexed.exitCode, 0) << indexed.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string index() { return dir_->str() + "/index"; }
  static test::TempDir* dir_;
};

test::TempDir* EditorCommandsTest::dir_ = nullptr;

TEST_F(EditorCommandsTest, LinksOfQuartiermanagementPointAtBuergersprechstunden) {
  std::string file = test::bundledCorpus() + "/quartiermanagement.md";
  std::ifstream in(file, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  test::CommandResult result =
      runQuerverweis({"links", "--index", index(), "--json", "--self", "quartiermanagement", file});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  nlohmann::json links = nlohmann::json::parse(result.out)["links"];
  bool found = false;
  for (const auto& link : links) {
    EXPECT_NE(link["target"], "quartiermanagement");
    std::size_t start = link["start"];
    std::size_t end = link["end"];
    EXPECT_EQ(text.substr(start, end - start), link["text"].get<std::string>());
    if (link["target"] == "buergersprechstunde") {
      found = true;
      EXPECT_EQ(link["text"], "Bürgersprechstunden");
      EXPECT_EQ(start, text.find("Bürgersprechstunden"));
    }
  }
  EXPECT_TRUE(found) << result.out;
}

TEST_F(EditorCommandsTest, LinksReadStandardInput) {
  test::CommandResult result =
      runQuerverweis({"links", "--index", index(), "--json", "-"},
                     "Der Enkeltrick trifft oft ältere Menschen, ebenso Schockanrufe.");
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("\"enkeltrick\""));
  EXPECT_THAT(result.out, HasSubstr("\"schockanruf\""));
}

TEST_F(EditorCommandsTest, RelatedOfQuartiermanagementQuotesTheMention) {
  test::CommandResult result =
      runQuerverweis({"related", "--index", index(), "--json", "quartiermanagement"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  nlohmann::json related = nlohmann::json::parse(result.out)["related"];
  bool quoted = false;
  for (std::size_t i = 0; i < related.size() && i < 3; ++i) {
    if (related[i]["slug"] == "buergersprechstunde") {
      for (const auto& reason : related[i]["reasons"]) {
        quoted =
            quoted || reason.get<std::string>().find("„Bürgersprechstunden“") != std::string::npos;
      }
    }
  }
  EXPECT_TRUE(quoted) << result.out;
}

TEST_F(EditorCommandsTest, RelatedOfUnknownSlugFails) {
  test::CommandResult result = runQuerverweis({"related", "--index", index(), "gibt-es-nicht"});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_THAT(result.err, HasSubstr("gibt-es-nicht"));
}

TEST_F(EditorCommandsTest, GraphExportsDot) {
  test::CommandResult result = runQuerverweis({"graph", "--index", index(), "--format", "dot"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(result.out.rfind("digraph", 0), 0u);
  EXPECT_THAT(result.out, HasSubstr("quartiermanagement"));
}

TEST_F(EditorCommandsTest, SuggestCompletesCompoundTail) {
  test::CommandResult result = runQuerverweis({"suggest", "--index", index(), "sprechst"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("Bürgersprechstunde"));
}

TEST_F(EditorCommandsTest, CheckPassesOnBundledCorpus) {
  test::CommandResult result = runQuerverweis({"check", test::bundledCorpus()});
  EXPECT_EQ(result.exitCode, 0) << result.out;
  EXPECT_THAT(result.out, HasSubstr("0 errors"));
}

TEST_F(EditorCommandsTest, CheckFailsOnBrokenLink) {
  test::TempDir corpus;
  corpus.write("zoll.md",
               "---\ntitle: Zoll\n---\nDer Zoll arbeitet mit der [Polizei](polizei) zusammen und "
               "kontrolliert Waren, Bargeld und Reisende an den Grenzen des Landes.\n");
  test::CommandResult result = runQuerverweis({"check", corpus.str()});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_THAT(result.out, HasSubstr("zoll.md:4"));
  EXPECT_THAT(result.out, HasSubstr("polizei"));
}

TEST_F(EditorCommandsTest, ImportPageWritesEntryAndRefusesToOverwrite) {
  std::string seed = std::string(QV_SOURCE_DIR) + "/../shared/seeds/000_2d259f2d4b3c06c6.txt";
  if (!std::filesystem::exists(seed)) {
    GTEST_SKIP() << "no seed page beside the project";
  }
  test::TempDir out;
  test::CommandResult result = runQuerverweis({"import-page", seed, "--out", out.str()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  std::ifstream in(out.path() / "quartiermanagement.md");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_THAT(text, HasSubstr("title: Quartiermanagement"));
  EXPECT_THAT(text, HasSubstr("## Dialog verbessern"));
  EXPECT_THAT(text, HasSubstr("## Vielseitigkeit gefragt"));
  test::CommandResult again = runQuerverweis({"import-page", seed, "--out", out.str()});
  EXPECT_EQ(again.exitCode, 1);
  EXPECT_THAT(again.err, HasSubstr("not overwritten"));
}

}  // namespace
}  // namespace querverweis
