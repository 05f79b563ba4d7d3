#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "engine/language/Thesaurus.h"
#include "querverweis/Error.h"

namespace querverweis {
namespace {

const char* const kDebianThesaurus = "/usr/share/openthesaurus-de/openthesaurus.txt";

// A file under the temp directory, removed again at the end of the test.
class TempFile {
 public:
  explicit TempFile(const std::string& content) {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("querverweis-thesaurus-" + std::string(info->name()) + ".txt");
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  std::string str() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

const char* const kSample =
    "# OpenThesaurus - German Thesaurus in text format\n"
    "# Kiez;Kommentar\n"
    "Barrio (span.);Kiez;Stadtteil;Veedel (Köln) (ugs.);Grätzel (Wien) (ugs.);Ortsteil\n"
    "\n"
    "Gewalt in der Familie;häusliche Gewalt\n"
    "Rauschgift;Droge;Stoff (ugs.);Betäubungsmittel\n"
    "Scheide;Möse (vulg.);Vagina (fachspr.);Loch (derb, österr.)\n"
    "(sich) freuen;frohlocken (geh.)\n"
    "Deputat...;Konzessions...\n";

bool contains(const std::vector<std::string>& terms, const std::string& term) {
  return std::find(terms.begin(), terms.end(), term) != terms.end();
}

TEST(ThesaurusTest, StripsAnnotationsFromLoadedTerms) {
  TempFile file(kSample);
  Thesaurus thesaurus;
  thesaurus.loadOpenThesaurus(file.str());
  EXPECT_EQ(thesaurus.synonyms("Kiez"),
            (std::vector<std::string>{"Stadtteil", "Ortsteil", "Barrio", "Veedel", "Grätzel"}));
  EXPECT_EQ(thesaurus.synonyms("Veedel"),
            (std::vector<std::string>{"Kiez", "Stadtteil", "Ortsteil", "Barrio", "Grätzel"}));
}

TEST(ThesaurusTest, StripsOptionalLeadingPartsInParentheses) {
  TempFile file(kSample);
  Thesaurus thesaurus;
  thesaurus.loadOpenThesaurus(file.str());
  EXPECT_EQ(thesaurus.synonyms("frohlocken"), std::vector<std::string>{"freuen"});
}

TEST(ThesaurusTest, SkipsCommentLines) {
  TempFile file(kSample);
  Thesaurus thesaurus;
  thesaurus.loadOpenThesaurus(file.str());
  EXPECT_FALSE(contains(thesaurus.synonyms("Kiez"), "Kommentar"));
  EXPECT_TRUE(thesaurus.synonyms("Kommentar").empty());
}

TEST(ThesaurusTest, KeepsMultiWordTermsAsWritten) {
  TempFile file(kSample);
  Thesaurus thesaurus;
  thesaurus.loadOpenThesaurus(file.str());
  EXPECT_EQ(thesaurus.synonyms("Gewalt in der Familie"),
            std::vector<std::string>{"häusliche Gewalt"});
  EXPECT_EQ(thesaurus.synonyms("häusliche Gewalt"),
            std::vector<std::string>{"Gewalt in der Familie"});
}

TEST(ThesaurusTest, SkipsVulgarTermsByDefault) {
  TempFile file(kSample);
  Thesaurus thesaurus;
  thesaurus.loadOpenThesaurus(file.str());
  EXPECT_EQ(thesaurus.synonyms("Scheide"), std::vector<std::string>{"Vagina"});
  EXPECT_TRUE(thesaurus.synonyms("Möse").empty());
  EXPECT_TRUE(thesaurus.synonyms("Loch").empty());
}

TEST(ThesaurusTest, KeepsVulgarTermsWhenAskedTo) {
  TempFile file(kSample);
  Thesaurus thesaurus({.skipVulgar = false});
  thesaurus.loadOpenThesaurus(file.str());
  EXPECT_EQ(thesaurus.synonyms("Scheide"), (std::vector<std::string>{"Möse", "Vagina", "Loch"}));
}

TEST(ThesaurusTest, SkipsWordFragments) {
  TempFile file(kSample);
  Thesaurus thesaurus;
  thesaurus.loadOpenThesaurus(file.str());
  EXPECT_TRUE(thesaurus.synonyms("Deputat").empty());
  EXPECT_TRUE(thesaurus.synonyms("Deputat...").empty());
}

TEST(ThesaurusTest, CountsDistinctTermsOfKeptSets) {
  TempFile file(kSample);
  Thesaurus thesaurus;
  thesaurus.loadOpenThesaurus(file.str());
  // 6 district words, 2 violence terms, 4 drug terms, Scheide and Vagina, freuen and frohlocken.
  EXPECT_EQ(thesaurus.termCount(), 16u);
}

TEST(ThesaurusTest, ThrowsNamingAnUnreadableFile) {
  Thesaurus thesaurus;
  const std::string missing = "/nonexistent/querverweis/openthesaurus.txt";
  try {
    thesaurus.loadOpenThesaurus(missing);
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find(missing), std::string::npos) << error.what();
  }
}

TEST(ThesaurusTest, ThrowsNamingAFolderGivenAsFile) {
  Thesaurus thesaurus;
  const std::string folder = std::filesystem::temp_directory_path().string();
  try {
    thesaurus.loadOpenThesaurus(folder);
    FAIL() << "expected querverweis::Error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Io);
    EXPECT_EQ(std::string(error.what()), folder + ": cannot read the OpenThesaurus file");
  }
}

TEST(ThesaurusTest, AddSetMakesEveryTermASynonymOfTheOthers) {
  Thesaurus thesaurus;
  thesaurus.addSet({"Bürgeramt", "Bürgerbüro", "Einwohnermeldeamt"});
  EXPECT_EQ(thesaurus.synonyms("Bürgerbüro"),
            (std::vector<std::string>{"Bürgeramt", "Einwohnermeldeamt"}));
  EXPECT_EQ(thesaurus.termCount(), 3u);
}

TEST(ThesaurusTest, AddSetIgnoresSetsWithOneUsableTerm) {
  Thesaurus thesaurus;
  thesaurus.addSet({"Mietpreisbremse", " ", "(ugs.)"});
  EXPECT_TRUE(thesaurus.synonyms("Mietpreisbremse").empty());
  EXPECT_EQ(thesaurus.termCount(), 0u);
}

TEST(ThesaurusTest, LooksUpCaseInsensitivelyIncludingUmlauts) {
  Thesaurus thesaurus;
  thesaurus.addSet({"ÜBERFALL", "Raubüberfall"});
  EXPECT_EQ(thesaurus.synonyms("überfall"), std::vector<std::string>{"Raubüberfall"});
  EXPECT_EQ(thesaurus.synonyms("RAUBÜBERFALL"), std::vector<std::string>{"ÜBERFALL"});
  EXPECT_EQ(thesaurus.synonyms("Überfall (ugs.)"), std::vector<std::string>{"Raubüberfall"});
}

TEST(ThesaurusTest, UsesTheCallersKeyFunction) {
  Thesaurus thesaurus;
  thesaurus.setKeyFunction([](std::string_view text) {
    std::string key;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text.substr(i, 2) == "ü" || text.substr(i, 2) == "Ü") {
        key += "ue";
        ++i;
      } else {
        key += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      }
    }
    return key;
  });
  thesaurus.addSet({"Bürgeramt", "Bürgerbüro"});
  EXPECT_EQ(thesaurus.synonyms("buergeramt"), std::vector<std::string>{"Bürgerbüro"});
}

TEST(ThesaurusTest, RefusesANewKeyFunctionAfterLoading) {
  Thesaurus thesaurus;
  thesaurus.addSet({"Kiez", "Stadtteil"});
  EXPECT_THROW(thesaurus.setKeyFunction([](std::string_view t) { return std::string(t); }),
               std::logic_error);
}

TEST(ThesaurusTest, ExcludesTheTermItselfAndDuplicates) {
  Thesaurus thesaurus;
  thesaurus.addSet({"Kiez", "Stadtteil", "Viertel"});
  thesaurus.addSet({"kiez", "Viertel", "Wohnviertel", "Stadtteil"});
  const auto found = thesaurus.synonyms("Kiez");
  EXPECT_EQ(found, (std::vector<std::string>{"Stadtteil", "Viertel", "Wohnviertel"}));
}

TEST(ThesaurusTest, RanksSmallerSetsFirst) {
  Thesaurus thesaurus;
  thesaurus.addSet({"Einbruch", "Kurssturz", "Kursverfall", "Börsenkrach"});
  thesaurus.addSet({"Einbruch", "Einbruchdiebstahl"});
  const auto found = thesaurus.synonyms("Einbruch");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.front(), "Einbruchdiebstahl");
}

