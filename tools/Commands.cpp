#include "tools/Commands.h"

#include <unistd.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "querverweis/Analysis.h"
#include "querverweis/Corpus.h"
#include "querverweis/Engine.h"
#include "querverweis/Error.h"
#include "querverweis/Index.h"
#include "tools/HttpServer.h"
#include "tools/ResultJson.h"

namespace querverweis {

namespace {

// Opens an index and says on stderr what the engine noticed: language data that changed since
// indexing, a damaged generation that an older one stands in for.
std::shared_ptr<const Engine> openIndex(const std::string& index,
                                        const EngineOptions& options = {}) {
  auto engine = Engine::open(index, options);
  for (const std::string& warning : engine->warnings()) {
    std::cerr << "querverweis: warning: " << warning << std::endl;
  }
  return engine;
}

std::string joinWords(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) {
    joined += (joined.empty() ? "" : " ") + word;
  }
  return joined;
}

// <mark> becomes bold on a terminal and [brackets] elsewhere; entities are decoded.
std::string terminalSnippet(const std::string& html, bool color) {
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    auto startsWith = [&](const char* s) { return html.compare(i, std::strlen(s), s) == 0; };
    if (startsWith("<mark>")) {
      out += color ? "\033[1m" : "[";
      i += 6;
    } else if (startsWith("</mark>")) {
      out += color ? "\033[0m" : "]";
      i += 7;
    } else if (startsWith("&lt;")) {
      out += '<', i += 4;
    } else if (startsWith("&gt;")) {
      out += '>', i += 4;
    } else if (startsWith("&amp;")) {
      out += '&', i += 5;
    } else if (startsWith("&quot;")) {
      out += '"', i += 6;
    } else if (startsWith("&#39;")) {
      out += '\'', i += 5;
    } else {
      out += html[i++];
    }
  }
  return out;
}

std::string readAll(std::istream& in) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::NotFound, path + ": cannot read file");
  }
  return readAll(in);
}

HttpServer* activeServer = nullptr;

void stopOnSignal(int) {
  if (activeServer != nullptr) {
    activeServer->stop();
  }
}

CorpusReadOptions readOptions(std::size_t maxEntryMegabytes) {
  CorpusReadOptions options;
  if (maxEntryMegabytes > 0) {
    options.maxEntryBytes = maxEntryMegabytes << 20;
  }
  return options;
}

}  // namespace

int runIndex(const IndexCommand& command, std::ostream& out, std::ostream& log) {
  auto started = std::chrono::steady_clock::now();
  std::vector<Entry> entries = readCorpus(command.corpus, readOptions(command.maxEntryMegabytes));
  IndexOptions options;
  options.analysis = analysisConfigByName(command.analysis);
  options.progress = [&log](std::size_t done, std::size_t total) {
    log << "indexed " << done << " of " << total << " entries" << std::endl;
  };
  IndexReport report = writeIndex(entries, command.index, options);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  out << "indexed " << report.entries << " entries from " << command.corpus << " into "
      << report.generation << " in " << seconds << " s (" << report.links
      << " cross-links detected in " << report.linkSeconds << " s, related concepts ranked in "
      << report.relatedSeconds << " s)\n";
  return 0;
}

int runSearch(const SearchCommand& command, std::ostream& out) {
  auto engine = openIndex(command.index, {.analysis = command.analysis});
  // JSON output is the API's: with the reasons per hit and the tag counts.
  SearchResult result = engine->search(joinWords(command.words), {.limit = command.limit,
                                                                  .offset = command.offset,
                                                                  .tags = command.tags,
                                                                  .explain = command.json,
                                                                  .facets = command.json});
  if (command.json) {
    out << searchResultJson(result).dump(2) << "\n";
    return 0;
  }
  bool color = &out == &std::cout && ::isatty(STDOUT_FILENO);
  out << result.total << (result.total == 1 ? " entry" : " entries") << " for \"" << result.query
      << "\"\n";
  if (!result.didYouMean.empty()) {
    out << "Meinten Sie: " << result.didYouMean << "\n";
  }
  std::size_t rank = command.offset;
  for (const SearchHit& hit : result.hits) {
    out << "\n"
        << ++rank << ". " << hit.title << " (" << hit.slug << ")  score " << hit.score << "\n   "
        << terminalSnippet(hit.snippet, color) << "\n";
  }
  return 0;
}

int runSuggest(const SuggestCommand& command, std::ostream& out) {
  auto engine = openIndex(command.index);
  std::vector<Completion> completions = engine->complete(command.prefix, command.limit);
  if (command.json) {
    out << completionsJson(command.prefix, completions).dump(2) << "\n";
    return 0;
  }
  for (const Completion& completion : completions) {
    out << completion.text;
    if (completion.text != completion.title) {
      out << " → " << completion.title;
    }
    out << " (" << completion.slug << ")\n";
  }
  return 0;
}

