#include "engine/linking/SenseRules.h"

#include "analyzers/text/CaseFolding.h"
#include "analyzers/text/Utf8.h"
#include "analyzers/text/WordShape.h"
#include "analyzers/text/Words.h"

namespace querverweis {

namespace {

bool isSentenceStart(std::string_view text, std::size_t begin) {
  char32_t before = charBefore(text, begin);
  return before == 0 || before == U'.' || before == U'!' || before == U'?' || before == U':' ||
         before == U'|';
}

bool isPersonalPronoun(std::string_view word) {
  return isOneOfLowered(word, {L"ich", L"du", L"er", L"sie", L"es", L"wir", L"ihr", L"man"});
}

bool isNumber(std::string_view word) {
  if (word.empty()) {
    return false;
  }
  for (char c : word) {
    if (c < '0' || c > '9') {
      return isOneOfLowered(
          word, {L"zwei", L"drei", L"vier", L"fünf", L"sechs", L"sieben", L"acht", L"neun", L"zehn",
                 L"elf", L"zwölf", L"zwanzig", L"hundert", L"tausend"});
    }
  }
  return true;
}

// Articles that quantify a unit ("keinen Zoll", "einen Fuß breit", "jeden Zoll").
bool isQuantifyingArticle(std::string_view word) {
  return isOneOfLowered(word,
                        {L"kein", L"keinen", L"keinem", L"ein", L"einen", L"einem", L"jeden"});
}

bool isLowerCaseUnit(std::string_view word) {
  return isOneOfLowered(word, {L"km", L"m", L"cm", L"mm", L"kg", L"g", L"t", L"l", L"ml", L"h",
                               L"min", L"mal", L"prozent", L"euro"});
}

// Forms of "sein" and the particles that stand with a predicative interjection ("ist OK",
// "noch OK", "nicht OK").
bool isCopulaOrParticle(std::string_view word) {
  return isOneOfLowered(word, {L"ist", L"sind", L"war", L"waren", L"wäre", L"wären", L"sei",
                               L"seien", L"bin", L"bist", L"seid", L"noch", L"schon", L"ganz",
                               L"völlig", L"total", L"alles", L"nicht"});
}

bool isQuote(char32_t c) {
  return c == U'"' || c == U'\'' || c == 0x201E || c == 0x201C || c == 0x201D || c == 0x201A ||
         c == 0x2018 || c == 0x2019 || c == 0x00AB || c == 0x00BB;
}

}  // namespace

namespace {

std::u32string wordLetters(std::string_view text) {
  std::u32string letters;
  for (char32_t c : decodeUtf8Lenient(text)) {
    if (isWordChar(c)) {
      letters += c;
    }
  }
  return letters;
}

}  // namespace

bool sameCase(std::string_view name, std::string_view text) {
  const std::u32string nameLetters = wordLetters(name);
  const std::u32string textLetters = wordLetters(text);
  if (!textLetters.starts_with(nameLetters)) {
    return false;
  }
  for (std::size_t i = nameLetters.size(); i < textLetters.size(); ++i) {
    if (isUpperCase(textLetters[i])) {
      return false;
    }
  }
  return true;
}

bool isConjunction(const std::wstring& separator) {
  return separator == L" und " || separator == L" oder " || separator == L" sowie ";
}

bool isCoordinationGap(const std::wstring& separator) {
  if (separator.empty() || separator.front() != L'-') {
    return false;
  }
  std::wstring rest;
  for (wchar_t c : separator.substr(1)) {
    if (c != L' ' && c != L',') {
      rest += c;
    }
  }
  return rest.empty() || rest == L"und" || rest == L"oder" || rest == L"sowie" || rest == L"bzw." ||
         rest == L"beziehungsweise";
}

NameTraits nameTraits(std::string_view surface, std::wstring_view folded, bool title) {
  NameTraits traits;
  std::u32string text = decodeUtf8Lenient(surface);
  int capitals = 0;
  bool digitsOnly = !text.empty();
  bool oneWord = true;
  for (char32_t c : text) {
    if (c == U' ' || c == U'-') {
      capitals = 0;
      oneWord = oneWord && c != U' ';
      continue;
    }
    if (isUpperCase(c) && ++capitals >= 2) {
      traits.caseSensitive = true;
    }
    digitsOnly = digitsOnly && c >= U'0' && c <= U'9';
  }
  std::size_t lastSpace = surface.rfind(' ');
  std::string_view lastWord =
      lastSpace == std::string_view::npos ? surface : surface.substr(lastSpace + 1);
  traits.number = digitsOnly;
  traits.noun = !traits.caseSensitive && startsCapitalised(lastWord);
  traits.measure = folded == L"zoll" || folded == L"fuss" || folded == L"elle" ||
                   folded == L"meile" || folded == L"pfund" || folded == L"unze" ||
                   folded == L"zentner" || folded == L"karat" || folded == L"knoten" ||
                   folded == L"grad";
  traits.interjection = folded == L"ok" || folded == L"okay";
  traits.abstractAlias =
      !title && oneWord && !traits.caseSensitive && hasAbstractNounSuffix(folded);
  return traits;
}

Sense senseOf(const NameTraits& traits, const SenseQuery& query) {
  std::string_view text = query.text;
  if (traits.noun && !startsCapitalised(wordAfter(text, query.nounBegin))) {
    return Sense::Other;
  }
  std::string_view before = wordBefore(text, query.begin);
  std::string_view after = wordAfter(text, query.end);
  if (traits.noun && !query.insideWord && isSentenceStart(text, query.begin) &&
      isPersonalPronoun(after)) {
    return Sense::Other;
  }
  if (traits.measure && (isNumber(before) || isQuantifyingArticle(before))) {
    return Sense::Other;
  }
  if (traits.number) {
    char32_t next = charAfter(text, query.end);
    if (startsCapitalised(after) || isLowerCaseUnit(after) || next == U'%' || next == 0x20AC) {
      return Sense::Other;
    }
    std::size_t beforeBegin = static_cast<std::size_t>(before.data() - text.data());
    if (startsCapitalised(before) && !isSentenceStart(text, beforeBegin)) {
      return Sense::Other;
    }
  }
  if (traits.interjection &&
      (isQuote(charBefore(text, query.begin)) || isQuote(charAfter(text, query.end)) ||
       isCopulaOrParticle(before) || isCopulaOrParticle(after))) {
    return Sense::Other;
  }
  if (traits.abstractAlias && !query.insideWord && isDerivedAdjective(before)) {
    return Sense::Narrowed;
  }
  return Sense::Intended;
}

}  // namespace querverweis
