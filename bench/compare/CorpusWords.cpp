#include "bench/compare/CorpusWords.h"

#include <algorithm>
#include <set>

namespace querverweis::bench {

namespace {

// Only ASCII and the two-byte Latin-1 letters (UTF-8 lead byte 0xC3) count as letters: that is
// all German needs, and it keeps the generator free of the engine's own text toolkit.
constexpr unsigned char kLatin1Lead = 0xC3;

bool isLatin1Letter(unsigned char second) {
  return second != 0x97 && second != 0xB7;
}

// Bytes of the letter at `pos`, or 0 if no letter starts there.
std::size_t letterAt(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
    return 1;
  }
  if (c == kLatin1Lead && pos + 1 < text.size() &&
      isLatin1Letter(static_cast<unsigned char>(text[pos + 1]))) {
    return 2;
  }
  return 0;
}

bool isUpperAt(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c == kLatin1Lead) {
    const auto second = static_cast<unsigned char>(text[pos + 1]);
    return second >= 0x80 && second <= 0x9E;  // À … Þ; ß (0x9F) and above are lower case
  }
  return c >= 'A' && c <= 'Z';
}

bool isAsciiPunctuation(char c) {
  return std::string_view(".,;:!?()[]{}\"'<>*`").find(c) != std::string_view::npos;
}

// Removes punctuation around a token: ASCII marks and any non-ASCII non-letter (»«„“–…⟨⟩).
std::string_view trimPunctuation(std::string_view token) {
  auto isMarkByte = [](unsigned char c) { return c >= 0x80; };
  while (!token.empty() && letterAt(token, 0) == 0 &&
         (isAsciiPunctuation(token.front()) || isMarkByte(token.front()))) {
    token.remove_prefix(1);
  }
  while (!token.empty()) {
    const auto last = static_cast<unsigned char>(token.back());
    bool latin1Tail = token.size() >= 2 &&
                      static_cast<unsigned char>(token[token.size() - 2]) == kLatin1Lead &&
                      isLatin1Letter(last);
    if (latin1Tail || !(isAsciiPunctuation(token.back()) || isMarkByte(last))) {
      break;
    }
    token.remove_suffix(1);
  }
  return token;
}

bool isAllLetters(std::string_view word) {
  for (std::size_t pos = 0; pos < word.size();) {
    std::size_t length = letterAt(word, pos);
    if (length == 0) {
      return false;
    }
    pos += length;
  }
  return !word.empty();
}

// "Datei": an upper-case letter followed by lower-case ones only.
bool hasNounShape(std::string_view word) {
  if (!isUpperAt(word, 0)) {
    return false;
  }
  for (std::size_t pos = letterAt(word, 0); pos < word.size(); pos += letterAt(word, pos)) {
    if (isUpperAt(word, pos)) {
      return false;
    }
  }
  return true;
}

bool isLowerWord(std::string_view word) {
  for (std::size_t pos = 0; pos < word.size(); pos += letterAt(word, pos)) {
    if (isUpperAt(word, pos)) {
      return false;
    }
  }
  return true;
}

template <typename Visit>
void forEachWord(std::string_view text, Visit visit) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = text.find_first_not_of(" \n\t\r", pos);
    if (start == std::string_view::npos) {
      break;
    }
    std::size_t end = text.find_first_of(" \n\t\r", start);
    end = end == std::string_view::npos ? text.size() : end;
    std::string_view word = trimPunctuation(text.substr(start, end - start));
    if (isAllLetters(word) && letterCount(word) >= 3) {
      visit(word);
    }
    pos = end;
  }
}

// The body without its section ÜBERSETZUNG: the translators' names and the licence notice that
// almost every page repeats would otherwise be the corpus's commonest "nouns".
std::string withoutCredits(std::string_view body) {
  constexpr std::string_view kCredits = "## ÜBERSETZUNG";
  std::size_t start = body.starts_with(kCredits) ? 0 : body.find("\n" + std::string(kCredits));
  if (start == std::string_view::npos) {
    return std::string(body);
  }
  std::size_t end = body.find("\n## ", start + 1);
  std::string kept(body.substr(0, start));
  if (end != std::string_view::npos) {
    kept += body.substr(end);
  }
  return kept;
}

}  // namespace

std::size_t letterCount(std::string_view word) {
  std::size_t letters = 0;
  for (std::size_t pos = 0; pos < word.size(); ++pos) {
    letters += (static_cast<unsigned char>(word[pos]) & 0xC0) != 0x80;
  }
  return letters;
}

std::string lowerFirst(std::string_view word) {
  std::string lower(word);
  if (!lower.empty() && isUpperAt(lower, 0)) {
    lower[lower[0] == static_cast<char>(kLatin1Lead) ? 1 : 0] += 0x20;
  }
  return lower;
}

std::string upperFirst(std::string_view word) {
  std::string upper(word);
  if (upper.empty() || isUpperAt(upper, 0)) {
    return upper;
  }
  const auto c = static_cast<unsigned char>(upper[0]);
  if (c >= 'a' && c <= 'z') {
    upper[0] = static_cast<char>(c - 0x20);
  } else if (c == kLatin1Lead && static_cast<unsigned char>(upper[1]) >= 0xA0 &&
             static_cast<unsigned char>(upper[1]) != 0xB7 &&
             static_cast<unsigned char>(upper[1]) != 0xBF) {
    upper[1] = static_cast<char>(static_cast<unsigned char>(upper[1]) - 0x20);
  }
  return upper;
}

CorpusWords::CorpusWords(const std::vector<PageEntry>& pages) {
  std::vector<std::set<std::string, std::less<>>> pageWords(pages.size());
  for (std::size_t i = 0; i < pages.size(); ++i) {
    forEachWord(withoutCredits(pages[i].body), [&](std::string_view word) {
      counts_[std::string(word)].occurrences += 1;
      pageWords[i].emplace(word);
    });
    for (const std::string& word : pageWords[i]) {
      counts_[word].pages += 1;
    }
  }
  for (const auto& [word, seen] : counts_) {
    if (letterCount(word) >= 4 && hasNounShape(word) &&
        counts(lowerFirst(word)).occurrences * 9 < seen.occurrences) {
      nouns_.push_back(word);
    }
  }
  for (const auto& words : pageWords) {
    std::vector<std::string>& nouns = pageNouns_.emplace_back();
    std::vector<std::string>& verbs = pageVerbs_.emplace_back();
    for (const std::string& word : words) {
      if (isNoun(word)) {
        nouns.push_back(word);
      } else if (letterCount(word) >= 6 && word.ends_with("en") && isLowerWord(word) &&
                 counts(word).pages >= 3 && counts(word).pages * 6 <= pageWords.size()) {
        verbs.push_back(word);
      }
    }
  }
}

bool CorpusWords::isNoun(std::string_view word) const {
  return std::binary_search(nouns_.begin(), nouns_.end(), word);
}

WordCounts CorpusWords::counts(std::string_view word) const {
  auto it = counts_.find(word);
  return it == counts_.end() ? WordCounts{} : it->second;
}

}  // namespace querverweis::bench
