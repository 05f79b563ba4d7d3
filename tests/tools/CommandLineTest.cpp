#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "TestSupport.h"

namespace querverweis {
namespace {

using test::runQuerverweis;
using ::testing::HasSubstr;
using ::testing::Not;

class CommandLineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    dir_->write("corpus/zoll.md",
                "---\ntitle: Zoll\naliases: [Zollverwaltung]\n---\nDer Zoll kontrolliert "
                "Waren an der Grenze.\n");
    dir_->write("corpus/zivilcourage.md",
                "---\ntitle: Zivilcourage\n---\nZivilcourage heißt eingreifen, ohne sich "
                "selbst zu gefährden. Der Zoll hilft dabei nicht.\n");
    test::CommandResult indexed = runQuerverweis(
        {"index", "--corpus", dir_->str() + "/corpus", "--index", dir_->str() + "/index"});
    ASSERT_EQ(indexed.exitCode, 0) << indexed.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string index() { return dir_->str() + "/index"; }
  static test::TempDir* dir_;
};

test::TempDir* CommandLineTest::dir_ = nullptr;

TEST_F(CommandLineTest, SearchPrintsRankedHits) {
  test::CommandResult result = runQuerverweis({"search", "--index", index(), "Zivilcourage"});
  EXPECT_EQ(result.exitCode, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("1. Zivilcourage (zivilcourage)"));
}

TEST_F(CommandLineTest, SearchJsonFollowsTheContract) {
  test::CommandResult result =
      runQuerverweis({"search", "--index", index(), "--json", "--limit", "1", "Zoll"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  nlohmann::json json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["query"], "Zoll");
  EXPECT_EQ(json["total"], 2);
  ASSERT_EQ(json["hits"].size(), 1u);
  EXPECT_EQ(json["hits"][0]["slug"], "zoll");
  EXPECT_EQ(json["hits"][0]["title"], "Zoll");
  EXPECT_TRUE(json["hits"][0]["score"].is_number());
  EXPECT_THAT(json["hits"][0]["snippet"].get<std::string>(), HasSubstr("<mark>Zoll</mark>"));
}

TEST_F(CommandLineTest, QueryWordsAreJoined) {
  test::CommandResult result =
      runQuerverweis({"search", "--index", index(), "--json", "Zoll", "Grenze"});
  EXPECT_EQ(nlohmann::json::parse(result.out)["query"], "Zoll Grenze");
}

TEST_F(CommandLineTest, NoCommandIsAUsageError) {
  test::CommandResult result = runQuerverweis({});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_THAT(result.err, HasSubstr("querverweis --help"));
}

TEST_F(CommandLineTest, UnknownOptionIsAUsageError) {
  test::CommandResult result = runQuerverweis({"search", "--index", index(), "--fast", "Zoll"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_THAT(result.err, HasSubstr("--fast"));
}

TEST_F(CommandLineTest, LimitOutOfRangeIsAUsageError) {
  EXPECT_EQ(runQuerverweis({"search", "--index", index(), "--limit", "0", "Zoll"}).exitCode, 2);
}

TEST_F(CommandLineTest, ServeRefusesZeroConnectionsOrWorkSlots) {
  test::CommandResult result =
      runQuerverweis({"serve", "--index", index(), "--port", "0", "--connections", "0"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_THAT(result.err, HasSubstr("--connections"));
  result = runQuerverweis({"serve", "--index", index(), "--port", "0", "--work-slots", "0"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_THAT(result.err, HasSubstr("--work-slots"));
}

TEST_F(CommandLineTest, CheckAndIndexRefuseEntriesAboveTheGivenSize) {
  test::TempDir dir;
  dir.write("corpus/zoll.md", "---\ntitle: Zoll\n---\nDer Zoll kontrolliert Waren.\n");
  dir.write("corpus/dump.md", "---\ntitle: Dump\n---\n" + std::string(1536 << 10, 'a') + "\n");
  std::string corpus = dir.str() + "/corpus";
  EXPECT_EQ(runQuerverweis({"check", corpus}).err, "");  // within the default of 64 MB
  test::CommandResult checked = runQuerverweis({"check", "--max-entry-mb", "1", corpus});
  EXPECT_EQ(checked.exitCode, 1);
  EXPECT_THAT(checked.out, HasSubstr("dump.md:1: error: the entry has 2 MB, more than the 1 MB"));
  test::CommandResult indexed = runQuerverweis(
      {"index", "--max-entry-mb", "1", "--corpus", corpus, "--index", dir.str() + "/index"});
  EXPECT_EQ(indexed.exitCode, 1);
  EXPECT_THAT(indexed.err, HasSubstr("dump.md:1: the entry has 2 MB"));
}

TEST_F(CommandLineTest, MissingIndexIsOneLineError) {
  test::CommandResult result =
      runQuerverweis({"search", "--index", dir_->str() + "/nirgends", "Zoll"});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_THAT(result.err, HasSubstr("no index here"));
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1);
}

TEST_F(CommandLineTest, BadCorpusNamesFileAndLineAndKeepsIndex) {
  test::TempDir bad;
  bad.write("kaputt.md", "---\ntitle: [Zoll\n---\nText\n");
  test::CommandResult result = runQuerverweis({"index", "--corpus", bad.str(), "--index", index()});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_THAT(result.err, HasSubstr("kaputt.md:"));
  test::CommandResult search = runQuerverweis({"search", "--index", index(), "Zoll"});
  EXPECT_EQ(search.exitCode, 0);
  EXPECT_THAT(search.out, HasSubstr("(zoll)"));
}

TEST_F(CommandLineTest, HelpListsTheCommands) {
  test::CommandResult result = runQuerverweis({"--help"});
  EXPECT_EQ(result.exitCode, 0);
  EXPECT_THAT(result.out, HasSubstr("search"));
  EXPECT_THAT(result.out, HasSubstr("index"));
  EXPECT_THAT(result.out, HasSubstr("serve"));
}

}  // namespace
}  // namespace querverweis
