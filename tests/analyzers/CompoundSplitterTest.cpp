#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "analyzers/CompoundSplitter.h"

namespace querverweis {
namespace {

const char* const kWordList = "/usr/share/dict/ngerman";

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

TEST(CompoundSplitterTest, WordListLoadingSkipsAbbreviations) {
  std::string path = ::testing::TempDir() + "compound_splitter_words.txt";
  {
    std::ofstream out(path);
    out << "HAUS\nTür\nO'Neill\nz.B.\n";
  }
  CompoundSplitter splitter;
  splitter.addWordList(path);
  EXPECT_TRUE(splitter.split("haustür").empty());
  splitter.addWord("Haus");
  EXPECT_EQ(surfacesOf(splitter, "haustür"), (Parts{"haus", "tür"}));
  std::remove(path.c_str());
}

TEST(CompoundSplitterTest, UnreadableWordListThrowsNamingTheFile) {
  CompoundSplitter splitter;
  try {
    splitter.addWordList("/nonexistent/querverweis-words.txt");
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/querverweis-words.txt"), std::string::npos);
  }
}

// ---- With the full Debian word list -------------------------------------------------------

class CompoundSplitterWordListTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    splitter_ = std::make_unique<CompoundSplitter>();
    splitter_->addWordList(kWordList);  // wngerman is a build dependency (install-deps.sh)
    splitter_->split("warmup");         // derives the evidence outside the timings
  }
  static void TearDownTestSuite() { splitter_.reset(); }
  static std::unique_ptr<CompoundSplitter> splitter_;
};
std::unique_ptr<CompoundSplitter> CompoundSplitterWordListTest::splitter_;

TEST_F(CompoundSplitterWordListTest, LeavesNoJunkFragments) {
  EXPECT_EQ(surfacesOf(*splitter_, "sporthalle"), (Parts{"sport", "halle"}));
  for (const char* word : {"sporthalle", "polizeidienststelle", "kindertagesstätte",
                           "straßenverkehrsordnung", "wohnungseinbruchdiebstahl"}) {
    for (const auto& part : surfacesOf(*splitter_, word)) {
      EXPECT_GE(part.size(), 3u) << word << ": " << part;
    }
  }
}

TEST_F(CompoundSplitterWordListTest, SplitsDomainVocabulary) {
  EXPECT_EQ(surfacesOf(*splitter_, "bürgersprechstunde"), (Parts{"bürger", "sprechstunde"}));
  EXPECT_EQ(surfacesOf(*splitter_, "präventionsrat"), (Parts{"prävention", "rat"}));
  EXPECT_EQ(surfacesOf(*splitter_, "jugendamt"), (Parts{"jugend", "amt"}));
  EXPECT_EQ(surfacesOf(*splitter_, "schulsozialarbeit"), (Parts{"schul", "sozial", "arbeit"}));
}

TEST_F(CompoundSplitterWordListTest, ConcurrentSplitsAgree) {
  const std::vector<std::string> words{"einbruchschutzberatung", "verkehrssicherheit",
                                       "stadtteilbüro", "gesellschaft", "kindertagesstätte"};
  std::vector<std::vector<CompoundPart>> expected;
  for (const auto& w : words) expected.push_back(splitter_->split(w));
  // A fresh copy has not derived its evidence yet: the threads race to trigger it.
  const CompoundSplitter fresh(*splitter_);
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 100; ++round) {
        for (std::size_t i = 0; i < words.size(); ++i) {
          auto got = fresh.split(words[i]);
          bool same = got.size() == expected[i].size();
          for (std::size_t j = 0; same && j < got.size(); ++j) {
            same = got[j].begin == expected[i][j].begin && got[j].end == expected[i][j].end &&
                   got[j].text == expected[i][j].text;
          }
          if (!same) ++mismatches[t];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
  EXPECT_FALSE(expected[0].empty());
}

// ---- Gold list ----------------------------------------------------------------------------

std::string lowercase(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9E) {
      out += s[i];
      out += static_cast<char>(s[i + 1] + 0x20);
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Byte offsets where the gold parts 2..n start inside the word: each part follows the previous
// one directly or after one linking element. Empty if the parts do not spell the word.
bool locateParts(std::string_view word, const std::vector<std::string>& parts, std::size_t pos,
                 std::size_t index, std::vector<std::size_t>& starts) {
  if (index == parts.size()) return pos == word.size();
  static const std::vector<std::string> kNone{""};
  static const std::vector<std::string> kLinks{"", "s", "es", "n", "en", "er", "e", "ens"};
  for (const auto& link : index == 0 ? kNone : kLinks) {
    std::string expected = link + parts[index];
    if (word.substr(pos, expected.size()) != expected) continue;
    if (index > 0) starts.push_back(pos + link.size());
    if (locateParts(word, parts, pos + expected.size(), index + 1, starts)) return true;
    if (index > 0) starts.pop_back();
  }
  return false;
}

struct GoldEntry {
  std::string word;                 // lowercased
  std::vector<std::size_t> starts;  // empty for words that must stay whole
};

std::vector<GoldEntry> readGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<GoldEntry> gold;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab == std::string::npos) throw std::runtime_error("no tab in: " + line);
    GoldEntry entry{lowercase(line.substr(0, tab)), {}};
    std::string spec = line.substr(tab + 1);
    if (spec != "-") {
      std::istringstream parts_in(spec);
      std::vector<std::string> parts;
      for (std::string p; parts_in >> p;) parts.push_back(p);
      if (parts.size() < 2 || !locateParts(entry.word, parts, 0, 0, entry.starts)) {
        throw std::runtime_error("parts do not spell the word: " + line);
      }
    }
    gold.push_back(std::move(entry));
  }
  return gold;
}

