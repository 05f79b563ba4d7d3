#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "TestSupport.h"
#include "querverweis/Corpus.h"
#include "querverweis/Engine.h"
#include "querverweis/Error.h"
#include "querverweis/Index.h"

namespace querverweis {
namespace {

class UnlinkedMentionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    dir_->write("corpus/buergersprechstunde.md",
                "---\ntitle: Bürgersprechstunde\n---\nEine Bürgersprechstunde ist ein offenes "
                "Gesprächsangebot der Polizei.\n");
    dir_->write("corpus/quartiermanagement.md",
                "---\ntitle: Quartiermanagement\n---\nQuartiermanager bieten\nBürgersprechstunden "
                "an und vernetzen Akteure im Viertel.\n");
    dir_->write("corpus/kontaktbereichsbeamter.md",
                "---\ntitle: Kontaktbereichsbeamter\n---\nEr lädt zur "
                "[Bürgersprechstunde](buergersprechstunde) ein und kennt das Viertel.\n");
    engine_ = test::indexAndOpen(*dir_);
  }
  static void TearDownTestSuite() {
    engine_.reset();
    delete dir_;
  }

  static test::TempDir* dir_;
  static std::shared_ptr<const Engine> engine_;
};

test::TempDir* UnlinkedMentionsTest::dir_ = nullptr;
std::shared_ptr<const Engine> UnlinkedMentionsTest::engine_;

TEST_F(UnlinkedMentionsTest, ListsMentionsWithoutAnExplicitLink) {
  UnlinkedMentions found = engine_->unlinkedMentions("buergersprechstunde");
  ASSERT_EQ(found.total, 1u);
  const UnlinkedMention& mention = found.mentions.at(0);
  EXPECT_EQ(mention.slug, "quartiermanagement");
  EXPECT_EQ(mention.title, "Quartiermanagement");
  EXPECT_EQ(mention.text, "Bürgersprechstunden");
  EXPECT_EQ(mention.kind, LinkKind::Inflected);
}

TEST_F(UnlinkedMentionsTest, SplitsTheContextAroundTheMentionWithWhitespaceFolded) {
  UnlinkedMentions found = engine_->unlinkedMentions("buergersprechstunde");
  const UnlinkedMention& mention = found.mentions.at(0);
  EXPECT_EQ(mention.before, "Quartiermanager bieten ");
  EXPECT_EQ(mention.after, " an und vernetzen Akteure im Viertel.");
  const Entry* source = engine_->findEntry("quartiermanagement");
  EXPECT_EQ(source->body.substr(mention.start, mention.end - mention.start), mention.text);
}

TEST_F(UnlinkedMentionsTest, ExplicitlyLinkedMentionsAreNotListed) {
  for (const UnlinkedMention& mention : engine_->unlinkedMentions("buergersprechstunde").mentions) {
    EXPECT_NE(mention.slug, "kontaktbereichsbeamter");
  }
}

TEST_F(UnlinkedMentionsTest, LimitKeepsTheTotal) {
  UnlinkedMentions found = engine_->unlinkedMentions("buergersprechstunde", 0);
  EXPECT_EQ(found.total, 1u);
  EXPECT_TRUE(found.mentions.empty());
}

TEST_F(UnlinkedMentionsTest, UnknownSlugIsNotFound) {
  try {
    engine_->unlinkedMentions("gibt-es-nicht");
    FAIL() << "expected Error(NotFound)";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
}

}  // namespace
}  // namespace querverweis
