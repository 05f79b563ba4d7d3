// The same checks for every step of the analysis chain, as Lucene tests each token filter:
// known German examples with terms, offsets and position increments, empty input, a word the
// step must leave alone, and random strings that must neither crash nor break offsets.
#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "TestSupport.h"
#include "analyzers/GermanAnalyzer.h"
#include "analyzers/text/Utf8.h"

namespace querverweis {
namespace {

struct Token {
  std::string term;
  int32_t start = 0;
  int32_t end = 0;
  int32_t increment = 0;
};

std::vector<Token> run(AnalysisStep step, const std::wstring& text,
                       const std::wstring& field = L"body") {
  GermanAnalyzerPtr analyzer = test::analyzerFor("full");
  Lucene::TokenStreamPtr stream =
      analyzer->tokenStreamUpTo(field, Lucene::newLucene<Lucene::StringReader>(text), step);
  auto term = stream->addAttribute<Lucene::TermAttribute>();
  auto offset = stream->addAttribute<Lucene::OffsetAttribute>();
  auto increment = stream->addAttribute<Lucene::PositionIncrementAttribute>();
  std::vector<Token> tokens;
  stream->reset();
  while (stream->incrementToken()) {
    tokens.push_back({toUtf8(term->term()), offset->startOffset(), offset->endOffset(),
                      increment->getPositionIncrement()});
  }
  stream->end();
  stream->close();
  return tokens;
}

// "term[start,end)+increment ..." — one line that a failure prints whole.
std::string describe(const std::vector<Token>& tokens) {
  std::ostringstream out;
  for (const Token& t : tokens) {
    out << (out.tellp() > 0 ? " " : "") << t.term << "[" << t.start << "," << t.end << ")+"
        << t.increment;
  }
  return out.str();
}

struct StepCase {
  const char* name;
  AnalysisStep step;
  const wchar_t* example;
  const char* expected;
  const wchar_t* leftAlone;  // a word this step must pass through as it came from the step before
};

void PrintTo(const StepCase& c, std::ostream* out) {
  *out << c.name;
}

class TokenFilterBattery : public ::testing::TestWithParam<StepCase> {};

TEST_P(TokenFilterBattery, KnownExampleGivesTermsOffsetsAndPositions) {
  EXPECT_EQ(describe(run(GetParam().step, GetParam().example)), GetParam().expected);
}

TEST_P(TokenFilterBattery, EmptyAndBlankInputGiveNoTokens) {
  EXPECT_TRUE(run(GetParam().step, L"").empty());
  EXPECT_TRUE(run(GetParam().step, L" \t\n ").empty());
  EXPECT_TRUE(run(GetParam().step, L"…–!?").empty());
}

TEST_P(TokenFilterBattery, LeavesItsProtectedWordAsTheStepBeforeGaveIt) {
  AnalysisStep previous = static_cast<AnalysisStep>(static_cast<int>(GetParam().step) - 1);
  std::vector<Token> before = run(previous, GetParam().leftAlone);
  std::vector<Token> after = run(GetParam().step, GetParam().leftAlone);
  EXPECT_EQ(describe(after), describe(before));
  EXPECT_FALSE(after.empty());
}

// Random mixes of German letters, digits, punctuation, hyphens, apostrophes and symbols outside
// the Basic Multilingual Plane.
std::wstring randomText(std::mt19937& random) {
  static const std::wstring alphabet =
      L"aeiouäöüßẞÄÖÜbcdfghklmnprstzBSPKW0123456789 -‐.,;:'’\"()/&@#§–\t\n\u00AD\u200B\U0001F600";
  std::uniform_int_distribution<std::size_t> length(0, 60);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::wstring text;
  for (std::size_t n = length(random); n > 0; --n) {
    text += alphabet[pick(random)];
  }
  return text;
}

TEST_P(TokenFilterBattery, RandomStringsKeepOffsetsInsideAndPositionsMovingForward) {
  std::mt19937 random(20261205);
  for (int round = 0; round < 400; ++round) {
    std::wstring text = randomText(random);
    std::vector<Token> tokens = run(GetParam().step, text);
    // A token at a new position never starts before the one at the last position; a stacked
    // token (+0: a compound part, the joined "Täter-Opfer" after its parts) covers the token it
    // is stacked on, so highlighting can always map it back to the text.
    const Token* anchor = nullptr;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      SCOPED_TRACE(describe(tokens));
      EXPECT_FALSE(t.term.empty());
      EXPECT_LE(0, t.start);
      EXPECT_LE(t.start, t.end);
      EXPECT_LE(t.end, static_cast<int32_t>(text.size()));
      EXPECT_GE(t.increment, i == 0 ? 1 : 0);
      if (t.increment > 0) {
        EXPECT_LE(anchor == nullptr ? 0 : anchor->start, t.start);
        anchor = &t;
      } else if (anchor != nullptr) {
        EXPECT_LE(t.start, anchor->start);
        EXPECT_GE(t.end, anchor->end);
      }
    }
    EXPECT_EQ(describe(run(GetParam().step, text)), describe(tokens)) << "not deterministic";
  }
}

INSTANTIATE_TEST_SUITE_P(
    EveryStep, TokenFilterBattery,
    ::testing::Values(
        StepCase{"Tokens", AnalysisStep::Tokens, L"Die Bürgersprechstunde (z.B. im Quartier)",
                 "Die[0,3)+1 Bürgersprechstunde[4,22)+1 zB[24,28)+1 im[29,31)+1 "
                 "Quartier[32,40)+1",
                 L"Kontaktbereichsbeamter"},
        StepCase{"LowerCase", AnalysisStep::LowerCase, L"ÜBERSCHULDUNG und GROẞE Straße",
                 "überschuldung[0,13)+1 und[14,17)+1 große[18,23)+1 straße[24,30)+1", L"straße"},
        StepCase{"StopWords", AnalysisStep::StopWords, L"Was ist ein Enkeltrick?",
                 "enkeltrick[12,22)+4", L"polizei"},
        StepCase{"Normalization", AnalysisStep::Normalization,
                 L"Buergersprechstunde in Gießen, aktuell",
                 "burgersprechstunde[0,19)+1 giessen[23,29)+2 aktuell[31,38)+1", L"aktuell"},
        StepCase{"CompoundParts", AnalysisStep::CompoundParts, L"Bürgersprechstunden helfen",
                 // the modifier loses its linking element "er"; stemming makes "bürger" the same
                 "burgersprechstunden[0,19)+1 burg[0,19)+0 sprechstunden[0,19)+0 "
                 "helfen[20,26)+1",
                 L"Polizei"},
        StepCase{"Stems", AnalysisStep::Stems, L"Einbrüche bei PKS", "einbruch[0,9)+1 pks[14,17)+2",
                 L"PKS"}),
    [](const ::testing::TestParamInfo<StepCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace querverweis
