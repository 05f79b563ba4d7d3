#include "CompoundGold.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "analyzers/text/CaseFolding.h"

namespace querverweis::test {

namespace {

// Byte offsets where the gold parts 2..n start inside the word: each part follows the previous
// one directly or after one linking element. Empty if the parts do not spell the word.
bool locateParts(std::string_view word, const std::vector<std::string>& parts, std::size_t pos,
                 std::size_t index, std::vector<std::size_t>& starts) {
  if (index == parts.size()) return pos == word.size();
  static const std::vector<std::string> kNone{""};
  static const std::vector<std::string> kLinks{"", "s", "es", "n", "en", "er", "e", "ens"};
  for (const auto& link : index == 0 ? kNone : kLinks) {
    std::string expected = link + parts[index];
    if (word.substr(pos, expected.size()) != expected) continue;
    if (index > 0) starts.push_back(pos + link.size());
    if (locateParts(word, parts, pos + expected.size(), index + 1, starts)) return true;
    if (index > 0) starts.pop_back();
  }
  return false;
}

std::string describe(std::string_view word, const std::vector<std::size_t>& starts) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t s : starts) {
    out.append(word.substr(from, s - from)).append("|");
    from = s;
  }
  return out.append(word.substr(from));
}

// Where a byte offset of the lower-cased word lands after the normalizer folded it: the folded
// length of everything before it.
std::size_t foldedOffset(const LanguageData& language, const std::string& word, std::size_t at) {
  return language.normalizer().normalize(std::string_view(word).substr(0, at)).size();
}

}  // namespace

std::vector<GoldCompound> readCompoundGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<GoldCompound> gold;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab == std::string::npos) throw std::runtime_error("no tab in: " + line);
    GoldCompound entry{lowerUtf8(line.substr(0, tab)), {}};
    std::string spec = line.substr(tab + 1);
    if (spec != "-") {
      std::istringstream parts_in(spec);
      std::vector<std::string> parts;
      for (std::string p; parts_in >> p;) parts.push_back(p);
      if (parts.size() < 2 || !locateParts(entry.word, parts, 0, 0, entry.starts)) {
        throw std::runtime_error("parts do not spell the word: " + line);
      }
    }
    gold.push_back(std::move(entry));
  }
  return gold;
}

double GoldMeasurement::precision() const {
  return predicted ? static_cast<double>(correct) / static_cast<double>(predicted) : 0.0;
}
double GoldMeasurement::recall() const {
  return expected ? static_cast<double>(correct) / static_cast<double>(expected) : 0.0;
}
double GoldMeasurement::falseSplitRate() const {
  return wholes ? static_cast<double>(falseSplits) / static_cast<double>(wholes) : 1.0;
}

GoldMeasurement measureCompoundGold(const LanguageData& language,
                                    const std::vector<GoldCompound>& gold) {
  GoldMeasurement m;
  std::ostringstream errors;
  for (const GoldCompound& entry : gold) {
    const std::string folded = language.normalizer().normalize(entry.word);
    std::vector<std::size_t> want;
    for (std::size_t start : entry.starts)
      want.push_back(foldedOffset(language, entry.word, start));
    std::vector<std::size_t> got;
    std::vector<CompoundPart> parts = language.splitter().split(folded);
    for (std::size_t i = 1; i < parts.size(); ++i) got.push_back(parts[i].begin);
    if (want.empty()) {
      ++m.wholes;
      if (!got.empty()) {
        ++m.falseSplits;
        errors << "  false split: " << describe(folded, got) << "\n";
      }
      continue;
    }
    ++m.compounds;
    std::set<std::size_t> wanted(want.begin(), want.end());
    m.predicted += got.size();
    m.expected += wanted.size();
    for (std::size_t s : got) m.correct += wanted.count(s);
    if (std::set<std::size_t>(got.begin(), got.end()) != wanted) {
      errors << "  " << describe(folded, want) << " got " << describe(folded, got) << "\n";
    }
  }
  m.errors = errors.str();
  return m;
}

void printMeasurement(const char* title, const GoldMeasurement& m) {
  std::printf(
      "%s: %zu compounds, %zu non-compounds\n"
      "  boundary precision %.3f (%zu/%zu), recall %.3f (%zu/%zu)\n"
      "  false splits %.3f (%zu/%zu)\n%s",
      title, m.compounds, m.wholes, m.precision(), m.correct, m.predicted, m.recall(), m.correct,
      m.expected, m.falseSplitRate(), m.falseSplits, m.wholes, m.errors.c_str());
}

}  // namespace querverweis::test
