// A damaged generation is refused at open, naming the file, whatever the damage: a file cut
// short, one byte flipped, sixteen bits flipped, a file gone or one added. With an intact older
// generation beside it, that one is served instead and the engine says why.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <set>

#include "TestSupport.h"
#include "querverweis/Corpus.h"
#include "querverweis/Engine.h"
#include "querverweis/Error.h"
#include "querverweis/Index.h"

namespace querverweis {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

using Damage = std::function<void(const fs::path&)>;

std::string readAll(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const fs::path& file, const std::string& bytes) {
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

void truncateToHalf(const fs::path& file) {
  fs::resize_file(file, fs::file_size(file) / 2);
}

void flipOneByte(const fs::path& file) {
  std::string bytes = readAll(file);
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x5A);
  writeAll(file, bytes);
}

void flipSixteenBits(const fs::path& file) {
  std::string bytes = readAll(file);
  std::mt19937 random(static_cast<unsigned>(bytes.size()));
  std::set<std::size_t> bits;
  while (bits.size() < 16 && bits.size() < bytes.size() * 8) {
    bits.insert(std::uniform_int_distribution<std::size_t>(0, bytes.size() * 8 - 1)(random));
  }
  for (std::size_t bit : bits) {
    bytes[bit / 8] = static_cast<char>(bytes[bit / 8] ^ (1 << (bit % 8)));
  }
  writeAll(file, bytes);
}

class ChecksumsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    dir_->write("corpus/zoll.md",
                "---\ntitle: Zoll\n---\nDer Zoll kontrolliert Waren an der Grenze.\n");
    dir_->write("corpus/schmuggel.md",
                "---\ntitle: Schmuggel\n---\nSchmuggel umgeht den Zoll an der Grenze.\n");
    writeIndex(readCorpus(dir_->file("corpus")), dir_->file("index"), {});
  }
  static void TearDownTestSuite() { delete dir_; }

  // A fresh copy of the one-generation index, and the generation's files relative to it.
  static fs::path freshCopy(const std::string& name) {
    fs::path copy = dir_->path() / name;
    fs::remove_all(copy);
    fs::copy(dir_->file("index"), copy, fs::copy_options::recursive);
    return copy;
  }
  static std::vector<fs::path> generationFiles(const fs::path& index) {
    std::vector<fs::path> files;
    for (const auto& item : fs::recursive_directory_iterator(index / "gen-000001")) {
      if (item.is_regular_file()) {
        files.push_back(item.path());
      }
    }
    return files;
  }

  static test::TempDir* dir_;
};

test::TempDir* ChecksumsTest::dir_ = nullptr;

TEST_F(ChecksumsTest, EveryDamageToEveryFileIsRefusedAtOpenNamingTheFile) {
  const std::vector<std::pair<const char*, Damage>> damages = {
      {"truncated", truncateToHalf},
      {"one byte flipped", flipOneByte},
      {"16 bits flipped", flipSixteenBits},
      {"deleted", [](const fs::path& file) { fs::remove(file); }}};
  std::size_t cases = 0;
  for (const fs::path& original : generationFiles(freshCopy("probe"))) {
    fs::path relative = fs::relative(original, dir_->path() / "probe");
    for (const auto& [what, damage] : damages) {
      fs::path index = freshCopy("damaged");
      damage(index / relative);
      SCOPED_TRACE(relative.string() + " " + what);
      try {
        Engine::open(index.string());
        ADD_FAILURE() << "opened";
      } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Corrupt) << e.what();
        EXPECT_THAT(e.what(), HasSubstr(relative.filename().string()));
      }
      std::vector<GenerationCheck> checks = checkIndex(index.string());
      ASSERT_EQ(checks.size(), 1u);
      EXPECT_FALSE(checks[0].intact);
      ++cases;
    }
  }
  EXPECT_GE(cases, 4u * 5u);  // meta.json, links, related, layout, checksums and Lucene's files
}

TEST_F(ChecksumsTest, AFileAddedToAGenerationIsRefused) {
  fs::path index = freshCopy("added");
  writeAll(index / "gen-000001" / "lucene" / "_9.cfs", "fremd");
  EXPECT_THROW(Engine::open(index.string()), Error);
}

TEST_F(ChecksumsTest, ManifestWithValuesOfTheWrongTypeIsRefused) {
  fs::path index = freshCopy("manifest-types");
  writeAll(index / "gen-000001" / "checksums.json",
           R"({"files": {"meta.json": {"size": 6.1e29, "xxh64": 12}}})");
  EXPECT_THROW(Engine::open(index.string()), Error);
  writeAll(index / "gen-000001" / "checksums.json",
           R"({"files": {"meta.json": {"size": -3, "xxh64": "x"}}})");
  EXPECT_THROW(Engine::open(index.string()), Error);
}

TEST_F(ChecksumsTest, DamagedLiveGenerationFallsBackToTheIntactPreviousOne) {
  fs::path index = freshCopy("two");
  writeIndex(readCorpus(dir_->file("corpus")), index.string(), {});
  ASSERT_EQ(checkIndex(index.string()).size(), 2u);
  flipOneByte(index / "gen-000002" / "links.json");
  auto engine = Engine::open(index.string());
  ASSERT_FALSE(engine->warnings().empty());
  EXPECT_THAT(engine->warnings()[0], HasSubstr("gen-000002/links.json"));
  EXPECT_THAT(engine->warnings()[0], HasSubstr("serving the previous generation gen-000001"));
  EXPECT_EQ(engine->search("Zoll").hits.at(0).slug, "zoll");
  std::vector<GenerationCheck> checks = checkIndex(index.string());
  EXPECT_TRUE(checks[0].live);
  EXPECT_FALSE(checks[0].intact);
  EXPECT_TRUE(checks[1].intact);
}

}  // namespace
}  // namespace querverweis
