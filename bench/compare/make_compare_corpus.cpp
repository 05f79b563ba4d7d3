// make_compare_corpus TEXT_DIR OUTPUT_DIR [--hold-out-every N] [--copies K]
// Builds the corpora of the side-by-side benchmark from the pages render-manpages.sh wrote
// (TEXT_DIR/man1/ls.1.txt, …), taken in byte order of their paths:
//   corpus-1x.jsonl   every page but the held-out ones: slug "ls-1", title "ls"
//   corpus-<K>x.jsonl the same K times; copy k ≥ 2 has slug "ls-1-k" and title "ls (k)"
//   heldout.jsonl     every N-th page (N = 8: the 8th, 16th, …), never indexed: the unseen
//                     text of the cross-link measurement
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "bench/compare/CompareCorpus.h"
#include "bench/compare/RenderedPage.h"

namespace fs = std::filesystem;
using querverweis::bench::PageEntry;

namespace {

constexpr int kUsageError = 2;

struct Options {
  std::string textDir;
  std::string outputDir;
  std::size_t holdOutEvery = 8;
  std::size_t copies = 10;
};

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    throw std::runtime_error(path.string() + ": cannot read");
  }
  return text.str();
}

// "systemd.exec" + "5" → "systemd-exec-5": a-z and 0-9 words joined by '-', as the corpus
// format wants; made unique with "-x2", "-x3", … (never needed by manpages-de 4.18).
std::string slugFor(std::string_view name, std::string_view section, std::set<std::string>& used) {
  std::string slug;
  for (char c : std::string(name) + "-" + std::string(section)) {
    char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    bool keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
    if (keep) {
      slug += lower;
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') {
    slug.pop_back();
  }
  std::string unique = slug;
  for (int n = 2; !used.insert(unique).second; ++n) {
    unique = slug + "-x" + std::to_string(n);
  }
  return unique;
}

std::vector<fs::path> renderedPages(const fs::path& textDir) {
  std::vector<fs::path> pages;
  for (const auto& item : fs::recursive_directory_iterator(textDir)) {
    if (item.is_regular_file() && item.path().extension() == ".txt") {
      pages.push_back(item.path());
    }
  }
  std::sort(pages.begin(), pages.end(),
            [](const fs::path& a, const fs::path& b) { return a.string() < b.string(); });
  return pages;
}

// "…/man5/systemd.exec.5.txt" → an entry "systemd-exec-5" titled "systemd.exec".
PageEntry pageEntry(const fs::path& page, std::set<std::string>& usedSlugs) {
  const std::string stem = page.stem().string();  // "systemd.exec.5"
  const std::size_t dot = stem.rfind('.');
  if (dot == std::string::npos || dot == 0) {
    throw std::runtime_error(page.string() + ": expected NAME.SECTION.txt");
  }
  const std::string name = stem.substr(0, dot);
  return {slugFor(name, stem.substr(dot + 1), usedSlugs), name,
          querverweis::bench::markdownFromRendered(readFile(page))};
}

std::ofstream openOutput(const fs::path& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    throw std::runtime_error(path.string() + ": cannot write");
  }
  return out;
}

void writeCopies(const fs::path& path, const std::vector<PageEntry>& pages, std::size_t copies) {
  std::ofstream out = openOutput(path);
  for (std::size_t copy = 1; copy <= copies; ++copy) {
    for (PageEntry entry : pages) {
      if (copy > 1) {
        entry.slug += "-" + std::to_string(copy);
        entry.title += " (" + std::to_string(copy) + ")";
      }
      querverweis::bench::writePageEntry(out, entry);
    }
  }
  if (!out.flush()) {
    throw std::runtime_error(path.string() + ": write failed");
  }
}

void writeCorpora(const Options& options) {
  std::set<std::string> usedSlugs;
  std::vector<PageEntry> indexed;
  std::vector<PageEntry> heldOut;
  const std::vector<fs::path> pages = renderedPages(options.textDir);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    PageEntry entry = pageEntry(pages[i], usedSlugs);
    ((i + 1) % options.holdOutEvery == 0 ? heldOut : indexed).push_back(std::move(entry));
  }
  if (indexed.empty() || heldOut.empty()) {
    throw std::runtime_error(options.textDir + ": too few rendered pages");
  }
  const fs::path out(options.outputDir);
  fs::create_directories(out);
  writeCopies(out / "corpus-1x.jsonl", indexed, 1);
  if (options.copies > 1) {
    writeCopies(out / ("corpus-" + std::to_string(options.copies) + "x.jsonl"), indexed,
                options.copies);
  }
  writeCopies(out / "heldout.jsonl", heldOut, 1);
  std::cerr << "make_compare_corpus: " << indexed.size() << " pages indexed ("
            << querverweis::bench::textBytes(indexed) << " bytes of text), " << heldOut.size()
            << " held out (" << querverweis::bench::textBytes(heldOut) << " bytes)\n";
}

bool parseCount(std::string_view text, std::size_t& value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() && value > 0;
}

int usage(std::string_view problem) {
  std::cerr << "make_compare_corpus: " << problem << "\nusage: make_compare_corpus TEXT_DIR "
            << "OUTPUT_DIR [--hold-out-every N] [--copies K]\n";
  return kUsageError;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--hold-out-every" && i + 1 < argc) {
      if (!parseCount(argv[++i], options.holdOutEvery)) {
        return usage("--hold-out-every needs a positive whole number");
      }
    } else if (arg == "--copies" && i + 1 < argc) {
      if (!parseCount(argv[++i], options.copies)) {
        return usage("--copies needs a positive whole number");
      }
    } else if (arg.starts_with("--")) {
      return usage("unexpected argument '" + std::string(arg) + "'");
    } else {
      positional.emplace_back(arg);
    }
  }
  if (positional.size() != 2) {
    return usage("need TEXT_DIR and OUTPUT_DIR");
  }
  options.textDir = positional[0];
  options.outputDir = positional[1];
  try {
    writeCorpora(options);
  } catch (const std::exception& e) {
    std::cerr << "make_compare_corpus: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
