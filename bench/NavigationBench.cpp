// Latency of the browsing calls on the bundled corpus (157 entries), single-threaded:
// related() for every slug round-robin (default limit 5, reasons included), and complete() for a
// few typed prefixes (limit 10), each prefix its own benchmark since their result sets differ.
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>
#include <vector>

#include "bench/BenchCorpora.h"

namespace {

void relatedRoundRobin(benchmark::State& state) {
  const querverweis::Engine* engine =
      querverweis::bench::engineOrSkip(querverweis::bench::bundledIndex(), state);
  if (engine == nullptr) {
    return;
  }
  std::vector<std::string> slugs;
  for (const querverweis::Entry& entry : engine->entries()) {
    slugs.push_back(entry.slug);
  }
  std::size_t next = 0;
  for (auto _ : state) {
    auto related = engine->related(slugs[next]);
    benchmark::DoNotOptimize(related);
    next = (next + 1) % slugs.size();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(relatedRoundRobin)->Unit(benchmark::kMicrosecond);

void complete(benchmark::State& state, std::string_view prefix) {
  const querverweis::Engine* engine =
      querverweis::bench::engineOrSkip(querverweis::bench::bundledIndex(), state);
  if (engine == nullptr) {
    return;
  }
  for (auto _ : state) {
    auto completions = engine->complete(prefix);
    benchmark::DoNotOptimize(completions);
  }
}
// Prefixes as typed: with umlaut, its ASCII spelling, a compound tail, short and frequent, and
// lower-case ASCII of a word with umlaut.
BENCHMARK_CAPTURE(complete, Buergers_umlaut, std::string_view("Bürgers"));
BENCHMARK_CAPTURE(complete, buergers, std::string_view("buergers"));
BENCHMARK_CAPTURE(complete, diebstahl, std::string_view("diebstahl"));
BENCHMARK_CAPTURE(complete, Kri, std::string_view("Kri"));
BENCHMARK_CAPTURE(complete, praev, std::string_view("praev"));

}  // namespace