int runLinks(const LinksCommand& command, std::istream& in, std::ostream& out) {
  auto engine = openIndex(command.index);
  std::string text = command.input == "-" ? readAll(in) : readFile(command.input);
  std::vector<LinkSuggestion> links = engine->links(
      text, {.self = command.self, .threshold = command.threshold, .maxLinks = command.max});
  if (command.json) {
    out << linksJson(links).dump(2) << "\n";
    return 0;
  }
  for (const LinkSuggestion& link : links) {
    out << link.start << "-" << link.end << "  \"" << link.text << "\" → " << link.title << " ("
        << link.target << ")  " << linkKindName(link.kind) << " " << std::fixed
        << std::setprecision(2) << link.confidence << "\n";
  }
  return 0;
}

int runRelated(const RelatedCommand& command, std::ostream& out) {
  auto engine = openIndex(command.index);
  std::vector<RelatedConcept> related = engine->related(command.slug, command.limit);
  if (command.json) {
    out << relatedJson(command.slug, related).dump(2) << "\n";
    return 0;
  }
  std::size_t rank = 0;
  for (const RelatedConcept& item : related) {
    out << ++rank << ". " << item.title << " (" << item.slug << ")  score " << std::fixed
        << std::setprecision(3) << item.score << "\n";
    for (const std::string& reason : item.reasons) {
      out << "   – " << reason << "\n";
    }
  }
  return 0;
}

int runGraph(const GraphCommand& command, std::ostream& out) {
  if (command.format != "json" && command.format != "dot") {
    throw Error(ErrorKind::InvalidArgument, "--format must be json or dot");
  }
  auto engine = openIndex(command.index);
  if (command.format == "dot") {
    out << engine->graph().toDot();
  } else {
    out << graphJson(engine->graph()).dump(2) << "\n";
  }
  return 0;
}

int runCheck(const CheckCommand& command, std::ostream& out) {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  for (const CorpusProblem& problem :
       checkCorpusAt(command.corpus, {.read = readOptions(command.maxEntryMegabytes)})) {
    out << formatProblem(problem) << "\n";
    (problem.severity == Severity::Error ? errors : warnings) += 1;
  }
  out << command.corpus << ": " << errors << " errors, " << warnings << " warnings\n";
  return errors == 0 ? 0 : 1;
}

int runCheckIndex(const CheckIndexCommand& command, std::ostream& out) {
  bool liveIntact = false;
  for (const GenerationCheck& check : checkIndex(command.index)) {
    out << check.name << (check.live ? " (live)" : "") << ": "
        << (check.intact ? "intact, " + std::to_string(check.files) + " files"
                         : "damaged: " + check.problem)
        << "\n";
    liveIntact = liveIntact || (check.live && check.intact);
  }
  return liveIntact ? 0 : 1;
}

int runImportPage(const ImportPageCommand& command, std::ostream& out) {
  std::filesystem::create_directories(command.out);
  for (const std::string& page : command.pages) {
    ImportedEntry entry = importExportedPage(readFile(page), page);
    std::filesystem::path target = std::filesystem::path(command.out) / (entry.slug + ".md");
    if (std::filesystem::exists(target)) {
      throw Error(ErrorKind::InvalidArgument,
                  target.string() + ": exists already; not overwritten (from " + page + ")");
    }
    std::ofstream file(target, std::ios::binary);
    file << entry.markdown;
    if (!file.flush()) {
      throw Error(ErrorKind::Io, target.string() + ": cannot write");
    }
    out << page << " → " << target.string() << " (" << entry.title << ")\n";
  }
  return 0;
}

int runAnalyze(const AnalyzeCommand& command, std::ostream& out) {
  std::string text = joinWords(command.words);
  for (const AnalyzedTerm& term : analyze(text, analysisConfigByName(command.analysis))) {
    out << term.position << "\t" << term.term << "\t" << term.type << "\t" << term.begin << "-"
        << term.end << "\t" << text.substr(term.begin, term.end - term.begin) << "\n";
  }
  return 0;
}

int runServe(const ServeCommand& command, std::ostream& log) {
  auto engine = openIndex(command.index);
  ServerLimits limits;
  if (command.connections > 0) {
    limits.connectionThreads = command.connections;
  }
  limits.workSlots = command.workSlots;
  HttpServer server(engine, {.webDir = command.web.empty() ? QV_DEFAULT_WEB_DIR : command.web,
                             .limits = limits,
                             .requestLog = command.quiet ? nullptr : &log});
  if (!server.web().available()) {
    log << "querverweis: no web page folder at " << server.web().root().string()
        << "; serving the API only" << std::endl;
  }
  int port = server.bind(command.host, command.port);
  activeServer = &server;
  std::signal(SIGINT, stopOnSignal);
  std::signal(SIGTERM, stopOnSignal);
  log << "querverweis: " << engine->entries().size() << " entries, serving on http://"
      << command.host << ":" << port << std::endl;
  server.serve();
  activeServer = nullptr;
  return 0;
}

}  // namespace querverweis
