// Proves the atomic-replacement promise end to end: `querverweis index` killed with SIGKILL in
// the middle of writing leaves the previous index live and searchable.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "TestSupport.h"
#include "engine/index/IndexDirectory.h"
#include "querverweis/Engine.h"

namespace querverweis {
namespace {

// A JSON Lines corpus large enough that indexing takes a while.
void writeLargeCorpus(const std::string& path, int entries) {
  std::ofstream out(path);
  for (int i = 0; i < entries; ++i) {
    out << "{\"slug\":\"eintrag-" << i << "\",\"title\":\"Eintrag " << i
        << "\",\"body\":\"Quartiermanagement und Bürgersprechstunden im Viertel " << i
        << ". Präventionsräte, Kontaktbereichsbeamte und Stadtteilbüros arbeiten zusammen, "
           "damit das Sicherheitsempfinden der Bewohnerinnen und Bewohner steigt.\"}\n";
  }
}

// Starts `querverweis index` and kills it with SIGKILL once it reports progress.
bool killIndexMidway(const std::string& corpus, const std::string& index) {
  int err[2];
  if (::pipe(err) != 0) {
    return false;
  }
  pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(err[1], 2);
    ::close(err[0]);
    ::close(err[1]);
    ::execl(QV_BINARY, QV_BINARY, "index", "--corpus", corpus.c_str(), "--index", index.c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(err[1]);
  std::string seen;
  char buffer[256];
  ssize_t n;
  bool progressed = false;
  while (!progressed && (n = ::read(err[0], buffer, sizeof(buffer))) > 0) {
    seen.append(buffer, static_cast<size_t>(n));
    progressed = seen.find("indexed ") != std::string::npos;
  }
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ::close(err[0]);
  return progressed && WIFSIGNALED(status);
}

TEST(InterruptedIndexTest, KilledReindexLeavesPreviousIndexUsable) {
  test::TempDir dir;
  dir.write("small/zoll.md", "---\ntitle: Zoll\n---\nDer Zoll kontrolliert Waren.\n");
  std::string index = dir.str() + "/index";
  ASSERT_EQ(
      test::runQuerverweis({"index", "--corpus", dir.str() + "/small", "--index", index}).exitCode,
      0);
  std::string live = liveGeneration(index);
  writeLargeCorpus(dir.str() + "/large.jsonl", 20000);

  ASSERT_TRUE(killIndexMidway(dir.str() + "/large.jsonl", index))
      << "the indexer finished before it could be killed";

  EXPECT_EQ(liveGeneration(index), live);
  auto engine = Engine::open(index);
  EXPECT_EQ(engine->entries().size(), 1u);
  EXPECT_EQ(engine->search("Zoll").hits.at(0).slug, "zoll");
  test::CommandResult search = test::runQuerverweis({"search", "--index", index, "Zoll"});
  EXPECT_EQ(search.exitCode, 0) << search.err;
}

}  // namespace
}  // namespace querverweis
