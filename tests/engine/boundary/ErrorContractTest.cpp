// Every public call lets out only querverweis::Error, whatever its dependencies throw: the
// file system (a symlink loop, a file where a folder should be), yaml-cpp and nlohmann/json
// (malformed front matter and gold), Lucene++ (a damaged index) and the caller's own input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "TestSupport.h"
#include "querverweis/Analysis.h"
#include "querverweis/Corpus.h"
#include "querverweis/Engine.h"
#include "querverweis/Error.h"
#include "querverweis/Evaluation.h"
#include "querverweis/Index.h"

namespace querverweis {
namespace {

namespace fs = std::filesystem;

// Fails unless `call` throws querverweis::Error of `kind` (any other exception fails too).
void expectError(ErrorKind kind, const std::function<void()>& call, const std::string& what) {
  try {
    call();
    ADD_FAILURE() << what << ": no error";
  } catch (const Error& e) {
    EXPECT_EQ(errorKindName(e.kind()), std::string(errorKindName(kind)))
        << what << ": " << e.what();
    EXPECT_NE(std::string(e.what()), "") << what;
  } catch (const std::exception& e) {
    ADD_FAILURE() << what << ": let out a foreign exception: " << e.what();
  }
}

// A copy of the bundled index whose every Lucene++ file is cut to half its size.
std::string truncatedIndexCopy(const test::TempDir& dir) {
  fs::path copy = dir.path() / "damaged";
  fs::copy(test::bundledIndex(), copy, fs::copy_options::recursive);
  for (const fs::directory_entry& file : fs::recursive_directory_iterator(copy)) {
    std::string name = file.path().filename().string();
    if (file.is_regular_file() && (name.ends_with(".cfs") || name.starts_with("segments_"))) {
      fs::resize_file(file.path(), file.file_size() / 2);
    }
  }
  return copy.string();
}

TEST(ErrorContract, OpeningAMissingOrDamagedIndexThrowsOnlyError) {
  test::TempDir dir;
  expectError(
      ErrorKind::NotFound, [&] { Engine::open(dir.file("nichts")); }, "missing index");
  std::string damaged = truncatedIndexCopy(dir);
  expectError(
      ErrorKind::Corrupt, [&] { Engine::open(damaged); }, "truncated Lucene++ files");
  dir.write("blank/CURRENT", "gen-000001\n");
  dir.write("blank/gen-000001/meta.json", "{ kaputt");
  expectError(
      ErrorKind::Corrupt, [&] { Engine::open(dir.file("blank")); }, "broken meta.json");
  fs::remove(dir.path() / "blank" / "CURRENT");
  expectError(
      ErrorKind::Corrupt, [&] { Engine::open(dir.file("blank")); }, "CURRENT lost");
}

TEST(ErrorContract, EngineCallsRejectBadInputWithInvalidArgument) {
  auto engine = Engine::open(test::bundledIndex());
  const std::string invalidUtf8 = "Geh\xC3";
  expectError(
      ErrorKind::InvalidArgument, [&] { engine->search(invalidUtf8); }, "search utf-8");
  expectError(
      ErrorKind::InvalidArgument, [&] { engine->search("Notruf", {.limit = 0}); }, "search limit");
  expectError(
      ErrorKind::InvalidArgument, [&] { engine->complete(invalidUtf8); }, "complete");
  expectError(
      ErrorKind::InvalidArgument, [&] { engine->links(invalidUtf8); }, "links");
  expectError(
      ErrorKind::NotFound, [&] { engine->related("gibt-es-nicht"); }, "related");
  expectError(
      ErrorKind::NotFound, [&] { engine->unlinkedMentions("gibt-es-nicht"); }, "unlinked mentions");
  expectError(
      ErrorKind::InvalidArgument, [&] { engine->analyzeStages(invalidUtf8); }, "stages");
  expectError(
      ErrorKind::InvalidArgument, [&] { engine->compareTerms("Haus", ""); }, "compare");
  expectError(
      ErrorKind::InvalidArgument, [&] { analyze(invalidUtf8, AnalysisConfig{}); }, "analyze");
  expectError(
      ErrorKind::InvalidArgument, [&] { analysisConfigByName("klingonisch"); }, "analysis name");
}

TEST(ErrorContract, CorpusCallsNameTheFileTheFileSystemRefused) {
  test::TempDir dir;
  dir.write("corpus/a.md", "---\ntitle: A\n---\nText.\n");
  fs::create_directory_symlink(dir.file("corpus"), dir.file("corpus/schleife"));
  for (auto call : std::vector<std::function<void()>>{
           [&] { readCorpus(dir.file("corpus")); },
           [&] { checkCorpusAt(dir.file("corpus")); },
       }) {
    try {
      call();
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("schleife"), std::string::npos) << e.what();
    } catch (const std::exception& e) {
      ADD_FAILURE() << "a symlink loop let out a foreign exception: " << e.what();
    }
  }
  expectError(
      ErrorKind::NotFound, [&] { readCorpus(dir.file("fehlt")); }, "missing corpus");
}

TEST(ErrorContract, MalformedTextThrowsInvalidArgumentWithItsLine) {
  expectError(
      ErrorKind::InvalidArgument,
      [] { parseMarkdownEntry("zoll", "---\ntitle: [Zoll\n---\nText\n", "zoll.md"); },
      "broken YAML");
  expectError(
      ErrorKind::InvalidArgument, [] { importExportedPage("", "seite.txt"); }, "empty page");
  expectError(
      ErrorKind::InvalidArgument,
      [] { parseMarkdownEntry("zoll", "---\ntitle: Zoll\n---\n\xFF\n", "zoll.md"); },
      "invalid UTF-8 entry");
}

TEST(ErrorContract, WritingAnIndexWhereAFileStandsThrowsIo) {
  test::TempDir dir;
  dir.write("datei", "kein Ordner");
  std::vector<Entry> entries = {parseMarkdownEntry("a", "---\ntitle: A\n---\nText.\n", "a.md")};
  expectError(
      ErrorKind::Io, [&] { writeIndex(entries, dir.file("datei/index")); }, "index below a file");
  expectError(
      ErrorKind::InvalidArgument, [&] { writeIndex({}, dir.file("leer")); }, "empty corpus");
}

TEST(ErrorContract, MalformedGoldThrowsInvalidArgument) {
  test::TempDir dir;
  expectError(
      ErrorKind::NotFound, [&] { loadEvalGold(dir.file("fehlt")); }, "missing gold");
  dir.write("gold/queries.json", "[{\"text\": ");
  expectError(
      ErrorKind::InvalidArgument, [&] { loadEvalGold(dir.file("gold")); }, "broken JSON");
  dir.write("gold/queries.json", "{\"text\": 3}");
  expectError(
      ErrorKind::InvalidArgument, [&] { loadEvalGold(dir.file("gold")); }, "wrong shape");
}

}  // namespace
}  // namespace querverweis
