// xapian_driver: the Xapian 1.4 side of the side-by-side benchmark, one phase per process.
//   xapian_driver index  CORPUS.jsonl INDEX_DIR   index title and body of every entry
//   xapian_driver open   INDEX_DIR                open the database and the query parser
//   xapian_driver search INDEX_DIR QUERIES.tsv    the top 10 of every query, with titles
// Set up as Xapian's documentation suggests for a German text collection: the Snowball German
// stemmer at index and query time, STEM_SOME (Xapian's default: a capitalised query word stays
// unstemmed, so "Dateien" matches only "dateien"), words joined by OR, the title indexed twice
// (also with prefix S, as Xapian's examples do), the title as document data and the slug as
// value 0. Each phase prints one JSON line (see DriverSupport.h).
#include <xapian.h>

#include <array>
#include <stdexcept>

#include "bench/compare/CompareCorpus.h"
#include "bench/compare/DriverSupport.h"

namespace querverweis::bench {

namespace {

constexpr Xapian::valueno kSlugSlot = 0;

void indexPhase(const DriverArgs& args) {
  Stopwatch watch;
  std::vector<PageEntry> entries = readPageEntries(args.positional[0]);
  if (args.limit != 0 && entries.size() > args.limit) {
    entries.resize(args.limit);
  }
  const std::string& indexDir = args.positional[1];
  Xapian::WritableDatabase db(indexDir, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator terms;
  terms.set_stemmer(Xapian::Stem("german"));
  terms.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  for (const PageEntry& entry : entries) {
    Xapian::Document doc;
    terms.set_document(doc);
    terms.index_text(entry.title, 1, "S");
    terms.index_text(entry.title);
    terms.increase_termpos();
    terms.index_text(entry.body);
    doc.set_data(entry.title);
    doc.add_value(kSlugSlot, entry.slug);
    doc.add_boolean_term("Q" + entry.slug);
    db.add_document(doc);
  }
  db.commit();
  db.close();
  const double seconds = watch.seconds();
  const std::size_t bytes = textBytes(entries);
  printPhase({{"engine", "xapian"},
              {"phase", "index"},
              {"entries", entries.size()},
              {"text_bytes", bytes},
              {"seconds", seconds},
              {"mb_per_s", static_cast<double>(bytes) / 1e6 / seconds},
              {"index_bytes", directoryBytes(indexDir)}});
}

// What a search needs, built once: the database, the query parser and an Enquire.
struct Searcher {
  explicit Searcher(const std::string& indexDir) : db(indexDir), enquire(db) {
    parser.set_stemmer(Xapian::Stem("german"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_default_op(Xapian::Query::OP_OR);
    parser.set_database(db);
  }

  SearchOutcome search(const std::string& text) try {
    enquire.set_query(parser.parse_query(text));
    const Xapian::MSet top = enquire.get_mset(0, 10);
    SearchOutcome outcome;
    for (auto it = top.begin(); it != top.end(); ++it) {
      const Xapian::Document doc = it.get_document();
      outcome.fetchedBytes += doc.get_data().size();
      outcome.slugs.push_back(doc.get_value(kSlugSlot));
    }
    return outcome;
  } catch (const Xapian::Error& e) {
    throw std::runtime_error(e.get_description());
  }

  Xapian::Database db;
  Xapian::QueryParser parser;
  Xapian::Enquire enquire;
};

nlohmann::json openReport(const DriverArgs& args, double openSeconds) {
  nlohmann::json report = {{"engine", "xapian"}, {"open_seconds", openSeconds}};
  if (!args.startedAt.empty()) {
    report["ready_seconds"] = secondsSince(args.startedAt);
  }
  return report;
}

void openPhase(const DriverArgs& args) {
  Stopwatch watch;
  Searcher searcher(args.positional[0]);
  nlohmann::json report = openReport(args, watch.seconds());
  report["phase"] = "open";
  printPhase(report);
}

void searchPhase(const DriverArgs& args) {
  Stopwatch watch;
  Searcher searcher(args.positional[0]);
  nlohmann::json report = openReport(args, watch.seconds());
  const std::vector<QueryLine> queries = readQueries(args.positional[1], args.limit);
  report.update(
      runQueries(queries, args, [&](const std::string& query) { return searcher.search(query); }));
  report["phase"] = "search";
  printPhase(report);
}

// Xapian's exceptions are no std::exception; the driver reports them like any other.
template <void (*Phase)(const DriverArgs&)>
void reportingXapianErrors(const DriverArgs& args) {
  try {
    Phase(args);
  } catch (const Xapian::Error& e) {
    throw std::runtime_error(e.get_description());
  }
}

constexpr std::array<DriverPhase, 3> kPhases = {{
    {"index", "CORPUS.jsonl INDEX_DIR", 2, reportingXapianErrors<indexPhase>},
    {"open", "INDEX_DIR", 1, reportingXapianErrors<openPhase>},
    {"search", "INDEX_DIR QUERIES.tsv", 2, reportingXapianErrors<searchPhase>},
}};

}  // namespace

}  // namespace querverweis::bench

int main(int argc, char** argv) {
  return querverweis::bench::runDriver("xapian_driver", querverweis::bench::kPhases, argc, argv);
}
