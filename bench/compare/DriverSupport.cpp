#include "bench/compare/DriverSupport.h"

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <numeric>
#include <stdexcept>

namespace querverweis::bench {

namespace {

constexpr int kUsageError = 2;

std::size_t parseCount(std::string_view text) {
  std::size_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    throw std::invalid_argument("--limit needs a whole number, not '" + std::string(text) + "'");
  }
  return value;
}

DriverArgs parseArgs(int argc, char** argv) {
  DriverArgs args;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool hasValue = i + 1 < argc;
    if (arg == "--started-at" && hasValue) {
      args.startedAt = argv[++i];
    } else if (arg == "--limit" && hasValue) {
      args.limit = parseCount(argv[++i]);
    } else if (arg == "--hits" && hasValue) {
      args.hitsPath = argv[++i];
    } else if (arg == "--no-warmup") {
      args.warmup = false;
    } else if (arg.starts_with("--")) {
      throw std::invalid_argument("unexpected option '" + std::string(arg) + "'");
    } else if (args.phase.empty()) {
      args.phase = arg;
    } else {
      args.positional.emplace_back(arg);
    }
  }
  return args;
}

// The value of a "Name:   123 kB" line of /proc/self/status, or -1.
long statusKilobytes(std::string_view name) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.starts_with(name) && line.size() > name.size() && line[name.size()] == ':') {
      return std::stol(line.substr(name.size() + 1));
    }
  }
  return -1;
}

// Two functions, kept apart and out of line, so that a profiler can collect the timed pass alone:
// valgrind --tool=callgrind --toggle-collect='*timedSearch*'.
[[gnu::noipa]] SearchOutcome warmupSearch(const SearchCall& search, const std::string& query) {
  return search(query);
}

[[gnu::noipa]] SearchOutcome timedSearch(const SearchCall& search, const std::string& query) {
  return search(query);
}

}  // namespace

std::vector<QueryLine> readQueries(const std::string& path, std::size_t limit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error(path + ": cannot open");
  }
  std::vector<QueryLine> queries;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line.front() == '#') {
      continue;
    }
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || tab + 1 == line.size()) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": expected KIND<TAB>QUERY");
    }
    queries.push_back({line.substr(0, tab), line.substr(tab + 1)});
    if (limit != 0 && queries.size() == limit) {
      break;
    }
  }
  if (queries.empty()) {
    throw std::runtime_error(path + ": no queries");
  }
  return queries;
}

double secondsSince(std::string_view epochRealtime) {
  // Seconds and microseconds apart: a double of 1.7e9 seconds keeps microseconds only barely.
  const std::size_t dot = epochRealtime.find('.');
  const std::string_view whole = epochRealtime.substr(0, dot);
  std::string_view fraction = dot == epochRealtime.npos ? "" : epochRealtime.substr(dot + 1);
  long long seconds = 0;
  long long micros = 0;
  auto parse = [&](std::string_view text, long long& value) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
      throw std::invalid_argument("--started-at wants $EPOCHREALTIME, not '" +
                                  std::string(epochRealtime) + "'");
    }
  };
  parse(whole, seconds);
  if (!fraction.empty()) {
    fraction = fraction.substr(0, 6);
    parse(fraction, micros);
    micros *= static_cast<long long>(std::pow(10, 6 - fraction.size()));
  }
  const auto started = std::chrono::system_clock::time_point(std::chrono::seconds(seconds) +
                                                             std::chrono::microseconds(micros));
  return std::chrono::duration<double>(std::chrono::system_clock::now() - started).count();
}

nlohmann::json latencyJson(std::vector<double> millis) {
  std::sort(millis.begin(), millis.end());
  auto rank = [&](double share) {
    const auto n = static_cast<double>(millis.size());
    const auto index = static_cast<std::size_t>(std::ceil(share * n));
    return millis[std::clamp<std::size_t>(index, 1, millis.size()) - 1];
  };
  const double total = std::accumulate(millis.begin(), millis.end(), 0.0);
  return {{"p50_ms", rank(0.50)},    {"p90_ms", rank(0.90)},
          {"p99_ms", rank(0.99)},    {"mean_ms", total / static_cast<double>(millis.size())},
          {"max_ms", millis.back()}, {"timed_seconds", total / 1000.0}};
}

