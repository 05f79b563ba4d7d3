#include "tools/EvalCommand.h"

#include <unistd.h>

#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "querverweis/Corpus.h"
#include "querverweis/Engine.h"
#include "querverweis/Error.h"
#include "querverweis/Evaluation.h"
#include "querverweis/Index.h"

namespace querverweis {

namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kKinds = {"exact",    "inflected",    "compound_part",
                                         "ascii",    "synonym",      "typo",
                                         "question", "abbreviation", "multiword_topic"};

// A scratch folder for the evaluation's indexes, removed when the run ends.
class ScratchFolder {
 public:
  ScratchFolder()
      : path_(fs::temp_directory_path() / ("querverweis-eval-" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScratchFolder() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string index(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

struct Run {
  std::string analysis;
  std::shared_ptr<const Engine> engine;
  SearchEvaluation search;
};

std::vector<std::string> expandNames(const std::vector<std::string>& names) {
  if (names.size() == 1 && names.front() == "all") {
    return analysisConfigNames();
  }
  for (const std::string& name : names) {
    analysisConfigByName(name);  // throws for an unknown name before any work is done
  }
  return names;
}

Run runOne(const std::string& analysis, const std::vector<Entry>& entries, const EvalGold& gold,
           const ScratchFolder& scratch) {
  IndexOptions options;
  options.analysis = analysisConfigByName(analysis);
  std::string index = scratch.index(analysis);
  writeIndex(entries, index, options);
  Run run{analysis, Engine::open(index), {}};
  run.search = evaluateSearch(*run.engine, gold.queries);
  return run;
}

nlohmann::json summaryJson(const ScoreSummary& summary) {
  return {{"queries", summary.queries},
          {"ndcg@10", summary.ndcg},
          {"mrr@10", summary.mrr},
          {"recall@10", summary.recall}};
}

nlohmann::json runJson(const Run& run) {
  nlohmann::json byKind = nlohmann::json::object();
  for (const auto& [kind, summary] : run.search.byKind) {
    byKind[kind] = summaryJson(summary);
  }
  nlohmann::json queries = nlohmann::json::array();
  for (const QueryScore& score : run.search.queries) {
    queries.push_back({{"q", score.query},
                       {"kind", score.kind},
                       {"ndcg@10", score.ndcg},
                       {"rr@10", score.reciprocalRank},
                       {"top", score.top}});
  }
  return {{"analysis", run.analysis},
          {"search", {{"overall", summaryJson(run.search.overall)}, {"by_kind", byKind}}},
          {"queries", queries}};
}

using KindMetric = double ScoreSummary::*;

void printSearchTable(const std::vector<Run>& runs, std::ostream& out, KindMetric metric,
                      const char* metricName) {
  out << "Search (nDCG@10 / MRR@10 / Recall@10 overall, " << metricName << " per query kind)\n\n";
  out << "| analysis | nDCG@10 | MRR@10 | R@10 |";
  for (const std::string& kind : kKinds) {
    out << " " << kind << " |";
  }
  out << "\n|---|---|---|---|";
  for (std::size_t i = 0; i < kKinds.size(); ++i) {
    out << "---|";
  }
  out << "\n";
  out << std::fixed << std::setprecision(3);
  for (const Run& run : runs) {
    const ScoreSummary& all = run.search.overall;
    out << "| " << run.analysis << " | " << all.ndcg << " | " << all.mrr << " | " << all.recall
        << " |";
    for (const std::string& kind : kKinds) {
      auto it = run.search.byKind.find(kind);
      out << " " << (it == run.search.byKind.end() ? 0.0 : it->second.*metric) << " |";
    }
    out << "\n";
  }
}

void printComparison(const std::string& title, const RunComparison& comparison, std::ostream& out) {
  out << "\n"
      << title << ": " << comparison.wins << " wins, " << comparison.losses << " losses, "
      << comparison.ties << " ties; nDCG change per kind:";
  for (const auto& [kind, change] : comparison.kindChange) {
    out << " " << kind << " " << std::showpos << std::setprecision(1) << change * 100
        << std::noshowpos << "%";
  }
  out << std::setprecision(3) << "\n";
}

nlohmann::json countsJson(const ClassificationCounts& counts) {
  return {{"precision", counts.precision()},
          {"recall", counts.recall()},
          {"f1", counts.f1()},
          {"tp", counts.truePositives},
          {"fp", counts.falsePositives},
          {"fn", counts.falseNegatives}};
}

nlohmann::json linksJson(const std::string& analysis, const LinkEvaluation& links) {
  nlohmann::json byGold = nlohmann::json::object();
  for (const auto& [kind, counts] : links.byGoldKind) {
    byGold[kind] = countsJson(counts);
  }
  nlohmann::json bySuggested = nlohmann::json::object();
  for (const auto& [kind, counts] : links.bySuggestedKind) {
    bySuggested[kind] = countsJson(counts);
  }
  return {{"analysis", analysis},
          {"entries", links.entries},
          {"overall", countsJson(links.overall)},
          {"recall_by_gold_kind", byGold},
          {"precision_by_suggested_kind", bySuggested},
          {"traps_violated", links.trapsViolated},
          {"same_surface", links.sameSurface}};
}

void printLinks(const std::string& analysis, const LinkEvaluation& links, std::ostream& out) {
  const ClassificationCounts& all = links.overall;
  out << "\nlinks (" << analysis << "), " << links.entries << " entries: precision "
      << all.precision() << ", recall " << all.recall() << ", F1 " << all.f1() << " ("
      << all.truePositives << " correct, " << all.falsePositives << " wrong, " << all.falseNegatives
      << " missed; " << links.trapsViolated << " traps fallen into)\n";
  out << "| kind | recall (gold kind) | precision (suggested kind) |\n|---|---|---|\n";
  for (const auto& [kind, counts] : links.byGoldKind) {
    auto suggested = links.bySuggestedKind.find(kind);
    out << "| " << kind << " | " << counts.recall() << " | "
        << (suggested == links.bySuggestedKind.end() ? 1.0 : suggested->second.precision())
        << " |\n";
  }
}

const Run* findRun(const std::vector<Run>& runs, const std::string& name) {
  for (const Run& run : runs) {
    if (run.analysis == name) {
      return &run;
    }
  }
  return nullptr;
}

}  // namespace

int runEval(const EvalCommand& command, std::ostream& out, std::ostream& log) {
  std::vector<Entry> entries = readCorpus(command.corpus);
  EvalGold gold = loadEvalGold(command.gold);
  std::vector<std::string> problems = validateEvalGold(gold, entries);
  if (!problems.empty()) {
    std::string message = command.gold + ": gold does not fit the corpus:";
    for (const std::string& problem : problems) {
      message += "\n  " + problem;
    }
    throw Error(ErrorKind::InvalidArgument, message);
  }
  ScratchFolder scratch;
  std::vector<Run> runs;
  for (const std::string& name : expandNames(command.analyses)) {
    log << "evaluating analysis '" << name << "' …" << std::endl;
    runs.push_back(runOne(name, entries, gold, scratch));
  }
  nlohmann::json report = {{"corpus", command.corpus},
                           {"gold", command.gold},
                           {"entries", entries.size()},
                           {"runs", nlohmann::json::array()}};
  for (const Run& run : runs) {
    report["runs"].push_back(runJson(run));
  }
  // Compound splitting is judged against the same stemmer without splitting.
  const Run* stemmed = findRun(runs, "cistem");
  const Run* compounds = findRun(runs, "compounds");
  const Run* baseline = findRun(runs, "baseline");
  const Run* full = findRun(runs, "full");
  const Run* synonyms = findRun(runs, "synonyms");
  std::vector<RunComparison> splitting;
  if (stemmed != nullptr && compounds != nullptr) {
    report["compounds_vs_cistem"] = nlohmann::json::array();
    // Every change, then only changes of more than 0.05 nDCG (smaller ones are reorderings of
    // secondary hits, not a different answer).
    for (double minDelta : {0.0, 0.05}) {
      splitting.push_back(compareRuns(stemmed->search, compounds->search, minDelta));
      const RunComparison& c = splitting.back();
      report["compounds_vs_cistem"].push_back({{"min_delta", minDelta},
                                               {"wins", c.wins},
                                               {"losses", c.losses},
                                               {"ties", c.ties},
                                               {"kind_change", c.kindChange}});
    }
  }
  std::optional<TypoEvaluation> typos;
  if (full != nullptr && synonyms != nullptr) {
    typos = evaluateTypos(*full->engine, *synonyms->engine, gold.queries);
    report["typos"] = {{"misspelled_queries", typos->misspelledQueries},
                       {"misspelled_top_hit_rate", typos->misspelledTopHitRate},
                       {"correct_queries", typos->correctQueries},
                       {"correct_top_changed_rate", typos->correctTopChangedRate}};
  }
  // Links and related concepts are scored with the last configuration (the default "full").
  const Run& graphRun = runs.back();
  LinkEvaluation links = evaluateLinks(*graphRun.engine, gold);
  RelatedEvaluation related = evaluateRelated(*graphRun.engine, gold);
  report["links"] = linksJson(graphRun.analysis, links);
  report["related"] = {{"analysis", graphRun.analysis},
                       {"entries", related.entries},
                       {"hit_rate@5", related.hitRate},
                       {"precision@5", related.precisionAt5}};
  if (command.json) {
    out << report.dump(2) << "\n";
    return 0;
  }
  out << entries.size() << " entries, " << gold.queries.size() << " gold queries\n\n";
  printSearchTable(runs, out, &ScoreSummary::ndcg, "nDCG@10");
  out << "\n";
  printSearchTable(runs, out, &ScoreSummary::mrr, "MRR@10");
  if (baseline != nullptr && full != nullptr && baseline->search.overall.ndcg > 0) {
    out << "\nfull vs baseline: nDCG@10 " << std::showpos
        << (full->search.overall.ndcg / baseline->search.overall.ndcg - 1) * 100 << std::noshowpos
        << "%\n";
  }
  for (const RunComparison& comparison : splitting) {
    printComparison("compounds vs cistem (splitting on vs off), per query, ties up to " +
                        std::to_string(comparison.minDelta).substr(0, 4),
                    comparison, out);
  }
  if (typos) {
    out << "\ntypos: " << typos->misspelledQueries << " misspelled title queries, intended entry "
        << "first in " << typos->misspelledTopHitRate * 100 << "%; " << typos->correctQueries
        << " correctly spelled queries, top hit changed in " << typos->correctTopChangedRate * 100
        << "%\n";
  }
  printLinks(graphRun.analysis, links, out);
  out << "\nrelated concepts (" << graphRun.analysis << "), " << related.entries
      << " entries: hit rate@5 " << related.hitRate << ", precision@5 " << related.precisionAt5
      << "\n";
  return 0;
}

}  // namespace querverweis
