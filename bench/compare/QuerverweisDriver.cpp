// querverweis_driver: the querverweis side of the side-by-side benchmark, one phase per process.
//   querverweis_driver index  CORPUS.jsonl INDEX_DIR   readCorpus + writeIndex, default options
//   querverweis_driver open   INDEX_DIR                Engine::open
//   querverweis_driver search INDEX_DIR QUERIES.tsv    Engine::search, top 10 with snippets
//   querverweis_driver links  INDEX_DIR TEXTS.jsonl    Engine::links over every body in TEXTS
// Default options throughout: the full German analysis chain, typo tolerance, synonyms. Each
// phase prints one JSON line (see DriverSupport.h). Every engine header the benchmark uses is
// included here and nowhere else.
#include <array>

#include "bench/compare/DriverSupport.h"
#include "querverweis/Corpus.h"
#include "querverweis/Engine.h"
#include "querverweis/Index.h"

namespace querverweis::bench {

namespace {

std::size_t entryTextBytes(const std::vector<Entry>& entries) {
  std::size_t bytes = 0;
  for (const Entry& entry : entries) {
    bytes += entry.title.size() + entry.body.size();
  }
  return bytes;
}

void indexPhase(const DriverArgs& args) {
  Stopwatch watch;
  std::vector<Entry> entries = readCorpus(args.positional[0]);
  if (args.limit != 0 && entries.size() > args.limit) {
    entries.resize(args.limit);
  }
  const std::string& indexDir = args.positional[1];
  const IndexReport written = writeIndex(entries, indexDir, IndexOptions{});
  const double seconds = watch.seconds();
  const std::size_t bytes = entryTextBytes(entries);
  printPhase({{"engine", "querverweis"},
              {"phase", "index"},
              {"entries", entries.size()},
              {"text_bytes", bytes},
              {"seconds", seconds},
              {"mb_per_s", static_cast<double>(bytes) / 1e6 / seconds},
              {"link_seconds", written.linkSeconds},
              {"related_seconds", written.relatedSeconds},
              {"index_bytes", directoryBytes(indexDir)}});
}

struct OpenEngine {
  std::shared_ptr<const Engine> engine;
  nlohmann::json report;
};

OpenEngine openEngine(const DriverArgs& args) {
  Stopwatch watch;
  OpenEngine opened{Engine::open(args.positional[0]), {}};
  opened.report = {{"engine", "querverweis"}, {"open_seconds", watch.seconds()}};
  if (!args.startedAt.empty()) {
    opened.report["ready_seconds"] = secondsSince(args.startedAt);
  }
  return opened;
}

void openPhase(const DriverArgs& args) {
  OpenEngine opened = openEngine(args);
  opened.report["phase"] = "open";
  printPhase(opened.report);
}

void searchPhase(const DriverArgs& args) {
  OpenEngine opened = openEngine(args);
  const std::vector<QueryLine> queries = readQueries(args.positional[1], args.limit);
  const Engine& engine = *opened.engine;
  opened.report.update(runQueries(queries, args, [&](const std::string& query) {
    const SearchResult result = engine.search(query, {.limit = 10});
    SearchOutcome outcome;
    for (const SearchHit& hit : result.hits) {
      outcome.fetchedBytes += hit.title.size() + hit.snippet.size();
      outcome.slugs.push_back(hit.slug);
    }
    return outcome;
  }));
  opened.report["phase"] = "search";
  printPhase(opened.report);
}

// Texts the index has never seen, in a process that has linked nothing before: the cost of
// suggesting links while an editor writes something new.
void linksPhase(const DriverArgs& args) {
  OpenEngine opened = openEngine(args);
  const std::vector<Entry> texts = readCorpus(args.positional[1]);
  std::size_t bytes = 0;
  std::size_t suggestions = 0;
  const double cpuBefore = processCpuSeconds();
  Stopwatch watch;
  for (const Entry& text : texts) {
    bytes += text.body.size();
    suggestions += opened.engine->links(text.body, {}).size();
  }
  const double seconds = watch.seconds();
  const double cpuSeconds = processCpuSeconds() - cpuBefore;
  opened.report.update({{"phase", "links"},
                        {"texts", texts.size()},
                        {"bytes", bytes},
                        {"seconds", seconds},
                        {"links_cpu_seconds", cpuSeconds},
                        {"mb_per_s", static_cast<double>(bytes) / 1e6 / seconds},
                        {"suggestions", suggestions}});
  printPhase(opened.report);
}

constexpr std::array<DriverPhase, 4> kPhases = {{
    {"index", "CORPUS.jsonl INDEX_DIR", 2, indexPhase},
    {"open", "INDEX_DIR", 1, openPhase},
    {"search", "INDEX_DIR QUERIES.tsv", 2, searchPhase},
    {"links", "INDEX_DIR TEXTS.jsonl", 2, linksPhase},
}};

}  // namespace

}  // namespace querverweis::bench

int main(int argc, char** argv) {
  return querverweis::bench::runDriver("querverweis_driver", querverweis::bench::kPhases, argc,
                                       argv);
}