std::string describe(std::string_view word, const std::vector<std::size_t>& starts) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t s : starts) {
    out.append(word.substr(from, s - from)).append("|");
    from = s;
  }
  return out.append(word.substr(from));
}

struct GoldMeasurement {
  std::size_t compounds = 0, wholes = 0, falseSplits = 0;
  std::size_t predicted = 0, expected = 0, correct = 0;
  double microsPerWord = 0;
  std::string errors;

  double precision() const { return predicted ? static_cast<double>(correct) / predicted : 0.0; }
  double recall() const { return expected ? static_cast<double>(correct) / expected : 0.0; }
  double falseSplitRate() const { return wholes ? static_cast<double>(falseSplits) / wholes : 1.0; }
};

// Boundaries are compared by the byte where each part after the first begins, so a linking
// element counts with the part before it.
GoldMeasurement measure(const CompoundSplitter& splitter, const std::vector<GoldEntry>& gold) {
  GoldMeasurement m;
  std::ostringstream errors;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& entry : gold) {
    auto parts = splitter.split(entry.word);
    std::vector<std::size_t> starts;
    for (std::size_t i = 1; i < parts.size(); ++i) starts.push_back(parts[i].begin);
    if (entry.starts.empty()) {
      ++m.wholes;
      if (!starts.empty()) {
        ++m.falseSplits;
        errors << "  false split: " << describe(entry.word, starts) << "\n";
      }
      continue;
    }
    ++m.compounds;
    std::set<std::size_t> want(entry.starts.begin(), entry.starts.end());
    m.predicted += starts.size();
    m.expected += want.size();
    for (std::size_t s : starts) m.correct += want.count(s);
    if (std::set<std::size_t>(starts.begin(), starts.end()) != want) {
      errors << "  " << describe(entry.word, entry.starts) << " got "
             << describe(entry.word, starts) << "\n";
    }
  }
  const auto elapsed = std::chrono::steady_clock::now() - start;
  m.microsPerWord = std::chrono::duration<double, std::micro>(elapsed).count() / gold.size();
  m.errors = errors.str();
  return m;
}

void reportAndCheck(const char* title, const GoldMeasurement& m) {
  std::printf(
      "%s: %zu compounds, %zu non-compounds\n"
      "  boundary precision %.3f (%zu/%zu), recall %.3f (%zu/%zu)\n"
      "  false splits %.3f (%zu/%zu), %.1f us per word\n%s",
      title, m.compounds, m.wholes, m.precision(), m.correct, m.predicted, m.recall(), m.correct,
      m.expected, m.falseSplitRate(), m.falseSplits, m.wholes, m.microsPerWord, m.errors.c_str());
  EXPECT_GE(m.compounds, 320u);
  EXPECT_GE(m.wholes, 110u);
  EXPECT_GE(m.precision(), 0.90);
  EXPECT_GE(m.recall(), 0.85);
  EXPECT_LE(m.falseSplitRate(), 0.02);
  // Guards against a search that explodes with the word length, not a benchmark.
  EXPECT_LT(m.microsPerWord, 5000.0);
}

std::string goldPath() {
  return std::string(QV_SOURCE_DIR) + "/tests/data/compounds.tsv";
}

TEST_F(CompoundSplitterWordListTest, MeetsGoldBoundaryPrecisionRecallAndFalseSplitRate) {
  reportAndCheck("compound gold", measure(*splitter_, readGold(goldPath())));
}

// The analysis chain folds umlauts (ü -> u, ß -> ss) in the dictionary and in the words alike.
std::string foldUmlauts(std::string s) {
  static const std::vector<std::pair<std::string, std::string>> kFolds{
      {"ä", "a"}, {"ö", "o"}, {"ü", "u"}, {"Ä", "A"}, {"Ö", "O"}, {"Ü", "U"}, {"ß", "ss"}};
  for (const auto& [from, to] : kFolds) {
    for (std::size_t p; (p = s.find(from)) != std::string::npos;) s.replace(p, from.size(), to);
  }
  return s;
}

TEST(CompoundSplitterFoldedTest, MeetsGoldWithUmlautFoldedWords) {
  std::string folded = ::testing::TempDir() + "compound_splitter_folded_words.txt";
  {
    std::ifstream in(kWordList);
    ASSERT_TRUE(in) << kWordList;
    std::ofstream out(folded);
    for (std::string line; std::getline(in, line);) out << foldUmlauts(line) << "\n";
  }
  CompoundSplitter splitter;
  splitter.addWordList(folded);
  std::remove(folded.c_str());
  splitter.split("warmup");  // derives the evidence outside the timing

  // Fold the gold file the same way; the parts still spell the folded word.
  std::string goldFolded = ::testing::TempDir() + "compound_splitter_folded_gold.tsv";
  {
    std::ifstream in(goldPath());
    std::ofstream out(goldFolded);
    for (std::string line; std::getline(in, line);) out << foldUmlauts(line) << "\n";
  }
  auto gold = readGold(goldFolded);
  std::remove(goldFolded.c_str());
  reportAndCheck("compound gold, umlauts folded", measure(splitter, gold));
}

}  // namespace
}  // namespace querverweis
