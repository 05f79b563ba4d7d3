// The `querverweis` subcommands as plain functions over the engine, each writing its results to
// `out` and returning the process exit code; main.cpp only parses arguments and maps errors.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

namespace querverweis {

struct IndexCommand {
  std::string corpus;
  std::string index;
  std::string analysis = "full";
  std::size_t maxEntryMegabytes = 0;  // 0: the library's default
};

struct SearchCommand {
  std::string index;
  std::vector<std::string> words;
  std::vector<std::string> tags;  // only entries with every one of these tags
  std::size_t limit = 10;
  std::size_t offset = 0;
  bool json = false;
  std::string analysis;  // empty: the index's own
};

struct SuggestCommand {
  std::string index;
  std::string prefix;
  std::size_t limit = 10;
  bool json = false;
};

struct LinksCommand {
  std::string index;
  std::string input = "-";  // a file, or "-" for standard input
  std::string self;
  double threshold = 0.5;
  std::size_t max = 0;
  bool json = false;
};

struct RelatedCommand {
  std::string index;
  std::string slug;
  std::size_t limit = 5;
  bool json = false;
};

struct GraphCommand {
  std::string index;
  std::string format = "json";  // json | dot
};

struct CheckCommand {
  std::string corpus;
  std::size_t maxEntryMegabytes = 0;  // 0: the library's default
};

struct CheckIndexCommand {
  std::string index;
};

struct ImportPageCommand {
  std::vector<std::string> pages;
  std::string out;
};

struct ServeCommand {
  std::string index;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string web;     // the page's folder; empty: the web/ folder of the source tree built from
  bool quiet = false;  // no line per request on the log
  std::size_t connections = 0;  // 0: ServerLimits' default
  std::size_t workSlots = 0;    // 0: twice the cores
};

struct AnalyzeCommand {
  std::vector<std::string> words;
  std::string analysis = "full";
};

// Every command throws querverweis::Error on failure.
int runIndex(const IndexCommand& command, std::ostream& out, std::ostream& log);
int runSearch(const SearchCommand& command, std::ostream& out);
// Prints the tokens the analysis chain makes of a text: position, term, type, byte offsets.
int runAnalyze(const AnalyzeCommand& command, std::ostream& out);
int runSuggest(const SuggestCommand& command, std::ostream& out);
int runLinks(const LinksCommand& command, std::istream& in, std::ostream& out);
int runRelated(const RelatedCommand& command, std::ostream& out);
int runGraph(const GraphCommand& command, std::ostream& out);
// Exit code 1 when the corpus has errors; warnings alone pass.
int runCheck(const CheckCommand& command, std::ostream& out);
// Verifies every generation; exit code 1 when the live one is damaged.
int runCheckIndex(const CheckIndexCommand& command, std::ostream& out);
// Writes one corpus file per page into `out`; refuses to overwrite an existing file.
int runImportPage(const ImportPageCommand& command, std::ostream& out);
int runServe(const ServeCommand& command, std::ostream& log);

}  // namespace querverweis
