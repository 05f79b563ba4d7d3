#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "TestSupport.h"
#include "querverweis/Corpus.h"
#include "querverweis/Error.h"
#include "querverweis/Evaluation.h"

namespace querverweis {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

using GoldFolder = test::TempDir;

std::string loadError(const GoldFolder& folder) {
  try {
    loadEvalGold(folder.str());
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument);
    return e.what();
  }
  return "";
}

Entry entry(const std::string& slug, const std::string& title, const std::string& body) {
  Entry result;
  result.slug = slug;
  result.title = title;
  result.body = body;
  return result;
}

std::vector<Entry> smallCorpus() {
  return {entry("enkeltrick", "Enkeltrick",
                "Beim Enkeltrick geben sich Betrüger am Telefon als Verwandte aus. "
                "Verwandt ist der Schockanruf.\n"),
          entry("schockanruf", "Schockanruf", "Ein Schockanruf ist eine Form des Trickbetrugs.\n"),
          entry("trickbetrug", "Trickbetrug", "Trickbetrug nutzt Vertrauen aus.\n")};
}

TEST(EvalGoldTest, LoadsAllThreeFiles) {
  GoldFolder folder;
  folder.write("queries.json",
               R"([{"q": "Enkeltrick", "relevant": {"enkeltrick": 2, "schockanruf": 1},
                    "kind": "exact"}])");
  folder.write("links.json", R"({"enkeltrick": [{"target": "schockanruf", "surface": "Schockanruf",
                                 "kind": "exact"}],
                 "_negatives": {"schockanruf": [{"surface": "Form", "wrong_target": "enkeltrick"}]}})");
  folder.write("related.json",
               R"({"enkeltrick": {"must": ["schockanruf"], "good": ["trickbetrug"]}})");
  EvalGold gold = loadEvalGold(folder.str());
  ASSERT_EQ(gold.queries.size(), 1u);
  EXPECT_EQ(gold.queries[0].text, "Enkeltrick");
  EXPECT_EQ(gold.queries[0].kind, "exact");
  EXPECT_EQ(gold.queries[0].relevant,
            (std::map<std::string, int>{{"enkeltrick", 2}, {"schockanruf", 1}}));
  ASSERT_EQ(gold.links.size(), 1u);  // "_negatives" is no entry
  ASSERT_EQ(gold.links.at("enkeltrick").size(), 1u);
  EXPECT_EQ(gold.links.at("enkeltrick")[0].target, "schockanruf");
  EXPECT_EQ(gold.links.at("enkeltrick")[0].surface, "Schockanruf");
  EXPECT_EQ(gold.links.at("enkeltrick")[0].kind, "exact");
  ASSERT_EQ(gold.negatives.at("schockanruf").size(), 1u);
  EXPECT_EQ(gold.negatives.at("schockanruf")[0].wrongTarget, "enkeltrick");
  EXPECT_THAT(gold.related.at("enkeltrick").must, ElementsAre("schockanruf"));
  EXPECT_THAT(gold.related.at("enkeltrick").good, ElementsAre("trickbetrug"));
  EXPECT_THAT(validateEvalGold(gold, smallCorpus()), IsEmpty());
}

TEST(EvalGoldTest, MissingFilesLeaveTheirPartEmpty) {
  GoldFolder folder;
  folder.write("related.json", R"({"enkeltrick": {"must": ["schockanruf"]}})");
  EvalGold gold = loadEvalGold(folder.str());
  EXPECT_THAT(gold.queries, IsEmpty());
  EXPECT_THAT(gold.links, IsEmpty());
  EXPECT_THAT(gold.related.at("enkeltrick").good, IsEmpty());
}

TEST(EvalGoldTest, MissingFolderIsNotFound) {
  try {
    loadEvalGold("/nonexistent/qv-gold-ordner");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
}

TEST(EvalGoldTest, MalformedJsonNamesTheFile) {
  GoldFolder folder;
  folder.write("links.json", R"({"enkeltrick": [)");
  EXPECT_THAT(loadError(folder), HasSubstr("links.json: invalid JSON"));
}

TEST(EvalGoldTest, RelevanceOtherThanOneOrTwoNamesTheItem) {
  GoldFolder folder;
  folder.write("queries.json",
               R"([{"q": "Enkeltrick", "relevant": {"enkeltrick": 2}, "kind": "exact"},
                                   {"q": "Schockanruf", "relevant": {"schockanruf": 3}, "kind": "exact"}])");
  EXPECT_THAT(loadError(folder), HasSubstr("queries.json: item 2: relevance must be 1 or 2"));
}

TEST(EvalGoldTest, QueriesMustBeAList) {
  GoldFolder folder;
  folder.write("queries.json", R"({"q": "Enkeltrick"})");
  EXPECT_THAT(loadError(folder), HasSubstr("queries.json: must be a list of queries"));
}

TEST(EvalGoldTest, QueryWithoutTextNamesTheItem) {
  GoldFolder folder;
  folder.write("queries.json", R"([{"relevant": {"enkeltrick": 2}, "kind": "exact"}])");
  EXPECT_THAT(loadError(folder), HasSubstr("queries.json: item 1: missing \"q\""));
}

