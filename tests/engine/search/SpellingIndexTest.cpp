#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "engine/search/SpellingIndex.h"

namespace querverweis {
namespace {

std::vector<std::string> termsOf(const std::vector<SpellingSuggestion>& suggestions) {
  std::vector<std::string> terms;
  for (const SpellingSuggestion& s : suggestions) terms.push_back(s.term);
  return terms;
}

TEST(SpellingIndexTest, EditBudgetGrowsWithWordLength) {
  EXPECT_EQ(SpellingIndex::editBudget(0), 0);
  EXPECT_EQ(SpellingIndex::editBudget(4), 0);
  EXPECT_EQ(SpellingIndex::editBudget(5), 1);
  EXPECT_EQ(SpellingIndex::editBudget(8), 1);
  EXPECT_EQ(SpellingIndex::editBudget(9), 2);
  EXPECT_EQ(SpellingIndex::editBudget(40), 2);
}

TEST(SpellingIndexTest, FindsTermWithOneLetterMissing) {
  SpellingIndex index;
  index.add("enkeltrick", 10);
  index.add("enkelkind", 3);
  const auto found = index.lookup("enkeltrik");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].term, "enkeltrick");
  EXPECT_EQ(found[0].distance, 1);
  EXPECT_EQ(found[0].frequency, 10u);
}

TEST(SpellingIndexTest, CountsTranspositionAsOneEdit) {
  SpellingIndex index;
  index.add("enkeltrick", 10);
  const auto found = index.lookup("enkeltirck", 1);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].term, "enkeltrick");
  EXPECT_EQ(found[0].distance, 1);
}

TEST(SpellingIndexTest, GivesFourLetterWordsNoEditBudget) {
  SpellingIndex index;
  index.add("laub", 8);
  EXPECT_TRUE(index.lookup("raub").empty());
  EXPECT_EQ(termsOf(index.lookup("laub")), std::vector<std::string>{"laub"});
  // Only the default budget keeps them apart.
  const auto explicitBudget = index.lookup("raub", 1);
  ASSERT_EQ(explicitBudget.size(), 1u);
  EXPECT_EQ(explicitBudget[0].distance, 1);
}

TEST(SpellingIndexTest, AllowsTwoEditsInLongWords) {
  SpellingIndex index;
  index.add("wohnungseinbruch", 4);
  const auto found = index.lookup("wohnngseinbrch");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].term, "wohnungseinbruch");
  EXPECT_EQ(found[0].distance, 2);
}

TEST(SpellingIndexTest, FindsNothingBeyondTheBudget) {
  SpellingIndex index;
  index.add("wohnungseinbruch", 4);
  index.add("enkeltrick", 10);
  EXPECT_TRUE(index.lookup("wohnngsinbrch").empty());     // three letters missing
  EXPECT_TRUE(index.lookup("wohnngsinbrch", 5).empty());  // the index never reaches beyond two
  EXPECT_TRUE(index.lookup("enkeltrik", 0).empty());
  EXPECT_TRUE(index.lookup("enkltrk").empty());  // seven letters: budget 1, three edits needed
}

TEST(SpellingIndexTest, CountsUmlautAsOneLetter) {
  SpellingIndex index;
  index.add("bürgersprechstunde", 2);
  const auto missingLetter = index.lookup("bürgersprchstunde");
  ASSERT_EQ(missingLetter.size(), 1u);
  EXPECT_EQ(missingLetter[0].term, "bürgersprechstunde");
  EXPECT_EQ(missingLetter[0].distance, 1);
  // Two bytes against one, but a single substituted letter.
  const auto plainVowel = index.lookup("burgersprechstunde", 1);
  ASSERT_EQ(plainVowel.size(), 1u);
  EXPECT_EQ(plainVowel[0].distance, 1);
}

TEST(SpellingIndexTest, MeasuresBudgetInLettersNotBytes) {
  SpellingIndex index;
  index.add("löwe", 5);
  EXPECT_TRUE(index.lookup("möwe").empty());  // four letters, five bytes
}

