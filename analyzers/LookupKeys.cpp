#include "analyzers/LookupKeys.h"

#include <algorithm>
#include <array>

#include "analyzers/GermanStopwords.h"
#include "analyzers/Stemmer.h"
#include "analyzers/text/CaseFolding.h"
#include "analyzers/text/Utf8.h"
#include "analyzers/text/Words.h"

namespace querverweis {

namespace {

bool isStopword(const std::wstring& word) {
  static const std::vector<std::wstring> sorted = [] {
    std::vector<std::wstring> words = germanStopwords();
    std::sort(words.begin(), words.end());
    return words;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

bool hasDigit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Stemmers keep a work buffer (libstemmer), so each thread has its own of each kind.
Stemmer* threadStemmer(StemmerKind kind) {
  thread_local std::array<std::unique_ptr<Stemmer>, 3> stemmers;
  auto& slot = stemmers[static_cast<std::size_t>(kind)];
  if (!slot) {
    slot = makeStemmer(kind);
  }
  return slot.get();
}

}  // namespace

LookupKeys::LookupKeys(AnalysisConfig config, std::shared_ptr<const LanguageData> language)
    : config_(std::move(config)), language_(std::move(language)) {}

std::wstring LookupKeys::fold(std::wstring_view word) const {
  std::wstring lowered = lowerWide(word);
  if (!config_.normalize || config_.standardBaseline) {
    return lowered;
  }
  return language_->normalizer().normalize(lowered);
}

std::string LookupKeys::fold(std::string_view word) const {
  return toUtf8(fold(toWide(word)));
}

std::wstring LookupKeys::foldLetters(std::string_view text) const {
  std::wstring letters;
  for (wchar_t c : fold(toWide(text))) {
    if (isWordChar(static_cast<char32_t>(c))) {
      letters += c;
    }
  }
  return letters;
}

std::string LookupKeys::stem(std::string_view folded) const {
  if (config_.stemmer == StemmerKind::None || config_.standardBaseline || hasDigit(folded)) {
    return std::string(folded);
  }
  return threadStemmer(config_.stemmer)->stem(folded);
}

std::wstring LookupKeys::stem(std::wstring_view folded) const {
  return toWide(stem(toUtf8(folded)));
}

std::string LookupKeys::key(std::string_view phrase) const {
  std::string key;
  forEachWord(lowerWide(toWide(phrase)), [&](const std::wstring& word) {
    if (!isStopword(word)) {
      key += (key.empty() ? "" : " ") + stem(toUtf8(fold(word)));
    }
  });
  return key;
}

}  // namespace querverweis