TEST(ThesaurusTest, RanksMainFormFirstAndLabelledTermsLast) {
  Thesaurus thesaurus;
  thesaurus.addSet({"Stoff (ugs.)", "Rauschgift", "Suchtmittel", "Droge (Hauptform)"});
  EXPECT_EQ(thesaurus.synonyms("Rauschgift"),
            (std::vector<std::string>{"Droge", "Suchtmittel", "Stoff"}));
}

TEST(ThesaurusTest, ReturnsAtMostTheConfiguredNumberOfSynonyms) {
  Thesaurus thesaurus({.maxSynonymsPerTerm = 2});
  thesaurus.addSet({"Rauschgift", "Droge", "Suchtmittel", "Rauschmittel", "Betäubungsmittel"});
  EXPECT_EQ(thesaurus.synonyms("Rauschgift"), (std::vector<std::string>{"Droge", "Suchtmittel"}));
}

TEST(ThesaurusTest, LimitsToEightSynonymsByDefault) {
  Thesaurus thesaurus;
  thesaurus.addSet({"dumm", "doof", "blöd", "dämlich", "beschränkt", "einfältig", "töricht",
                    "unbedarft", "minderbemittelt", "begriffsstutzig"});
  EXPECT_EQ(thesaurus.synonyms("dumm").size(), 8u);
}

