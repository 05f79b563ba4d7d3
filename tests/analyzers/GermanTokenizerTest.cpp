#include <gtest/gtest.h>

#include "analyzers/GermanTokenizer.h"
#include "analyzers/text/Utf8.h"

namespace querverweis {
namespace {

struct Token {
  std::string text;
  int start;
  int end;
  int increment;
  std::string type;
  bool operator==(const Token&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Token& t) {
  return os << t.text << "[" << t.start << "," << t.end << ")+" << t.increment << ":" << t.type;
}

std::vector<Token> tokenize(const std::string& text) {
  auto tokenizer =
      Lucene::newLucene<GermanTokenizer>(Lucene::newLucene<Lucene::StringReader>(toWide(text)));
  auto term = tokenizer->addAttribute<Lucene::TermAttribute>();
  auto offset = tokenizer->addAttribute<Lucene::OffsetAttribute>();
  auto increment = tokenizer->addAttribute<Lucene::PositionIncrementAttribute>();
  auto type = tokenizer->addAttribute<Lucene::TypeAttribute>();
  std::vector<Token> tokens;
  while (tokenizer->incrementToken()) {
    tokens.push_back({toUtf8(term->term()), offset->startOffset(), offset->endOffset(),
                      increment->getPositionIncrement(), toUtf8(type->type())});
  }
  return tokens;
}

TEST(GermanTokenizerTest, KeepsUmlautsAndSharpSInsideWords) {
  EXPECT_EQ(tokenize("Weißer Ring für Bürger"),
            (std::vector<Token>{{"Weißer", 0, 6, 1, "word"},
                                {"Ring", 7, 11, 1, "word"},
                                {"für", 12, 15, 1, "word"},
                                {"Bürger", 16, 22, 1, "word"}}));
}

TEST(GermanTokenizerTest, OffsetsCountCharactersNotBytes) {
  auto tokens = tokenize("Übergriffe – häufig");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[1], (Token{"häufig", 13, 19, 1, "word"}));
}

TEST(GermanTokenizerTest, HyphenatedWordGivesPartsAndJoinedForm) {
  EXPECT_EQ(tokenize("Täter-Opfer-Ausgleich"),
            (std::vector<Token>{{"Täter", 0, 5, 1, "hyphen_part"},
                                {"Opfer", 6, 11, 1, "hyphen_part"},
                                {"Ausgleich", 12, 21, 1, "hyphen_part"},
                                {"TäterOpferAusgleich", 0, 21, 0, "joined"}}));
}

TEST(GermanTokenizerTest, DottedAbbreviationBecomesOneToken) {
  EXPECT_EQ(tokenize("A.C.A.B. steht"),
            (std::vector<Token>{{"ACAB", 0, 8, 1, "abbreviation"}, {"steht", 9, 14, 1, "word"}}));
}

TEST(GermanTokenizerTest, SentenceEndAfterSingleLetterIsNoAbbreviation) {
  auto tokens = tokenize("Plan B. Danach");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].text, "B");
  EXPECT_EQ(tokens[1].type, "word");
}

TEST(GermanTokenizerTest, ElidedCoordinationMarksTruncatedFirstMember) {
  auto tokens = tokenize("Jugend- und Opferschutz");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0], (Token{"Jugend", 0, 6, 1, "truncated"}));
  EXPECT_EQ(tokens[2].text, "Opferschutz");
}

TEST(GermanTokenizerTest, DigitsFormTokens) {
  auto tokens = tokenize("Notruf 110, Stand 2023");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[1].text, "110");
  EXPECT_EQ(tokens[3].text, "2023");
}

TEST(GermanTokenizerTest, AbbreviationWithHyphensJoinsItsLetters) {
  auto tokens = tokenize("K.-o.-Tropfen");
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens.back(), (Token{"KoTropfen", 0, 13, 0, "joined"}));
}

TEST(GermanTokenizerTest, EmptyAndPunctuationOnlyInputGiveNoTokens) {
  EXPECT_TRUE(tokenize("").empty());
  EXPECT_TRUE(tokenize(" – … ? (!) ").empty());
}

TEST(GermanTokenizerTest, EnDashIsNotAHyphen) {
  auto tokens = tokenize("oft–problematisch");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].type, "word");
}

}  // namespace
}  // namespace querverweis
