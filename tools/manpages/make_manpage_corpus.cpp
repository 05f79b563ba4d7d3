// make_manpage_corpus [--entries N] [--man-root DIR] OUTPUT.jsonl
// Writes a benchmark corpus (JSON Lines, format v1) of German text from the German man pages.
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "tools/manpages/ManpageCorpus.h"

namespace {

constexpr int kUsageError = 2;

int usage(std::string_view problem) {
  std::cerr << "make_manpage_corpus: " << problem << "\n"
            << "usage: make_manpage_corpus [--entries N] [--man-root DIR] OUTPUT.jsonl\n";
  return kUsageError;
}

bool parseCount(std::string_view text, std::size_t& value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

int main(int argc, char** argv) {
  querverweis::bench::ManpageCorpusOptions options;
  std::string output;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool hasValue = i + 1 < argc;
    if (arg == "--entries" && hasValue) {
      if (!parseCount(argv[++i], options.entries)) {
        return usage("--entries needs a whole number");
      }
    } else if (arg == "--man-root" && hasValue) {
      options.manRoot = argv[++i];
    } else if (arg.rfind("--", 0) == 0 || !output.empty()) {
      return usage("unexpected argument '" + std::string(arg) + "'");
    } else {
      output = arg;
    }
  }
  if (output.empty()) {
    return usage("no output file given");
  }
  try {
    std::ofstream out(output, std::ios::binary | std::ios::trunc);
    if (!out) {
      throw std::runtime_error(output + ": cannot open for writing");
    }
    const std::size_t written = querverweis::bench::writeManpageCorpus(options, out);
    out.close();
    if (!out) {
      throw std::runtime_error(output + ": write failed");
    }
    const double megabytes = static_cast<double>(std::filesystem::file_size(output)) / 1e6;
    std::cout << "wrote " << written << " entries, " << std::fixed << std::setprecision(1)
              << megabytes << " MB to " << output << "\n";
  } catch (const std::exception& e) {
    std::cerr << "make_manpage_corpus: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
