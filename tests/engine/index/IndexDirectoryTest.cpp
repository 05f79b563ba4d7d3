#include <gtest/gtest.h>

#include <fstream>

#include "TestSupport.h"
#include "engine/index/IndexDirectory.h"
#include "querverweis/Corpus.h"
#include "querverweis/Engine.h"
#include "querverweis/Error.h"
#include "querverweis/Index.h"

namespace querverweis {
namespace {

namespace fs = std::filesystem;

std::vector<Entry> oneEntry(const std::string& slug, const std::string& title) {
  return {parseMarkdownEntry(slug, "---\ntitle: " + title + "\n---\nText über " + title + ".\n",
                             slug + ".md")};
}

TEST(IndexDirectoryTest, EmptyFolderHasNoLiveGeneration) {
  test::TempDir dir;
  try {
    liveGeneration(dir.str());
    FAIL() << "expected NotFound";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
}

TEST(IndexDirectoryTest, UnpublishedStagingLeavesNoTrace) {
  test::TempDir dir;
  {
    StagedGeneration staged(dir.str());
    std::ofstream(staged.path() + "/half-written") << "x";
  }
  EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST(IndexDirectoryTest, ReindexSwitchesToNewContent) {
  test::TempDir dir;
  writeIndex(oneEntry("zoll", "Zoll"), dir.str(), {});
  std::string first = liveGeneration(dir.str());
  writeIndex(oneEntry("raub", "Raub"), dir.str(), {});
  EXPECT_NE(liveGeneration(dir.str()), first);
  auto engine = Engine::open(dir.str());
  EXPECT_NE(engine->findEntry("raub"), nullptr);
  EXPECT_EQ(engine->findEntry("zoll"), nullptr);
}

TEST(IndexDirectoryTest, OpenEngineKeepsReadingAfterReindex) {
  test::TempDir dir;
  writeIndex(oneEntry("zoll", "Zoll"), dir.str(), {});
  auto before = Engine::open(dir.str());
  writeIndex(oneEntry("raub", "Raub"), dir.str(), {});
  EXPECT_EQ(before->search("Zoll").hits.at(0).slug, "zoll");
}

TEST(IndexDirectoryTest, OnlyTheLiveAndPreviousGenerationsRemain) {
  test::TempDir dir;
  for (const char* title : {"Zoll", "Raub", "Betrug", "Mobbing"}) {
    writeIndex(oneEntry("eintrag", title), dir.str(), {});
  }
  int generations = 0;
  for (const auto& item : fs::directory_iterator(dir.path())) {
    generations += item.path().filename().string().rfind("gen-", 0) == 0 ? 1 : 0;
  }
  EXPECT_EQ(generations, 2);
}

TEST(IndexDirectoryTest, StagingOfADeadRunIsRemovedByTheNext) {
  test::TempDir dir;
  fs::create_directories(dir.path() / "staging-999999999");
  writeIndex(oneEntry("zoll", "Zoll"), dir.str(), {});
  EXPECT_FALSE(fs::exists(dir.path() / "staging-999999999"));
}

TEST(IndexDirectoryTest, FailedIndexRunKeepsPreviousIndexLive) {
  test::TempDir dir;
  writeIndex(oneEntry("zoll", "Zoll"), dir.str(), {});
  std::string live = liveGeneration(dir.str());
  EXPECT_THROW(writeIndex({}, dir.str(), {}), Error);
  EXPECT_EQ(liveGeneration(dir.str()), live);
  EXPECT_EQ(Engine::open(dir.str())->search("Zoll").hits.at(0).slug, "zoll");
}

}  // namespace
}  // namespace querverweis