nlohmann::json runQueries(const std::vector<QueryLine>& queries, const DriverArgs& args,
                          const SearchCall& search) {
  std::size_t errors = 0;
  std::size_t withHits = 0;
  std::size_t fetched = 0;
  std::vector<std::vector<std::string>> hits(queries.size());
  std::vector<double> millis(queries.size());
  auto runOnce = [&](const QueryLine& query, std::size_t index, auto searchFunction) {
    try {
      SearchOutcome outcome = searchFunction(search, query.text);
      withHits += outcome.slugs.empty() ? 0 : 1;
      fetched += outcome.fetchedBytes;
      hits[index] = std::move(outcome.slugs);
    } catch (const std::exception& e) {
      if (errors++ == 0) {
        std::cerr << "search '" << query.text << "' failed: " << e.what() << "\n";
      }
    }
  };
  Stopwatch warmup;
  for (std::size_t i = 0; args.warmup && i < queries.size(); ++i) {
    runOnce(queries[i], i, warmupSearch);
  }
  const double warmupSeconds = args.warmup ? warmup.seconds() : 0.0;
  errors = withHits = fetched = 0;
  const double cpuBefore = processCpuSeconds();
  Stopwatch pass;
  for (std::size_t i = 0; i < queries.size(); ++i) {
    Stopwatch call;
    runOnce(queries[i], i, timedSearch);
    millis[i] = call.seconds() * 1000.0;
  }
  const double passSeconds = pass.seconds();
  const double passCpuSeconds = processCpuSeconds() - cpuBefore;
  if (!args.hitsPath.empty()) {
    std::ofstream out(args.hitsPath, std::ios::binary | std::ios::trunc);
    for (std::size_t i = 0; i < queries.size(); ++i) {
      out << queries[i].kind << '\t' << queries[i].text << '\t';
      for (const std::string& slug : hits[i]) {
        out << slug << (&slug == &hits[i].back() ? "" : " ");
      }
      out << '\n';
    }
  }
  nlohmann::json report = latencyJson(millis);
  report.update({{"queries", queries.size()},
                 {"qps", static_cast<double>(queries.size()) / passSeconds},
                 {"pass_seconds", passSeconds},
                 {"pass_cpu_seconds", passCpuSeconds},
                 {"warmup_seconds", warmupSeconds},
                 {"with_hits", withHits},
                 {"errors", errors},
                 {"fetched_bytes", fetched}});
  return report;
}

double processCpuSeconds() {
  timespec time{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
  return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_nsec) / 1e9;
}

nlohmann::json peakMemoryJson() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return {{"vm_hwm_kb", statusKilobytes("VmHWM")},
          {"maxrss_kb", usage.ru_maxrss},
          {"cpu_seconds", processCpuSeconds()}};
}

std::uintmax_t directoryBytes(const std::string& directory) {
  std::uintmax_t bytes = 0;
  for (const auto& item : std::filesystem::recursive_directory_iterator(directory)) {
    if (item.is_regular_file() && !item.is_symlink()) {
      bytes += item.file_size();
    }
  }
  return bytes;
}

void printPhase(nlohmann::json report) {
  report.update(peakMemoryJson());
  std::cout << report.dump() << std::endl;
}

int runDriver(std::string_view driver, std::span<const DriverPhase> phases, int argc, char** argv) {
  auto usage = [&](const std::string& problem) {
    std::cerr << driver << ": " << problem << "\nusage:\n";
    for (const DriverPhase& phase : phases) {
      std::cerr << "  " << driver << " " << phase.name << " " << phase.arguments << "\n";
    }
    std::cerr << "options: --started-at $EPOCHREALTIME, --limit N, --no-warmup, --hits FILE\n";
    return kUsageError;
  };
  DriverArgs args;
  try {
    args = parseArgs(argc, argv);
  } catch (const std::invalid_argument& e) {
    return usage(e.what());
  }
  auto phase = std::find_if(phases.begin(), phases.end(),
                            [&](const DriverPhase& p) { return p.name == args.phase; });
  if (phase == phases.end()) {
    return usage(args.phase.empty() ? "no phase given" : "unknown phase '" + args.phase + "'");
  }
  if (args.positional.size() != phase->positional) {
    return usage(std::string(phase->name) + " needs " + std::string(phase->arguments));
  }
  try {
    phase->run(args);
  } catch (const std::exception& e) {
    std::cerr << driver << " " << phase->name << ": " << e.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace querverweis::bench
