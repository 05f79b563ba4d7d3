// Line numbers for messages ("glossar/quartiermanagement.md:17"), computed once per text.
#include <gtest/gtest.h>

#include <string>

#include "analyzers/text/Utf8.h"

namespace querverweis {
namespace {

TEST(LineIndex, AgreesWithCountingNewlinesAtEveryOffset) {
  const std::string text = "Zeile eins\n\nÄrger über\r\nden Zoll\n";
  LineIndex index(text);
  for (std::size_t offset = 0; offset <= text.size() + 2; ++offset) {
    EXPECT_EQ(index.lineOf(offset), lineOfOffset(text, offset)) << offset;
  }
}

TEST(LineIndex, TextWithoutNewlineIsOneLine) {
  EXPECT_EQ(LineIndex("").lineOf(0), 1u);
  EXPECT_EQ(LineIndex("Bürgersprechstunde").lineOf(5), 1u);
}

}  // namespace
}  // namespace querverweis
