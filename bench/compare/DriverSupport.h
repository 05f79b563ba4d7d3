// What both drivers of the side-by-side benchmark share, so that Xapian and querverweis are
// measured by the same code: the command line, the query file, latency percentiles, peak
// memory, index size and the one-line JSON report of a phase. Knows neither engine.
//
//   querverweis_driver search INDEX QUERIES.tsv --started-at "$EPOCHREALTIME"
//   → {"engine":"querverweis","phase":"search","p50_ms":4.1,…,"vm_hwm_kb":412345}
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace querverweis::bench {

// DRIVER PHASE ARGUMENTS… [--started-at EPOCHREALTIME] [--limit N] [--no-warmup] [--hits FILE]
struct DriverArgs {
  std::string phase;  // index | open | search | links
  std::vector<std::string> positional;
  // bash's $EPOCHREALTIME ("1764865482.123456") taken just before the process was started;
  // empty: the time from process start to ready is not reported.
  std::string startedAt;
  std::size_t limit = 0;  // index: first N entries; search: first N queries; 0 = all
  bool warmup = true;     // search: one untimed pass over the queries first
  std::string hitsPath;   // search: write each query's top slugs here (after timing)
};

struct QueryLine {
  std::string kind;
  std::string text;
};

// KIND<TAB>QUERY lines, '#' lines skipped; the first `limit` (0 = all). Throws
// std::runtime_error naming the file and line.
std::vector<QueryLine> readQueries(const std::string& path, std::size_t limit);

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

// What one search gave back: the hits' slugs in rank order, and the bytes of the titles (and
// snippets) fetched, which the driver must touch like a caller that shows them would.
struct SearchOutcome {
  std::vector<std::string> slugs;
  std::size_t fetchedBytes = 0;
};
using SearchCall = std::function<SearchOutcome(const std::string& query)>;

// Runs every query once untimed (unless args.warmup is false), then once more timing each
// call with steady_clock; writes args.hitsPath if set. Returns latencyJson of the timed pass
// with "queries", "qps", "pass_seconds" and "pass_cpu_seconds" (wall-clock and CPU time of the
// timed pass), "warmup_seconds", "with_hits" (queries with at least one hit) and
// "errors" (calls that threw; their time is counted, their message printed once to stderr).
nlohmann::json runQueries(const std::vector<QueryLine>& queries, const DriverArgs& args,
                          const SearchCall& search);

// Seconds of wall-clock time since `epochRealtime` (see DriverArgs::startedAt).
double secondsSince(std::string_view epochRealtime);

// p50/p90/p99 (nearest rank), mean, max in milliseconds, and their sum in seconds.
nlohmann::json latencyJson(std::vector<double> millis);

// User + system CPU time of this process so far.
double processCpuSeconds();

// {"vm_hwm_kb": VmHWM of /proc/self/status, "maxrss_kb": getrusage's ru_maxrss}: the peak
// resident memory of this process so far; "cpu_seconds": its user + system CPU time so far
// (on a shared machine the wall-clock figures include waiting for a core, this does not).
nlohmann::json peakMemoryJson();

// Sum of the sizes of the regular files below `directory`.
std::uintmax_t directoryBytes(const std::string& directory);

// Writes `report` as one line to stdout, with the process's peak memory added.
void printPhase(nlohmann::json report);

struct DriverPhase {
  std::string_view name;
  std::string_view arguments;  // for the usage message: "CORPUS.jsonl INDEX_DIR"
  std::size_t positional;
  void (*run)(const DriverArgs&);
};

// Parses the command line and runs the phase it names. Returns the exit code: 0, 1 when the
// phase threw (the message goes to stderr), 2 for a bad command line.
int runDriver(std::string_view driver, std::span<const DriverPhase> phases, int argc, char** argv);

}  // namespace querverweis::bench
