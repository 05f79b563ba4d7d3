#include "engine/language/Thesaurus.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <utility>

#include "analyzers/text/CaseFolding.h"
#include "analyzers/text/Words.h"
#include "querverweis/Error.h"

namespace querverweis {
namespace {

constexpr std::uint8_t kMainForm = 0;
constexpr std::uint8_t kPlain = 1;
constexpr std::uint8_t kLabelled = 2;

struct CleanTerm {
  std::string text;
  bool vulgar = false;
  std::uint8_t rank = kPlain;
};

// Looks at the comma-separated labels of one parenthesised group.
void readLabels(std::string_view group, CleanTerm& term, bool& mainForm) {
  while (!group.empty()) {
    const std::size_t comma = group.find(',');
    const std::string_view label = trimSpaces(group.substr(0, comma));
    if (label == "vulg." || label == "derb") term.vulgar = true;
    if (label == "Hauptform") mainForm = true;
    if (comma == std::string_view::npos) break;
    group.remove_prefix(comma + 1);
  }
}

// Removes parenthesised parts and collapses whitespace. A group separated from the text before
// it by a blank and followed by nothing but blanks and groups is a label ("Veedel (ugs.)"); a
// group glued to a word ("kipp(e)lig") or in front of it ("(sich) freuen") is an optional part.
CleanTerm clean(std::string_view raw) {
  CleanTerm term;
  bool mainForm = false;
  bool trailingLabel = false;
  bool pendingBlank = false;
  std::size_t i = 0;
  while (i < raw.size()) {
    const char c = raw[i];
    if (c == '(') {
      const bool afterBlank = i == 0 || isAsciiSpace(raw[i - 1]) || raw[i - 1] == ')';
      int depth = 0;
      std::size_t end = i;
      for (; end < raw.size(); ++end) {
        if (raw[end] == '(') ++depth;
        if (raw[end] == ')' && --depth == 0) break;
      }
      if (end == raw.size()) break;  // unclosed: the rest is not a usable term
      readLabels(raw.substr(i + 1, end - i - 1), term, mainForm);
      if (afterBlank && !term.text.empty()) trailingLabel = true;
      i = end + 1;
      continue;
    }
    ++i;
    if (c == ')') continue;  // stray closing parenthesis
    if (isAsciiSpace(c)) {
      pendingBlank = !term.text.empty();
      continue;
    }
    if (pendingBlank) term.text += ' ';
    pendingBlank = false;
    trailingLabel = false;  // text after the group: it was part of the term
    term.text += c;
  }
  if (term.text.find("...") != std::string::npos) term.text.clear();
  term.rank = mainForm ? kMainForm : trailingLabel ? kLabelled : kPlain;
  return term;
}

}  // namespace

Thesaurus::Thesaurus(ThesaurusOptions options) : options_(options), key_(lowerUtf8) {}

void Thesaurus::setKeyFunction(std::function<std::string(std::string_view)> key) {
  if (!keyIds_.empty()) {
    throw std::logic_error("Thesaurus: set the key function before adding synonym sets");
  }
  key_ = key ? std::move(key) : lowerUtf8;
}

void Thesaurus::loadOpenThesaurus(const std::string& path) {
  std::string content;
  try {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open");
    content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } catch (const std::exception&) {  // libstdc++ throws from the buffer when reading a folder
    throw Error(ErrorKind::Io, path + ": cannot read the OpenThesaurus file");
  }

  std::string_view rest = content;
  if (rest.starts_with("\xEF\xBB\xBF")) rest.remove_prefix(3);
  std::vector<Candidate> candidates;
  while (!rest.empty()) {
    const std::size_t newline = rest.find('\n');
    std::string_view line = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    if (trimSpaces(line).empty() || trimSpaces(line).front() == '#') continue;

    candidates.clear();
    while (true) {
      const std::size_t semicolon = line.find(';');
      addCandidate(line.substr(0, semicolon), candidates);
      if (semicolon == std::string_view::npos) break;
      line.remove_prefix(semicolon + 1);
    }
    addCandidates(candidates);
  }
}

void Thesaurus::addSet(const std::vector<std::string>& terms) {
  std::vector<Candidate> candidates;
  for (const std::string& raw : terms) addCandidate(raw, candidates);
  addCandidates(candidates);
}

void Thesaurus::addCandidate(std::string_view raw, std::vector<Candidate>& candidates) const {
  CleanTerm term = clean(raw);
  if (term.text.empty() || (options_.skipVulgar && term.vulgar)) return;
  std::string key = key_(term.text);
  if (key.empty()) return;
  // One candidate per key, keeping its first spelling and best rank.
  for (Candidate& candidate : candidates) {
    if (candidate.key == key) {
      candidate.rank = std::min(candidate.rank, term.rank);
      return;
    }
  }
  candidates.push_back({std::move(key), std::move(term.text), term.rank});
}

void Thesaurus::addCandidates(std::vector<Candidate>& candidates) {
  if (candidates.size() < 2) return;
  if (options_.maxSetSize != 0 && candidates.size() > options_.maxSetSize) return;
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.rank < b.rank; });

  const auto set = static_cast<std::uint32_t>(setStarts_.size() - 1);
  for (Candidate& candidate : candidates) {
    members_.push_back({internKey(std::move(candidate.key)),
                        internDisplay(std::move(candidate.text)), candidate.rank});
  }
  setStarts_.push_back(static_cast<std::uint32_t>(members_.size()));
  for (std::uint32_t i = setStarts_[set]; i < setStarts_[set + 1]; ++i) {
    const Member& member = members_[i];
    std::vector<std::uint32_t>& sets = setsOfKey_[member.key];
    // Behind every set of equal or smaller size, so equal sizes keep the order they came in.
    const auto pos = std::upper_bound(
        sets.begin(), sets.end(), set,
        [this](std::uint32_t a, std::uint32_t b) { return setSize(a) < setSize(b); });
    sets.insert(pos, set);
  }
}

std::uint32_t Thesaurus::internKey(std::string key) {
  const auto [it, inserted] =
      keyIds_.try_emplace(std::move(key), static_cast<std::uint32_t>(setsOfKey_.size()));
  if (inserted) setsOfKey_.emplace_back();
  return it->second;
}

std::uint32_t Thesaurus::internDisplay(std::string text) {
  const auto [it, inserted] =
      displayIds_.try_emplace(std::move(text), static_cast<std::uint32_t>(displays_.size()));
  if (inserted) displays_.push_back(&it->first);
  return it->second;
}

std::size_t Thesaurus::setSize(std::uint32_t set) const {
  return setStarts_[set + 1] - setStarts_[set];
}

std::vector<std::string> Thesaurus::synonyms(std::string_view term) const {
  std::vector<std::string> result;
  const std::string cleaned = clean(term).text;
  if (cleaned.empty()) return result;
  const auto found = keyIds_.find(key_(cleaned));
  if (found == keyIds_.end()) return result;

  std::vector<std::uint32_t> seen{found->second};
  for (const std::uint32_t set : setsOfKey_[found->second]) {
    for (std::uint32_t i = setStarts_[set]; i < setStarts_[set + 1]; ++i) {
      const Member& member = members_[i];
      if (std::find(seen.begin(), seen.end(), member.key) != seen.end()) continue;
      seen.push_back(member.key);
      result.push_back(*displays_[member.display]);
      if (options_.maxSynonymsPerTerm != 0 && result.size() == options_.maxSynonymsPerTerm) {
        return result;
      }
    }
  }
  return result;
}

std::size_t Thesaurus::termCount() const {
  return keyIds_.size();
}

}  // namespace querverweis