TEST(ThesaurusTest, SkipsSetsLargerThanTheConfiguredSize) {
  Thesaurus thesaurus({.maxSetSize = 3});
  thesaurus.addSet({"Rauschgift", "Droge", "Suchtmittel", "Rauschmittel"});
  thesaurus.addSet({"Rauschgift", "Betäubungsmittel"});
  EXPECT_EQ(thesaurus.synonyms("Rauschgift"), std::vector<std::string>{"Betäubungsmittel"});
}

TEST(ThesaurusTest, AnswersConcurrentLookups) {
  Thesaurus thesaurus;
  thesaurus.addSet({"Kiez", "Stadtteil", "Viertel"});
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        if (thesaurus.synonyms("kiez") != std::vector<std::string>{"Stadtteil", "Viertel"}) {
          ++wrong;
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
}

class DebianThesaurusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(kDebianThesaurus)) return;
    thesaurus_ = new Thesaurus();
    thesaurus_->loadOpenThesaurus(kDebianThesaurus);
  }
  static void TearDownTestSuite() {
    delete thesaurus_;
    thesaurus_ = nullptr;
  }
  void SetUp() override {
    if (thesaurus_ == nullptr) GTEST_SKIP() << kDebianThesaurus << " not installed";
  }
  static Thesaurus* thesaurus_;
};

Thesaurus* DebianThesaurusTest::thesaurus_ = nullptr;

TEST_F(DebianThesaurusTest, LoadsTensOfThousandsOfTerms) {
  EXPECT_GT(thesaurus_->termCount(), 50000u);
}

TEST_F(DebianThesaurusTest, FindsDistrictWordsForKiez) {
  const auto found = thesaurus_->synonyms("Kiez");
  EXPECT_TRUE(contains(found, "Stadtteil") || contains(found, "Viertel"))
      << ::testing::PrintToString(found);
  EXPECT_TRUE(contains(found, "Veedel"));
  EXPECT_FALSE(contains(found, "Kiez"));
}

TEST_F(DebianThesaurusTest, FindsDrugForRauschgift) {
  const auto found = thesaurus_->synonyms("rauschgift");
  EXPECT_TRUE(contains(found, "Droge") || contains(found, "Drogen"))
      << ::testing::PrintToString(found);
}

TEST_F(DebianThesaurusTest, FindsBreakingInForEinbrechen) {
  // The 2016 export has no set for "Einbrecher" or "Wohnungseinbruch"; the verb is there.
  EXPECT_TRUE(thesaurus_->synonyms("Einbrecher").empty());
  EXPECT_TRUE(contains(thesaurus_->synonyms("einbrechen"), "aufbrechen"));
}

TEST_F(DebianThesaurusTest, DropsVulgarInsults) {
  const auto found = thesaurus_->synonyms("Dummkopf");
  EXPECT_FALSE(found.empty());
  EXPECT_FALSE(contains(found, "Idiot"));  // annotated "(derb)"
  EXPECT_TRUE(thesaurus_->synonyms("Volltrottel").empty());
}

TEST_F(DebianThesaurusTest, KeepsMultiWordSynonymsAndDropsCoarseOnes) {
  const auto found = thesaurus_->synonyms("Polizei");
  EXPECT_TRUE(contains(found, "Freund und Helfer")) << ::testing::PrintToString(found);
  EXPECT_TRUE(contains(found, "Ordnungshüter"));
  EXPECT_FALSE(contains(found, "Bullen"));  // annotated "(derb)"
}

}  // namespace
}  // namespace querverweis