TEST(SpellingIndexTest, RanksEqualDistancesByFrequencyThenTerm) {
  SpellingIndex index;
  index.add("kasse", 5);
  index.add("tasse", 50);
  index.add("masse", 20);
  index.add("lasse", 5);
  index.add("klasse", 100);  // two edits from "rasse", beyond its budget of one
  EXPECT_EQ(termsOf(index.lookup("rasse")),
            (std::vector<std::string>{"tasse", "masse", "kasse", "lasse"}));
}

TEST(SpellingIndexTest, RanksExactTermFirstWhateverItsFrequency) {
  SpellingIndex index;
  index.add("tasse", 50);
  index.add("rasse", 1);
  const auto found = index.lookup("rasse");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].term, "rasse");
  EXPECT_EQ(found[0].distance, 0);
  EXPECT_EQ(found[1].term, "tasse");
}

TEST(SpellingIndexTest, RespectsLimit) {
  SpellingIndex index;
  index.add("kasse", 5);
  index.add("tasse", 50);
  index.add("masse", 20);
  index.add("rasse", 1);
  EXPECT_EQ(termsOf(index.lookup("rasse", -1, 2)), (std::vector<std::string>{"rasse", "tasse"}));
  EXPECT_TRUE(index.lookup("rasse", -1, 0).empty());
}

TEST(SpellingIndexTest, AccumulatesFrequencyOfRepeatedTerm) {
  SpellingIndex index;
  index.add("raub", 3);
  index.add("raub", 4);
  EXPECT_EQ(index.size(), 1u);
  const auto found = index.lookup("raub");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].frequency, 7u);
}

TEST(SpellingIndexTest, IgnoresEmptyTerm) {
  SpellingIndex index;
  index.add("", 5);
  EXPECT_EQ(index.size(), 0u);
  EXPECT_TRUE(index.lookup("").empty());
}

TEST(SpellingIndexTest, FindsShortTermsWhenAskedForTwoEdits) {
  SpellingIndex index;
  index.add("zu", 9);
  const auto found = index.lookup("ab", 2);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].term, "zu");
  EXPECT_EQ(found[0].distance, 2);
}

// --- Large vocabulary, checked against an exhaustive scan -------------------------------------

using Letters = std::vector<std::string>;  // one UTF-8 code point per element

Letters splitLetters(const std::string& word) {
  Letters letters;
  for (char c : word) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) letters.emplace_back();
    letters.back().push_back(c);
  }
  return letters;
}

std::string joinLetters(const Letters& letters) {
  std::string word;
  for (const std::string& letter : letters) word += letter;
  return word;
}

