// Search latency with the default ("full") analysis, one query per iteration, single-threaded.
// A fixed mix of realistic German queries is cycled round-robin (single words, inflected forms,
// compounds and compound parts, ASCII spellings, a typo, a question, multi-word), once on the
// bundled corpus (157 entries) and once on 20,000 man-page sections. The argument is the result
// limit: 10 is the real path (ten hits with snippets), 1 shows what the extra hits cost.
// searchEachQuery/<corpus>/<query> times every query of the mix alone (limit 10), to find the
// slow kinds.
#include <benchmark/benchmark.h>

#include <array>
#include <span>
#include <string>
#include <string_view>

#include "bench/BenchCorpora.h"

namespace {

using querverweis::bench::BenchIndex;

constexpr std::array<std::string_view, 20> kBundledQueries = {
    "Enkeltrick",
    "Polizei",
    "Bürgersprechstunden",
    "Fahrraddiebstähle",
    "Einbrüche verhindern",
    "Sprechstunde",
    "Kriminalpraevention",
    "Haeusliche Gewalt",
    "Cybergroming",
    "Datenshutz",
    "Abzocke",
    "Bestechung",
    "BKA",
    "Täter-Opfer-Ausgleich",
    "Kinder- und Jugendschutz im Netz",
    "Betrug am Telefon",
    "Angst vor Verbrechen",
    "Dürfen Jugendliche Cannabis kaufen?",
    "Warum werden viele Straftaten nie angezeigt?",
    "Gewalt gegen Rettungskräfte",
};

// Words that occur in the man pages; "Dateisytem" is the typo.
constexpr std::array<std::string_view, 20> kManpageQueries = {
    "Verzeichnis",
    "Verzeichnisse",
    "Benutzerkonto",
    "Zugriffsrechte",
    "Zeichenkette",
    "Festplatte",
    "Einhängepunkt",
    "Netzwerkschnittstelle",
    "Tastaturbelegung",
    "Rueckgabewert",
    "Dateisytem",
    "Datei kopieren",
    "Dateien kopieren",
    "Prozesse beenden",
    "Passwort ändern",
    "Umgebungsvariablen setzen",
    "symbolische Verknüpfung",
    "Zeitzone einstellen",
    "Signal an einen Prozess senden",
    "Wie ändere ich das Passwort?",
};

void searchRoundRobin(benchmark::State& state, const BenchIndex& (*index)(),
                      std::span<const std::string_view> queries) {
  const querverweis::Engine* engine = querverweis::bench::engineOrSkip(index(), state);
  if (engine == nullptr) {
    return;
  }
  const querverweis::SearchOptions options{.limit = static_cast<std::size_t>(state.range(0))};
  std::size_t next = 0;
  for (auto _ : state) {
    auto result = engine->search(queries[next], options);
    benchmark::DoNotOptimize(result);
    next = (next + 1) % queries.size();
  }
  state.SetItemsProcessed(state.iterations());
}

BENCHMARK_CAPTURE(searchRoundRobin, bundled, &querverweis::bench::bundledIndex,
                  std::span<const std::string_view>(kBundledQueries))
    ->ArgName("limit")
    ->Arg(10)
    ->Arg(1)
    ->Unit(benchmark::kMicrosecond);

BENCHMARK_CAPTURE(searchRoundRobin, manpages20k, &querverweis::bench::manpageIndex,
                  std::span<const std::string_view>(kManpageQueries))
    ->ArgName("limit")
    ->Arg(10)
    ->Arg(1)
    ->Unit(benchmark::kMicrosecond);

void searchOne(benchmark::State& state, const BenchIndex& (*index)(), std::string_view query) {
  const querverweis::Engine* engine = querverweis::bench::engineOrSkip(index(), state);
  if (engine == nullptr) {
    return;
  }
  for (auto _ : state) {
    auto result = engine->search(query);
    benchmark::DoNotOptimize(result);
  }
}

void registerEachQuery(const std::string& corpus, const BenchIndex& (*index)(),
                       std::span<const std::string_view> queries) {
  for (std::string_view query : queries) {
    benchmark::RegisterBenchmark(("searchEachQuery/" + corpus + "/" + std::string(query)).c_str(),
                                 searchOne, index, query)
        ->Unit(benchmark::kMicrosecond);
  }
}

const bool kRegistered = [] {
  registerEachQuery("bundled", &querverweis::bench::bundledIndex, kBundledQueries);
  registerEachQuery("manpages20k", &querverweis::bench::manpageIndex, kManpageQueries);
  return true;
}();

}  // namespace
