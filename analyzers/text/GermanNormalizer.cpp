#include "analyzers/text/GermanNormalizer.h"

#include <fstream>

#include "analyzers/text/CaseFolding.h"
#include "analyzers/text/Utf8.h"

namespace querverweis {

namespace {

constexpr size_t kMinProtectedPrefix = 5;

// The u of "au", "äu", "eu" and "qu" belongs to the letter before it, so the e after it is a
// letter of its own ("Trauer", "Säue", "Feuer", "Quelle"); after o or i, "ue" is a spelled-out ü
// ("Videoueberwachung").
bool uBelongsTo(wchar_t previous) {
  return previous == L'a' || previous == L'ä' || previous == L'e' || previous == L'q';
}

// "zu" before a verb or noun beginning with e ("zueilte", "zurückzuerobern", "Zuerwerb"): German
// has no "züi" and, but for "zürnen" and "Zürich", no "zür", while "Anzüge" and "zünden" — "zueg",
// "zuend" — keep folding.
bool isZuBeforeE(const std::wstring& word, size_t ePosition) {
  if (ePosition < 2 || word[ePosition - 2] != L'z' || ePosition + 1 >= word.size()) {
    return false;
  }
  wchar_t next = word[ePosition + 1];
  bool zuernen = next == L'r' && ePosition + 2 < word.size() && word[ePosition + 2] == L'n';
  return next == L'i' || (next == L'r' && !zuernen);
}

// Accented Latin letters to base letters; umlauts and ß handled by the caller.
wchar_t foldAccent(wchar_t c) {
  static const std::wstring from = L"àáâãåçèéêëìíîïñòóôõøùúûýÿ";
  static const std::wstring to = L"aaaaaceeeeiiiinooooouuuyy";
  size_t index = from.find(c);
  return index == std::wstring::npos ? c : to[index];
}

bool hasTransliterationPair(const std::wstring& word) {
  for (size_t i = 0; i + 1 < word.size(); ++i) {
    wchar_t a = word[i];
    if ((a == L'a' || a == L'o' || a == L'u') && word[i + 1] == L'e') {
      return true;
    }
  }
  return false;
}

}  // namespace

char32_t baseLetter(char32_t c) {
  switch (c) {
    case U'ä':
      return U'a';
    case U'ö':
      return U'o';
    case U'ü':
      return U'u';
    case U'ß':
      return U's';
    default:
      return static_cast<char32_t>(foldAccent(static_cast<wchar_t>(c)));
  }
}

GermanNormalizer::GermanNormalizer(std::unordered_set<std::wstring> protectedWords)
    : protectedWords_(std::move(protectedWords)) {
  for (const std::wstring& word : protectedWords_) {
    longestProtected_ = std::max(longestProtected_, word.size());
  }
}

std::unordered_set<std::wstring> GermanNormalizer::protectedWordsFromList(const std::string& path) {
  std::unordered_set<std::wstring> words;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::wstring word = lowerWide(toWide(line));
    if (hasTransliterationPair(word)) {
      words.insert(word);
    }
  }
  return words;
}

bool GermanNormalizer::isProtectedAt(const std::wstring& word, size_t pairStart) const {
  if (protectedWords_.empty()) {
    return false;
  }
  if (protectedWords_.count(word) != 0) {
    return true;
  }
  size_t shortest = std::max(kMinProtectedPrefix, pairStart + 2);
  size_t longest = std::min(word.size(), longestProtected_);
  for (size_t length = shortest; length <= longest; ++length) {
    if (protectedWords_.count(word.substr(0, length)) != 0) {
      return true;
    }
  }
  return false;
}

std::wstring GermanNormalizer::normalize(const std::wstring& word) const {
  std::wstring out;
  out.reserve(word.size() + 2);
  for (size_t i = 0; i < word.size(); ++i) {
    wchar_t c = word[i];
    switch (c) {
      case L'ä':
        out += L'a';
        continue;
      case L'ö':
        out += L'o';
        continue;
      case L'ü':
        out += L'u';
        continue;
      case L'ß':
        out += L"ss";
        continue;
      default:
        break;
    }
    bool pairSecond =
        c == L'e' && i > 0 && (word[i - 1] == L'a' || word[i - 1] == L'o' || word[i - 1] == L'u');
    if (pairSecond) {
      bool keep =
          word[i - 1] == L'u' && i >= 2 && (uBelongsTo(word[i - 2]) || isZuBeforeE(word, i));
      if (!keep) {
        keep = isProtectedAt(word, i - 1);
      }
      if (!keep) {
        continue;  // drop the e of a transliterated umlaut
      }
    }
    out += foldAccent(c);
  }
  return out;
}

std::string GermanNormalizer::normalize(std::string_view word) const {
  return toUtf8(normalize(toWide(word)));
}

}  // namespace querverweis
