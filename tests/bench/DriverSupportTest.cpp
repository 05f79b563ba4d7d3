#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "TestSupport.h"
#include "bench/compare/DriverSupport.h"

namespace querverweis::bench {
namespace {

TEST(DriverSupport, PercentilesAreNearestRank) {
  std::vector<double> millis(100);
  std::iota(millis.begin(), millis.end(), 1.0);  // 1 … 100 ms, given out of order below
  std::reverse(millis.begin(), millis.end());
  const nlohmann::json report = latencyJson(millis);
  EXPECT_DOUBLE_EQ(report["p50_ms"].get<double>(), 50.0);
  EXPECT_DOUBLE_EQ(report["p90_ms"].get<double>(), 90.0);
  EXPECT_DOUBLE_EQ(report["p99_ms"].get<double>(), 99.0);
  EXPECT_DOUBLE_EQ(report["max_ms"].get<double>(), 100.0);
  EXPECT_DOUBLE_EQ(report["timed_seconds"].get<double>(), 5.05);
}

TEST(DriverSupport, QueryFileSkipsCommentsAndStopsAtTheLimit) {
  test::TempDir dir;
  dir.write("q.tsv",
            "# made for a test\nrare\tZeitzonendatei\ntwo_words\tDatei löschen\n"
            "common\tDatei\n");
  const std::vector<QueryLine> queries = readQueries(dir.file("q.tsv"), 2);
  ASSERT_EQ(queries.size(), 2u);
  EXPECT_EQ(queries[1].kind, "two_words");
  EXPECT_EQ(queries[1].text, "Datei löschen");
  dir.write("bad.tsv", "Datei ohne Art\n");
  EXPECT_THROW(readQueries(dir.file("bad.tsv"), 0), std::runtime_error);
}

TEST(DriverSupport, TimedPassCountsHitsAndErrorsOfEveryQuery) {
  const std::vector<QueryLine> queries = {{"rare", "Datei"}, {"rare", "leer"}, {"rare", "kaputt"}};
  std::size_t calls = 0;
  DriverArgs args;
  const nlohmann::json report = runQueries(queries, args, [&](const std::string& query) {
    ++calls;
    if (query == "kaputt") {
      throw std::runtime_error("kaputt");
    }
    return SearchOutcome{
        query == "Datei" ? std::vector<std::string>{"ls-1"} : std::vector<std::string>{}, 5};
  });
  EXPECT_EQ(calls, 6u);  // a warm-up pass and a timed pass
  EXPECT_EQ(report["queries"], 3);
  EXPECT_EQ(report["with_hits"], 1);
  EXPECT_EQ(report["errors"], 1);
  EXPECT_EQ(report["fetched_bytes"], 10);
}

}  // namespace
}  // namespace querverweis::bench