TEST(EvalGoldTest, LinkWithoutSurfaceNamesEntryAndItem) {
  GoldFolder folder;
  folder.write("links.json", R"({"enkeltrick": [{"target": "schockanruf", "kind": "exact"}]})");
  EXPECT_THAT(loadError(folder), HasSubstr("links.json: enkeltrick: item 1: missing \"surface\""));
}

TEST(EvalGoldTest, NegativesMustBeKeyedByEntry) {
  GoldFolder folder;
  folder.write("links.json", R"({"_negatives": [{"surface": "Form", "wrong_target": "x"}]})");
  EXPECT_THAT(loadError(folder), HasSubstr("links.json: _negatives: must be an object"));
}

TEST(EvalGoldTest, RelatedSlugsMustBeStrings) {
  GoldFolder folder;
  folder.write("related.json", R"({"enkeltrick": {"must": ["schockanruf", 7]}})");
  EXPECT_THAT(loadError(folder), HasSubstr("related.json: enkeltrick: must: item 2"));
}

TEST(EvalGoldTest, ValidationReportsUnknownSlugs) {
  EvalGold gold;
  gold.queries.push_back({"Enkeltrick", {{"enkeltrick", 2}, {"neffentrick", 1}}, "exact"});
  gold.links["enkeltrick"] = {{"falsche-polizeibeamte", "Betrüger", "alias"}};
  gold.related["schockanruf"] = {{"trickbetrug"}, {"callcenter-betrug"}};
  std::vector<std::string> problems = validateEvalGold(gold, smallCorpus());
  EXPECT_THAT(problems,
              ElementsAre(HasSubstr("unknown slug \"neffentrick\""),
                          HasSubstr("enkeltrick → falsche-polizeibeamte: unknown target"),
                          HasSubstr("schockanruf: good: callcenter-betrug: unknown slug")));
}

TEST(EvalGoldTest, ValidationReportsSurfaceNotInBody) {
  EvalGold gold;
  gold.links["enkeltrick"] = {{"schockanruf", "Schockanrufe", "inflected"},
                              {"trickbetrug", "Betrüger", "alias"}};
  EXPECT_THAT(validateEvalGold(gold, smallCorpus()),
              ElementsAre("links.json: enkeltrick → schockanruf: surface \"Schockanrufe\" does not "
                          "occur in the body"));
}

TEST(EvalGoldTest, ValidationReportsSelfLink) {
  EvalGold gold;
  gold.links["enkeltrick"] = {{"enkeltrick", "Enkeltrick", "exact"}};
  gold.related["trickbetrug"] = {{"trickbetrug"}, {}};
  EXPECT_THAT(
      validateEvalGold(gold, smallCorpus()),
      ElementsAre(HasSubstr("enkeltrick → enkeltrick: links the entry to itself"),
                  HasSubstr("related.json: trickbetrug: must: trickbetrug: the entry itself")));
}

TEST(EvalGoldTest, ValidationReportsUnknownKinds) {
  EvalGold gold;
  gold.queries.push_back({"Enkeltrik", {{"enkeltrick", 2}}, "tippfehler"});
  gold.links["enkeltrick"] = {{"schockanruf", "Schockanruf", "synonym"}};
  EXPECT_THAT(validateEvalGold(gold, smallCorpus()),
              ElementsAre(HasSubstr("unknown kind \"tippfehler\""),
                          HasSubstr("enkeltrick → schockanruf: unknown kind \"synonym\"")));
}

TEST(EvalGoldTest, ValidationReportsTrapThatIsAlsoALink) {
  EvalGold gold;
  gold.links["enkeltrick"] = {{"schockanruf", "Schockanruf", "exact"}};
  gold.negatives["enkeltrick"] = {{"Schockanruf", "schockanruf"}, {"Telefon", "trickbetrug"}};
  EXPECT_THAT(validateEvalGold(gold, smallCorpus()), ElementsAre(HasSubstr("also a gold link")));
}

TEST(EvalGoldTest, BundledGoldIsValidAgainstBundledCorpus) {
  const EvalGold gold = loadEvalGold(QV_SOURCE_DIR "/corpus/eval");
  const std::vector<Entry> entries = readCorpus(QV_SOURCE_DIR "/corpus/praevention-kompakt");
  const std::vector<std::string> problems = validateEvalGold(gold, entries);
  for (const std::string& problem : problems) {
    ADD_FAILURE() << problem;
  }
  EXPECT_GE(gold.queries.size(), 100u);
  std::map<std::string, std::size_t> perKind;
  for (const GoldQuery& query : gold.queries) {
    ++perKind[query.kind];
  }
  for (const char* kind : {"exact", "inflected", "compound_part", "ascii", "synonym", "typo",
                           "question", "abbreviation", "multiword_topic"}) {
    EXPECT_GE(perKind[kind], 8u) << kind;
  }
  EXPECT_GE(gold.links.size(), 50u);
  EXPECT_GE(gold.related.size(), 30u);
}

}  // namespace
}  // namespace querverweis
