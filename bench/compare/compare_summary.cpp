// compare_summary RESULTS_DIR…
// Prints the side-by-side table (Markdown) of one or more runs of bench/compare/run-compare.sh.
// A results folder holds the one-line JSON reports of the drivers: xapian-index.json,
// xapian-search.json, querverweis-index.json, querverweis-search.json, querverweis-links.json,
// and run.json (scale, corpus and query counts), e.g.
//   | search p50 (ms) | 6.41 | 0.152 | 42.2 |
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using nlohmann::json;

json readReport(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) {
    throw std::runtime_error(path.string() + ": missing (did its phase fail?)");
  }
  try {
    return json::parse(in);
  } catch (const json::parse_error& e) {
    throw std::runtime_error(path.string() + ": " + e.what());
  }
}

// Three significant digits or so, never scientific notation: 0.152, 6.41, 42.2, 1234.
std::string number(double value) {
  const double magnitude = std::fabs(value);
  int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  if (magnitude > 0 && magnitude < 0.01) {
    decimals = 4;
  }
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(decimals);
  out << value;
  return out.str();
}

struct Row {
  std::string label;
  std::optional<double> querverweis;
  std::optional<double> xapian;
};

std::optional<double> field(const json& report, const char* key, double scale = 1.0) {
  if (!report.contains(key) || !report[key].is_number()) {
    return std::nullopt;
  }
  return report[key].get<double>() * scale;
}

std::optional<double> perQuery(const json& search) {
  auto cpu = field(search, "pass_cpu_seconds", 1000.0);
  auto queries = field(search, "queries");
  if (!cpu || !queries || *queries == 0) {
    return std::nullopt;
  }
  return *cpu / *queries;
}

std::optional<double> linksPerCpuSecond(const json& links) {
  auto bytes = field(links, "bytes", 1e-6);
  auto cpu = field(links, "links_cpu_seconds");
  if (!bytes || !cpu || *cpu == 0) {
    return std::nullopt;
  }
  return *bytes / *cpu;
}

void printRow(const Row& row) {
  auto cell = [](const std::optional<double>& value) { return value ? number(*value) : "–"; };
  std::string ratio = "–";
  if (row.querverweis && row.xapian && *row.xapian != 0) {
    ratio = number(*row.querverweis / *row.xapian);
  }
  std::cout << "| " << row.label << " | " << cell(row.querverweis) << " | " << cell(row.xapian)
            << " | " << ratio << " |\n";
}

void printTable(const std::filesystem::path& dir) {
  const json run = readReport(dir / "run.json");
  const json qIndex = readReport(dir / "querverweis-index.json");
  const json xIndex = readReport(dir / "xapian-index.json");
  const json qSearch = readReport(dir / "querverweis-search.json");
  const json xSearch = readReport(dir / "xapian-search.json");
  const json qLinks = readReport(dir / "querverweis-links.json");
  constexpr double kMillis = 1000.0;
  constexpr double kMegabytes = 1e-6;
  constexpr double kKilobytesToMegabytes = 1.0 / 1024.0;
  std::cout << "Scale " << run.value("scale", 0) << "×: " << qIndex.value("entries", 0)
            << " entries, " << number(qIndex.value("text_bytes", 0.0) * kMegabytes)
            << " MB of text; " << qSearch.value("queries", 0)
            << " queries, each engine one warm-up pass then one timed pass; links over "
            << qLinks.value("texts", 0) << " held-out pages ("
            << number(qLinks.value("bytes", 0.0) * kMegabytes) << " MB). One thread.\n\n"
            << "| Measure | querverweis | Xapian | querverweis / Xapian |\n"
            << "|---|---|---|---|\n";
  const std::vector<Row> rows = {
      {"search p50 (ms)", field(qSearch, "p50_ms"), field(xSearch, "p50_ms")},
      {"search p90 (ms)", field(qSearch, "p90_ms"), field(xSearch, "p90_ms")},
      {"search p99 (ms)", field(qSearch, "p99_ms"), field(xSearch, "p99_ms")},
      {"queries per second", field(qSearch, "qps"), field(xSearch, "qps")},
      {"CPU time per query, timed pass (ms)", perQuery(qSearch), perQuery(xSearch)},
      {"queries with at least one hit", field(qSearch, "with_hits"), field(xSearch, "with_hits")},
      {"open: process start to ready (ms)", field(qSearch, "ready_seconds", kMillis),
       field(xSearch, "ready_seconds", kMillis)},
      {"open: the open call alone (ms)", field(qSearch, "open_seconds", kMillis),
       field(xSearch, "open_seconds", kMillis)},
      {"indexing (MB/s of text)", field(qIndex, "mb_per_s"), field(xIndex, "mb_per_s")},
      {"indexing time (s)", field(qIndex, "seconds"), field(xIndex, "seconds")},
      {"indexing CPU time (s)", field(qIndex, "cpu_seconds"), field(xIndex, "cpu_seconds")},
      {"index size on disk (MB)", field(qIndex, "index_bytes", kMegabytes),
       field(xIndex, "index_bytes", kMegabytes)},
      {"peak RSS, indexing process (MiB)", field(qIndex, "vm_hwm_kb", kKilobytesToMegabytes),
       field(xIndex, "vm_hwm_kb", kKilobytesToMegabytes)},
      {"peak RSS, search process (MiB)", field(qSearch, "vm_hwm_kb", kKilobytesToMegabytes),
       field(xSearch, "vm_hwm_kb", kKilobytesToMegabytes)},
      {"cross-link suggestions, unseen text, cold process (MB/s)", field(qLinks, "mb_per_s"),
       std::nullopt},
      {"cross-link suggestions (MB per CPU second)", linksPerCpuSecond(qLinks), std::nullopt},
      {"peak RSS, links process (MiB)", field(qLinks, "vm_hwm_kb", kKilobytesToMegabytes),
       std::nullopt},
  };
  for (const Row& row : rows) {
    printRow(row);
  }
  std::cout << "\nsearch errors: querverweis " << qSearch.value("errors", 0) << ", Xapian "
            << xSearch.value("errors", 0) << "; querverweis indexing spent "
            << number(qIndex.value("link_seconds", 0.0)) << " s detecting links and "
            << number(qIndex.value("related_seconds", 0.0))
            << " s ranking related concepts; links found " << qLinks.value("suggestions", 0)
            << " suggestions.\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: compare_summary RESULTS_DIR…\n";
    return 2;
  }
  try {
    for (int i = 1; i < argc; ++i) {
      if (i > 1) {
        std::cout << "\n";
      }
      printTable(argv[i]);
    }
  } catch (const std::exception& e) {
    std::cerr << "compare_summary: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
