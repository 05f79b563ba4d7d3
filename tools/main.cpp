// querverweis: German glossary search and cross-linking from the command line.
// Parses arguments (CLI11), runs one command, and turns every error into one line on stderr
// with a non-zero exit code: 2 for usage errors, 1 for everything else.
#include <CLI/CLI.hpp>
#include <iostream>

#include "querverweis/Error.h"
#include "querverweis/Limits.h"
#include "tools/Commands.h"
#include "tools/EvalCommand.h"

namespace {

using namespace querverweis;

// Checks an option by the library's own rule and wording (querverweis/Limits.h).
CLI::Validator inRange(const Range& range) {
  return CLI::Validator(
      [range](std::string& value) -> std::string {
        try {
          parseInRange(range, value);
          return {};
        } catch (const Error& e) {
          return e.what();
        }
      },
      "", range.name);
}

void addMaxEntryOption(CLI::App* sub, std::size_t& megabytes) {
  sub->add_option("--max-entry-mb", megabytes,
                  "refuse entries larger than this many MB (default " +
                      std::to_string(limits::kMaxEntryBytes >> 20) + ")")
      ->check(CLI::Range(1, 4096));
}

void addIndexCommand(CLI::App& app, IndexCommand& command, std::function<int()>& run) {
  auto* sub = app.add_subcommand("index", "Index a corpus (directory of .md files or .jsonl)");
  sub->add_option("--corpus", command.corpus, "corpus directory or JSON Lines file")->required();
  sub->add_option("--index", command.index, "index folder to write")->required();
  sub->add_option("--analysis", command.analysis, "analysis configuration");
  addMaxEntryOption(sub, command.maxEntryMegabytes);
  sub->callback([&] { run = [&] { return runIndex(command, std::cout, std::cerr); }; });
}

void addSearchCommand(CLI::App& app, SearchCommand& command, std::function<int()>& run) {
  auto* sub = app.add_subcommand("search", "Ranked keyword search");
  sub->add_option("--index", command.index, "index folder")->required();
  sub->add_option("--limit", command.limit, "hits to show (1-100)")
      ->check(inRange(limits::kSearchLimit));
  sub->add_option("--offset", command.offset, "hits to skip")
      ->check(inRange(limits::kSearchOffset));
  sub->add_option("--tag", command.tags, "only entries with this tag (repeatable)");
  sub->add_flag("--json", command.json, "print JSON");
  sub->add_option("--analysis", command.analysis, "override the index's analysis");
  sub->add_option("query", command.words, "query words")->required();
  sub->callback([&] { run = [&] { return runSearch(command, std::cout); }; });
}

void addServeCommand(CLI::App& app, ServeCommand& command, std::function<int()>& run) {
  auto* sub = app.add_subcommand("serve", "Serve the HTTP/JSON API");
  sub->add_option("--index", command.index, "index folder")->required();
  sub->add_option("--host", command.host, "address to bind (default 127.0.0.1)");
  sub->add_option("--port", command.port, "port (default 8080)")->check(CLI::Range(0, 65535));
  sub->add_option("--web", command.web, "folder of the web page (default: the source tree's web/)");
  sub->add_option("--connections", command.connections,
                  "connections served at once, a thread each (default 256)")
      ->check(CLI::Range(1, 10000));
  sub->add_option("--work-slots", command.workSlots,
                  "engine calls at once before others wait (default: twice the cores)")
      ->check(CLI::Range(1, 1000));
  sub->add_flag("--quiet", command.quiet, "no log line per request");
  sub->callback([&] { run = [&] { return runServe(command, std::cerr); }; });
}

void addSuggestCommand(CLI::App& app, SuggestCommand& command, std::function<int()>& run) {
  auto* sub = app.add_subcommand("suggest", "Complete entry names from a prefix");
  sub->add_option("--index", command.index, "index folder")->required();
  sub->add_option("--limit", command.limit, "completions to show (1-50)")
      ->check(inRange(limits::kSuggestLimit));
  sub->add_flag("--json", command.json, "print JSON");
  sub->add_option("prefix", command.prefix, "typed prefix")->required();
  sub->callback([&] { run = [&] { return runSuggest(command, std::cout); }; });
}

void addLinksCommand(CLI::App& app, LinksCommand& command, std::function<int()>& run) {
  auto* sub = app.add_subcommand("links", "Suggest cross-links for a text (file or stdin)");
  sub->add_option("--index", command.index, "index folder")->required();
  sub->add_option("--self", command.self, "slug of the entry the text belongs to");
  sub->add_option("--threshold", command.threshold, "minimum confidence, 0 to 1 (default 0.5)");
  sub->add_option("--max", command.max, "at most this many links (0: all)")
      ->check(inRange(limits::kMaxLinks));
  sub->add_flag("--json", command.json, "print JSON");
  sub->add_option("input", command.input, "file to read, or - for standard input");
  sub->callback([&] { run = [&] { return runLinks(command, std::cin, std::cout); }; });
}

void addRelatedCommand(CLI::App& app, RelatedCommand& command, std::function<int()>& run) {
  auto* sub = app.add_subcommand("related", "Related concepts of an entry, with reasons");
  sub->add_option("--index", command.index, "index folder")->required();
  sub->add_option("--limit", command.limit, "concepts to show (1-50)")
      ->check(inRange(limits::kRelatedLimit));
  sub->add_flag("--json", command.json, "print JSON");
  sub->add_option("slug", command.slug, "entry slug")->required();
  sub->callback([&] { run = [&] { return runRelated(command, std::cout); }; });
}

void addGraphCommand(CLI::App& app, GraphCommand& command, std::function<int()>& run) {
  auto* sub = app.add_subcommand("graph", "Export the concept graph");
  sub->add_option("--index", command.index, "index folder")->required();
  sub->add_option("--format", command.format, "json (default) or dot");
  sub->callback([&] { run = [&] { return runGraph(command, std::cout); }; });
}

void addCheckCommand(CLI::App& app, CheckCommand& command, std::function<int()>& run) {
  auto* sub = app.add_subcommand("check", "Check a corpus for errors and warnings");
  sub->add_option("corpus", command.corpus, "corpus directory or JSON Lines file")->required();
  addMaxEntryOption(sub, command.maxEntryMegabytes);
  sub->callback([&] { run = [&] { return runCheck(command, std::cout); }; });
}

void addCheckIndexCommand(CLI::App& app, CheckIndexCommand& command, std::function<int()>& run) {
  auto* sub =
      app.add_subcommand("check-index", "Verify every file of an index against its checksums");
  sub->add_option("index", command.index, "index folder")->required();
  sub->callback([&] { run = [&] { return runCheckIndex(command, std::cout); }; });
}

void addImportPageCommand(CLI::App& app, ImportPageCommand& command, std::function<int()>& run) {
  auto* sub = app.add_subcommand("import-page", "Turn exported glossary pages into entries");
  sub->add_option("pages", command.pages, "exported page files")->required();
  sub->add_option("--out", command.out, "corpus folder to write into")->required();
  sub->callback([&] { run = [&] { return runImportPage(command, std::cout); }; });
}

void addAnalyzeCommand(CLI::App& app, AnalyzeCommand& command, std::function<int()>& run) {
  auto* sub = app.add_subcommand("analyze", "Show the tokens the German analysis makes of a text");
  sub->add_option("--analysis", command.analysis, "analysis configuration");
  sub->add_option("text", command.words, "text to analyze")->required();
  sub->callback([&] { run = [&] { return runAnalyze(command, std::cout); }; });
}

void addEvalCommand(CLI::App& app, EvalCommand& command, std::function<int()>& run) {
  auto* sub = app.add_subcommand("eval", "Score search, links and related concepts against gold");
  sub->add_option("--corpus", command.corpus, "corpus directory or JSON Lines file")->required();
  sub->add_option("--gold", command.gold, "folder with queries.json, links.json, related.json")
      ->required();
  sub->add_option("--analysis", command.analyses, "analysis configuration(s) to compare, or 'all'")
      ->delimiter(',');
  sub->add_flag("--json", command.json, "print JSON");
  sub->callback([&] { run = [&] { return runEval(command, std::cout, std::cerr); }; });
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"querverweis: German glossary search and cross-linking", "querverweis"};
  app.require_subcommand(1);
  std::function<int()> run;
  IndexCommand index;
  SearchCommand search;
  ServeCommand serve;
  AnalyzeCommand analyze;
  SuggestCommand suggest;
  LinksCommand links;
  RelatedCommand related;
  GraphCommand graph;
  CheckCommand check;
  CheckIndexCommand checkIndex;
  ImportPageCommand importPage;
  EvalCommand eval;
  addIndexCommand(app, index, run);
  addSearchCommand(app, search, run);
  addServeCommand(app, serve, run);
  addSuggestCommand(app, suggest, run);
  addLinksCommand(app, links, run);
  addRelatedCommand(app, related, run);
  addGraphCommand(app, graph, run);
  addCheckCommand(app, check, run);
  addCheckIndexCommand(app, checkIndex, run);
  addImportPageCommand(app, importPage, run);
  addAnalyzeCommand(app, analyze, run);
  addEvalCommand(app, eval, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      return app.exit(e);
    }
    std::cerr << "querverweis: " << e.what() << "\n"
              << "Run 'querverweis --help' for usage.\n";
    return 2;
  }
  try {
    return run();
  } catch (const Error& e) {
    std::cerr << "querverweis: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {  // the tool's own code (streams, files), not the library
    std::cerr << "querverweis: internal error: " << e.what() << "\n";
    return 1;
  }
}
