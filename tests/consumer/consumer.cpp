// Indexes a two-entry corpus and searches it through the installed library's public API:
//   consumer WORK_DIR → prints the slug of the first hit for "Bürgersprechstunden".
#include <querverweis/Corpus.h>
#include <querverweis/Engine.h>
#include <querverweis/Error.h>
#include <querverweis/Index.h>

#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: consumer WORK_DIR\n";
    return 2;
  }
  const std::string work = argv[1];
  std::ofstream(work + "/buergersprechstunde.md")
      << "---\ntitle: Bürgersprechstunde\n---\nEine offene Sprechstunde der Polizei im Viertel.\n";
  std::ofstream(work + "/zoll.md") << "---\ntitle: Zoll\n---\nDer Zoll kontrolliert Waren.\n";
  try {
    querverweis::writeIndex(querverweis::readCorpus(work), work + "/index");
    auto engine = querverweis::Engine::open(work + "/index");
    querverweis::SearchResult result = engine->search("Bürgersprechstunden", {.limit = 1});
    if (result.hits.empty()) {
      std::cerr << "no hit\n";
      return 1;
    }
    std::cout << result.hits.front().slug << "\n";
    engine->search("", {});  // must throw querverweis::Error, nothing else
  } catch (const querverweis::Error& e) {
    std::cout << "error: " << querverweis::errorKindName(e.kind()) << "\n";
    return 0;
  }
  return 1;
}