// Textbook full-matrix optimal string alignment distance, independent of the index's own.
int referenceDistance(const Letters& a, const Letters& b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

struct Vocabulary {
  std::vector<std::string> terms;
  std::vector<std::uint64_t> frequencies;
};

// Deterministic across standard libraries: uses the engine's raw output, not a distribution.
Vocabulary syntheticVocabulary(std::size_t count, std::mt19937& random) {
  const std::vector<std::string> syllables = {
      "ber",  "lin", "ge",   "richt", "haus",  "tür",  "schü",  "ler",   "stra",  "ße",    "amt",
      "wald", "kö",  "nig",  "zoll",  "fahn",  "dung", "ein",   "bruch", "spiel", "platz", "mei",
      "ster", "wo",  "nung", "markt", "bä",    "cker", "kraft", "werk",  "rei",   "se",    "an",
      "zei",  "ge",  "not",  "ruf",   "täter", "mel",  "de",    "stel",  "le",    "ord",   "nungs"};
  Vocabulary vocabulary;
  std::set<std::string> seen;
  while (vocabulary.terms.size() < count) {
    const std::size_t parts = 2 + random() % 4;
    std::string term;
    for (std::size_t i = 0; i < parts; ++i) term += syllables[random() % syllables.size()];
    if (!seen.insert(term).second) continue;
    vocabulary.terms.push_back(term);
    vocabulary.frequencies.push_back(1 + random() % 1000);
  }
  return vocabulary;
}

std::string misspell(const std::string& word, int edits, std::mt19937& random) {
  const std::vector<std::string> alphabet = {"a", "e", "n", "r", "s", "t", "ü", "ö", "ß", "k"};
  Letters letters = splitLetters(word);
  for (int e = 0; e < edits; ++e) {
    const std::size_t at = random() % letters.size();
    switch (random() % 4) {
      case 0:
        if (letters.size() > 1) letters.erase(letters.begin() + static_cast<long>(at));
        break;
      case 1:
        letters.insert(letters.begin() + static_cast<long>(at), alphabet[random() % 10]);
        break;
      case 2:
        letters[at] = alphabet[random() % 10];
        break;
      default:
        if (at + 1 < letters.size()) std::swap(letters[at], letters[at + 1]);
    }
  }
  return joinLetters(letters);
}

std::vector<SpellingSuggestion> exhaustiveLookup(const Vocabulary& vocabulary,
                                                 const std::string& word) {
  const Letters query = splitLetters(word);
  const int budget = SpellingIndex::editBudget(query.size());
  std::vector<SpellingSuggestion> found;
  for (std::size_t i = 0; i < vocabulary.terms.size(); ++i) {
    const Letters term = splitLetters(vocabulary.terms[i]);
    const long lengthGap = static_cast<long>(term.size()) - static_cast<long>(query.size());
    if (lengthGap > budget || -lengthGap > budget) continue;
    const int distance = referenceDistance(query, term);
    if (distance <= budget)
      found.push_back({vocabulary.terms[i], distance, vocabulary.frequencies[i]});
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    if (a.frequency != b.frequency) return a.frequency > b.frequency;
    return a.term < b.term;
  });
  return found;
}

class LargeVocabularyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::mt19937 random(20240517);
    vocabulary_ = new Vocabulary(syntheticVocabulary(50000, random));
    vocabulary_->terms.push_back("enkeltrick");
    vocabulary_->frequencies.push_back(1);
    index_ = new SpellingIndex();
    for (std::size_t i = 0; i < vocabulary_->terms.size(); ++i) {
      index_->add(vocabulary_->terms[i], vocabulary_->frequencies[i]);
    }
  }
  static void TearDownTestSuite() {
    delete index_;
    delete vocabulary_;
  }
  static Vocabulary* vocabulary_;
  static SpellingIndex* index_;
};

Vocabulary* LargeVocabularyTest::vocabulary_ = nullptr;
SpellingIndex* LargeVocabularyTest::index_ = nullptr;

TEST_F(LargeVocabularyTest, StillFindsTheRightTerm) {
  EXPECT_EQ(index_->size(), 50001u);
  const auto found = index_->lookup("enkeltrik");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].term, "enkeltrick");
  EXPECT_EQ(found[0].distance, 1);
}

TEST_F(LargeVocabularyTest, AgreesWithExhaustiveScan) {
  std::mt19937 random(7);
  const auto all = std::numeric_limits<std::size_t>::max();
  std::size_t nonEmpty = 0;
  for (int q = 0; q < 40; ++q) {
    const std::string& original = vocabulary_->terms[random() % vocabulary_->terms.size()];
    const std::string query = misspell(original, 1 + q % 2, random);
    const auto expected = exhaustiveLookup(*vocabulary_, query);
    const auto actual = index_->lookup(query, -1, all);
    ASSERT_EQ(termsOf(actual), termsOf(expected)) << "query: " << query;
    for (std::size_t i = 0; i < actual.size(); ++i) {
      EXPECT_EQ(actual[i].distance, expected[i].distance) << "query: " << query;
      EXPECT_EQ(actual[i].frequency, expected[i].frequency) << "query: " << query;
    }
    nonEmpty += expected.empty() ? 0 : 1;
  }
  EXPECT_GT(nonEmpty, 20u);  // the comparison must not pass on empty results alone
}

}  // namespace
}  // namespace querverweis
