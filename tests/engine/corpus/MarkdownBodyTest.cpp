#include <gtest/gtest.h>

#include "engine/corpus/MarkdownBody.h"

namespace querverweis {
namespace {

TEST(MarkdownBodyTest, PlainViewKeepsEveryOffset) {
  std::string body = "## Dialog verbessern\n- [Weißer Ring](weisser-ring) hilft.\n";
  MarkdownBody parsed = parseMarkdownBody(body);
  ASSERT_EQ(parsed.plain.size(), body.size());
  EXPECT_EQ(parsed.plain.find("Dialog verbessern"), body.find("Dialog verbessern"));
  EXPECT_EQ(parsed.plain.find("Weißer Ring"), body.find("Weißer Ring"));
  EXPECT_EQ(parsed.plain.find("weisser-ring"), std::string::npos);
  EXPECT_EQ(parsed.plain.find('#'), std::string::npos);
}

TEST(MarkdownBodyTest, SectionsSpanToTheNextHeading) {
  std::string body = "Einleitung.\n\n## Erster Teil\n\nText eins.\n\n## Zweiter Teil\nText zwei.";
  MarkdownBody parsed = parseMarkdownBody(body);
  ASSERT_EQ(parsed.sections.size(), 2u);
  EXPECT_EQ(parsed.sections[0].heading, "Erster Teil");
  EXPECT_EQ(parsed.sections[0].end, parsed.sections[1].begin);
  EXPECT_EQ(parsed.sections[1].end, body.size());
  EXPECT_EQ(body.substr(parsed.sections[1].headingBegin,
                        parsed.sections[1].headingEnd - parsed.sections[1].headingBegin),
            "Zweiter Teil");
}

TEST(MarkdownBodyTest, SlugLinksAreRecordedWithTextOffsets) {
  std::string body = "Der [Opferschutz](opferschutz) und die [Seite](https://example.org).";
  MarkdownBody parsed = parseMarkdownBody(body);
  ASSERT_EQ(parsed.links.size(), 1u);
  EXPECT_EQ(parsed.links[0].target, "opferschutz");
  EXPECT_EQ(body.substr(parsed.links[0].begin, parsed.links[0].end - parsed.links[0].begin),
            "Opferschutz");
}

TEST(MarkdownBodyTest, PlaceholderLinkTextStaysAsPlainText) {
  MarkdownBody parsed = parseMarkdownBody("ein [Lehrgang](#) der IHK");
  EXPECT_TRUE(parsed.links.empty());
  EXPECT_NE(parsed.plain.find("Lehrgang"), std::string::npos);
  EXPECT_EQ(parsed.plain.find("(#)"), std::string::npos);
}

TEST(MarkdownBodyTest, HeadingLinesAreRecordedForTheLinker) {
  MarkdownBody parsed = parseMarkdownBody("# Titel\nText\n## Abschnitt\n");
  EXPECT_EQ(parsed.headingRanges.size(), 2u);
}

TEST(MarkdownBodyTest, UnclosedBracketIsPlainText) {
  MarkdownBody parsed = parseMarkdownBody("Klammer [offen und (so) weiter");
  EXPECT_TRUE(parsed.links.empty());
  EXPECT_EQ(parsed.plain, "Klammer [offen und (so) weiter");
}

TEST(MarkdownBodyTest, SlugRulesRejectUpperCaseAndSpaces) {
  EXPECT_TRUE(looksLikeSlug("taeter-opfer-ausgleich"));
  EXPECT_FALSE(looksLikeSlug("Zoll"));
  EXPECT_FALSE(looksLikeSlug("weisser ring"));
  EXPECT_FALSE(looksLikeSlug("-zoll"));
  EXPECT_FALSE(looksLikeSlug(""));
}

}  // namespace
}  // namespace querverweis
