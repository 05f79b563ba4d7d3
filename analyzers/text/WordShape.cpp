#include "analyzers/text/WordShape.h"

#include <algorithm>

#include "analyzers/text/CaseFolding.h"
#include "analyzers/text/Utf8.h"

namespace querverweis {

bool startsCapitalised(std::string_view word) {
  return !word.empty() && isUpperCase(decodeAt(word, 0).value);
}

std::size_t capitalCount(std::string_view word) {
  std::size_t count = 0;
  for (char32_t c : decodeUtf8Lenient(word)) {
    count += isUpperCase(c) ? 1 : 0;
  }
  return count;
}

bool isDigits(std::string_view word) {
  return !word.empty() &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isOneOfLowered(std::string_view word, std::initializer_list<std::wstring_view> words) {
  const std::wstring lowered = lowerWide(toWide(word));
  return std::find(words.begin(), words.end(), lowered) != words.end();
}

bool hasAbstractNounSuffix(std::wstring_view folded) {
  for (std::wstring_view suffix :
       {L"heit", L"keit", L"ung", L"schaft", L"itat", L"ion", L"nis", L"tum"}) {
    if (folded.ends_with(suffix)) {
      return true;
    }
  }
  return false;
}

bool isDerivedAdjective(std::string_view word) {
  if (word.empty() || startsCapitalised(word)) {
    return false;
  }
  const std::wstring folded = lowerWide(toWide(word));
  for (std::wstring_view ending : {L"e", L"er", L"en", L"es", L"em"}) {
    if (!folded.ends_with(ending)) {
      continue;
    }
    std::wstring_view stem = std::wstring_view(folded).substr(0, folded.size() - ending.size());
    for (std::wstring_view suffix : {L"lich", L"isch", L"ig", L"ell", L"al", L"iv", L"bar", L"sam",
                                     L"los", L"haft", L"ant", L"ent", L"är", L"iert"}) {
      if (stem.size() > suffix.size() + 2 && stem.ends_with(suffix)) {
        return true;
      }
    }
  }
  return false;
}

bool looksNominalisedInfinitive(std::string_view word) {
  return startsCapitalised(word) && word.size() >= 6 && word.ends_with("en");
}

}  // namespace querverweis
