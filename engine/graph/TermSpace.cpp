#include "engine/graph/TermSpace.h"

#include <algorithm>
#include <cmath>
#include <cwctype>

#include "analyzers/TokenTypes.h"
#include "analyzers/text/CaseFolding.h"
#include "analyzers/text/GermanNormalizer.h"
#include "analyzers/text/Utf8.h"
#include "analyzers/text/WordShape.h"

namespace querverweis {

namespace {

bool usableTerm(const std::wstring& term, std::size_t minChars) {
  if (term.size() < minChars) return false;
  return !std::all_of(term.begin(), term.end(), [](wchar_t c) { return std::iswdigit(c); });
}

bool isAlternative(const AnalyzedToken& token) {
  return token.type == token_type::kCompoundPart || token.type == token_type::kHyphenPart ||
         token.type == token_type::kJoined;
}

std::string mostFrequent(const std::map<std::string, int>& counts) {
  std::string best;
  int bestCount = 0;
  for (const auto& [surface, count] : counts) {
    if (count > bestCount) {
      bestCount = count;
      best = surface;
    }
  }
  return best;
}

}  // namespace

std::string partOfCompound(const std::string& compound, const std::wstring& term) {
  std::string folded;
  std::vector<std::size_t> origin;  // byte of `compound` each folded byte came from
  for (std::size_t i = 0; i < compound.size();) {
    DecodedCodePoint decoded = decodeAt(compound, i);
    char32_t letter = lowerCase(decoded.value);
    std::string out;
    if (letter == U'ß') {
      out = "ss";
    } else {
      appendUtf8(out, baseLetter(letter));
    }
    for (char o : out) {
      folded += o;
      origin.push_back(i);
    }
    i += decoded.length;
  }
  origin.push_back(compound.size());
  const std::string part = toUtf8(term);
  const std::size_t at = folded.find(part);
  if (part.empty() || at == std::string::npos) return {};
  std::size_t end = at + part.size();
  constexpr std::size_t kMaxEnding = 3;  // "-en", "-es", "-ern"
  if (folded.size() - end <= kMaxEnding) end = folded.size();
  return capitaliseFirst(compound.substr(origin[at], origin[end] - origin[at]));
}

TermSpace::TermSpace(const std::vector<Entry>& entries, const AnalyzeFunction& analyze,
                     const TermSpaceOptions& options)
    : options_(options) {
  std::vector<std::unordered_map<std::uint32_t, double>> counts(entries.size());
  nameTerms.resize(entries.size());
  for (std::size_t doc = 0; doc < entries.size(); ++doc) {
    const Entry& entry = entries[doc];
    addText(analyze(entry.title), entry.title, options_.titleBoost, counts[doc], &nameTerms[doc]);
    for (const std::string& alias : entry.aliases) {
      addText(analyze(alias), alias, options_.titleBoost, counts[doc], &nameTerms[doc]);
    }
    addText(analyze(entry.plainBody), entry.plainBody, 1.0, counts[doc]);
    std::sort(nameTerms[doc].begin(), nameTerms[doc].end());
    nameTerms[doc].erase(std::unique(nameTerms[doc].begin(), nameTerms[doc].end()),
                         nameTerms[doc].end());
  }
  weigh(counts);
}

std::uint32_t TermSpace::idOf(const std::wstring& term) {
  auto [it, inserted] = ids_.emplace(term, static_cast<std::uint32_t>(ids_.size()));
  if (inserted) {
    surfaceCounts_.emplace_back();
    compoundCounts_.emplace_back();
  }
  return it->second;
}

void TermSpace::addText(const std::vector<AnalyzedToken>& tokens, std::string_view text,
                        double weight, std::unordered_map<std::uint32_t, double>& counts,
                        std::vector<std::uint32_t>* seen) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const AnalyzedToken& token = tokens[i];
    if (!usableTerm(token.term, options_.minTermChars)) continue;
    const bool head = i == 0 || tokens[i - 1].position != token.position;
    const std::uint32_t id = idOf(token.term);
    if (seen != nullptr) seen->push_back(id);
    counts[id] += head ? weight : weight * (isAlternative(token) ? options_.partWeight : 1.0);
    // A compound part's offsets cover the whole compound: not a spelling of the part.
    if (token.end > token.begin && token.end <= text.size()) {
      std::string surface(text.substr(token.begin, token.end - token.begin));
      ++(head ? surfaceCounts_ : compoundCounts_)[id][std::move(surface)];
    }
  }
}

// The surface a term is most often written as; for a term seen only inside compounds, its
// stretch of the most frequent one ("Trick" from "Enkeltrick"), or empty if not found there.
void TermSpace::pickSurfaces() {
  surfaces.resize(ids_.size());
  for (const auto& [term, id] : ids_) {
    surfaces[id] = mostFrequent(surfaceCounts_[id]);
    if (surfaces[id].empty()) {
      surfaces[id] = partOfCompound(mostFrequent(compoundCounts_[id]), term);
    }
  }
}

void TermSpace::weigh(const std::vector<std::unordered_map<std::uint32_t, double>>& counts) {
  pickSurfaces();
  const double docs = static_cast<double>(counts.size());
  std::vector<std::size_t> df(ids_.size(), 0);
  for (const auto& doc : counts) {
    for (const auto& [id, tf] : doc) ++df[id];
  }
  const auto maxDf =
      std::max<std::size_t>(2, static_cast<std::size_t>(options_.maxDocShare * docs));
  for (const auto& doc : counts) {
    std::vector<TermWeight> vector;
    for (const auto& [id, tf] : doc) {
      if (df[id] < 2 || df[id] > maxDf) continue;
      const double idf = std::log(docs / static_cast<double>(df[id]));
      const double kind = (surfaces[id].empty() || startsCapitalised(surfaces[id]))
                              ? 1.0
                              : options_.otherWordWeight;
      if (kind <= 0) continue;
      vector.push_back({id, kind * (1.0 + std::log(std::max(tf, 1.0))) * idf});
    }
    if (vector.size() > options_.maxTerms) {
      std::partial_sort(
          vector.begin(), vector.begin() + static_cast<std::ptrdiff_t>(options_.maxTerms),
          vector.end(),
          [](const TermWeight& a, const TermWeight& b) { return a.weight > b.weight; });
      vector.resize(options_.maxTerms);
    }
    normalizeVector(vector);
    vectors.push_back(std::move(vector));
  }
}

}  // namespace querverweis
