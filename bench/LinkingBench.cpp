// Linking throughput of Engine::links with default options, reported in bytes/s:
// - all bodies of the bundled corpus joined (about 250 KB of German prose dense with glossary
//   terms) against the bundled index;
// - about 250 KB of man-page prose, against the bundled index (few mentions: the cost of
//   scanning) and against the 20,000-entry man-page index (a 20k-title lexicon);
// - one Markdown entry of the bundled corpus, as an editor sends it while writing (self set).
#include <benchmark/benchmark.h>

#include <string>

#include "bench/BenchCorpora.h"

namespace {

using querverweis::bench::BenchIndex;

constexpr std::size_t kManpageTextBytes = 250 * 1000;

void linkText(benchmark::State& state, const querverweis::Engine& engine, const std::string& text,
              const querverweis::LinkOptions& options = {}) {
  std::size_t links = 0;
  for (auto _ : state) {
    auto suggestions = engine.links(text, options);
    links = suggestions.size();
    benchmark::DoNotOptimize(suggestions);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["text_bytes"] = static_cast<double>(text.size());
  state.counters["links"] = static_cast<double>(links);
}

const std::string& manpageTextOrSkip(benchmark::State& state) {
  static std::string error;
  static const std::string text = querverweis::bench::manpageText(kManpageTextBytes, &error);
  if (!error.empty()) {
    state.SkipWithError(error.c_str());
  }
  return text;
}

void linksBundledBodies(benchmark::State& state) {
  const querverweis::Engine* engine =
      querverweis::bench::engineOrSkip(querverweis::bench::bundledIndex(), state);
  if (engine == nullptr) {
    return;
  }
  static const std::string text = querverweis::bench::joinBodies(engine->entries(), 0);
  linkText(state, *engine, text);
}
BENCHMARK(linksBundledBodies)->Unit(benchmark::kMillisecond);

void linksManpageText(benchmark::State& state, const BenchIndex& (*index)()) {
  const querverweis::Engine* engine = querverweis::bench::engineOrSkip(index(), state);
  if (engine == nullptr) {
    return;
  }
  const std::string& text = manpageTextOrSkip(state);
  if (text.empty()) {
    return;
  }
  linkText(state, *engine, text);
}
BENCHMARK_CAPTURE(linksManpageText, bundled, &querverweis::bench::bundledIndex)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(linksManpageText, manpages20k, &querverweis::bench::manpageIndex)
    ->Unit(benchmark::kMillisecond);

// Enkeltrick: about 2 KB, a typical entry length.
void linksSingleEntry(benchmark::State& state) {
  const querverweis::Engine* engine =
      querverweis::bench::engineOrSkip(querverweis::bench::bundledIndex(), state);
  if (engine == nullptr) {
    return;
  }
  const querverweis::Entry* entry = engine->findEntry("enkeltrick");
  if (entry == nullptr) {
    state.SkipWithError("entry enkeltrick missing from the bundled corpus");
    return;
  }
  linkText(state, *engine, entry->body, {.self = entry->slug});
}
BENCHMARK(linksSingleEntry)->Unit(benchmark::kMicrosecond);

}  // namespace
