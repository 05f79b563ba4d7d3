#include "engine/LinkText.h"

#include <array>
#include <initializer_list>
#include <vector>

#include "analyzers/GermanNormalizer.h"
#include "analyzers/GermanTokenizer.h"
#include "analyzers/LuceneSupport.h"

namespace querverweis {

namespace {

std::wstring wide(std::string_view text) {
  return Lucene::StringUtils::toUnicode(std::string(text));
}

std::wstring lower(std::wstring text) {
  Lucene::CharFolder::toLower(text.begin(), text.end());
  return text;
}

bool isWordChar(wchar_t c) {
  return GermanTokenizer::isWordChar(c);
}

bool isUpper(wchar_t c) {
  return Lucene::CharFolder::toLower(c) != c;
}

bool isSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

bool isContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The code point starting at byte i.
wchar_t codePointAt(std::string_view text, std::size_t i) {
  std::size_t length = 1;
  while (i + length < text.size() && isContinuation(text[i + length])) {
    ++length;
  }
  std::wstring decoded = wide(text.substr(i, length));
  return decoded.empty() ? 0 : decoded.front();
}

std::size_t previousStart(std::string_view text, std::size_t i) {
  do {
    --i;
  } while (i > 0 && isContinuation(text[i]));
  return i;
}

// The code point before `begin`, white space skipped; 0 at the start of the text.
wchar_t charBefore(std::string_view text, std::size_t begin) {
  std::size_t i = begin;
  while (i > 0 && isSpace(text[i - 1])) {
    --i;
  }
  return i == 0 ? 0 : codePointAt(text, previousStart(text, i));
}

wchar_t charAfter(std::string_view text, std::size_t end) {
  std::size_t i = end;
  while (i < text.size() && isSpace(text[i])) {
    ++i;
  }
  return i == text.size() ? 0 : codePointAt(text, i);
}

// The word right before `begin`, with only white space between; empty after punctuation.
std::string_view wordBefore(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end > 0 && isSpace(text[end - 1])) {
    --end;
  }
  std::size_t start = end;
  while (start > 0) {
    std::size_t previous = previousStart(text, start);
    if (!isWordChar(codePointAt(text, previous))) {
      break;
    }
    start = previous;
  }
  return text.substr(start, end - start);
}

std::string_view wordAfter(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start < text.size() && isSpace(text[start])) {
    ++start;
  }
  std::size_t stop = start;
  while (stop < text.size() && isWordChar(codePointAt(text, stop))) {
    ++stop;
    while (stop < text.size() && isContinuation(text[stop])) {
      ++stop;
    }
  }
  return text.substr(start, stop - start);
}

std::string_view wordAt(std::string_view text, std::size_t begin) {
  return wordAfter(text, begin);
}

bool isOneOf(std::string_view word, std::initializer_list<std::wstring_view> list) {
  std::wstring folded = lower(wide(word));
  for (std::wstring_view item : list) {
    if (folded == item) {
      return true;
    }
  }
  return false;
}

bool endsWith(const std::wstring& text, std::wstring_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool startsWith(const std::wstring& text, std::wstring_view prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

constexpr std::array<std::wstring_view, 12> kEndings = {
    L"", L"e", L"n", L"en", L"s", L"es", L"er", L"ern", L"em", L"nen", L"ns", L"ens"};

std::vector<std::wstring> baseForms(const std::wstring& word) {
  std::vector<std::wstring> forms;
  for (std::wstring_view ending : kEndings) {
    if (endsWith(word, ending) && word.size() >= ending.size() + 3) {
      forms.push_back(word.substr(0, word.size() - ending.size()));
    }
  }
  return forms;
}

// A modifier keeps its form or drops a final -e/-n/-en (Schule → Schul-, Drogen → Drogen-).
std::vector<std::wstring> modifierForms(const std::wstring& name) {
  std::vector<std::wstring> forms{name};
  for (std::wstring_view ending : {L"e", L"n", L"en"}) {
    if (endsWith(name, ending) && name.size() >= ending.size() + 3) {
      forms.push_back(name.substr(0, name.size() - ending.size()));
    }
  }
  return forms;
}

bool isSentenceStart(std::string_view text, std::size_t begin) {
  wchar_t before = charBefore(text, begin);
  return before == 0 || before == L'.' || before == L'!' || before == L'?' || before == L':' ||
         before == L'|';
}

bool isPersonalPronoun(std::string_view word) {
  return isOneOf(word, {L"ich", L"du", L"er", L"sie", L"es", L"wir", L"ihr", L"man"});
}

bool isNumber(std::string_view word) {
  if (word.empty()) {
    return false;
  }
  for (char c : word) {
    if (c < '0' || c > '9') {
      return isOneOf(
          word, {L"zwei", L"drei", L"vier", L"fünf", L"sechs", L"sieben", L"acht", L"neun", L"zehn",
                 L"elf", L"zwölf", L"zwanzig", L"hundert", L"tausend"});
    }
  }
  return true;
}

// Articles that quantify a unit ("keinen Zoll", "einen Fuß breit", "jeden Zoll").
bool isQuantifyingArticle(std::string_view word) {
  return isOneOf(word, {L"kein", L"keinen", L"keinem", L"ein", L"einen", L"einem", L"jeden"});
}

bool isLowerCaseUnit(std::string_view word) {
  return isOneOf(word, {L"km", L"m", L"cm", L"mm", L"kg", L"g", L"t", L"l", L"ml", L"h", L"min",
                        L"mal", L"prozent", L"euro"});
}

// Forms of "sein" and the particles that stand with a predicative interjection ("ist OK",
// "noch OK", "nicht OK").
bool isCopulaOrParticle(std::string_view word) {
  return isOneOf(word, {L"ist", L"sind", L"war", L"waren", L"wäre", L"wären", L"sei", L"seien",
                        L"bin", L"bist", L"seid", L"noch", L"schon", L"ganz", L"völlig", L"total",
                        L"alles", L"nicht"});
}

bool isQuote(wchar_t c) {
  return c == L'"' || c == L'\'' || c == 0x201E || c == 0x201C || c == 0x201D || c == 0x201A ||
         c == 0x2018 || c == 0x2019 || c == 0x00AB || c == 0x00BB;
}

// An inflected adjective built with a derivational suffix: "finanzieller", "wirtschaftlicher",
// "sexualisierte", "emotionalen". Articles and pronouns ("diese", "keine") have none.
bool isDerivedAdjective(std::string_view word) {
  if (word.empty() || startsCapitalised(word)) {
    return false;
  }
  std::wstring folded = lower(wide(word));
  for (std::wstring_view ending : {L"e", L"er", L"en", L"es", L"em"}) {
    if (!endsWith(folded, ending)) {
      continue;
    }
    std::wstring stem = folded.substr(0, folded.size() - ending.size());
    for (std::wstring_view suffix : {L"lich", L"isch", L"ig", L"ell", L"al", L"iv", L"bar", L"sam",
                                     L"los", L"haft", L"ant", L"ent", L"är", L"iert"}) {
      if (stem.size() > suffix.size() + 2 && endsWith(stem, suffix)) {
        return true;
      }
    }
  }
  return false;
}

// Abstract nouns built with a derivational suffix (Abhängigkeit, Vorbeugung, Partizipation).
bool isAbstractNoun(const std::wstring& folded) {
  for (std::wstring_view suffix :
       {L"heit", L"keit", L"ung", L"schaft", L"itat", L"ion", L"nis", L"tum"}) {
    if (endsWith(folded, suffix)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::wstring foldWord(std::string_view text) {
  static const GermanNormalizer normalizer;
  std::wstring folded = normalizer.normalize(lower(wide(text)));
  std::wstring letters;
  for (wchar_t c : folded) {
    if (isWordChar(c)) {
      letters += c;
    }
  }
  return letters;
}

std::wstring foldSpacing(std::string_view text) {
  std::wstring folded;
  bool space = false;
  for (wchar_t c : lower(wide(text))) {
    if (c == L' ' || c == L'\n' || c == L'\t' || c == L'\r') {
      space = true;
      continue;
    }
    if (space) {
      folded += L' ';
      space = false;
    }
    folded += c;
  }
  if (space) {
    folded += L' ';
  }
  return folded;
}

std::vector<std::wstring> inflectionBases(const std::wstring& word) {
  return baseForms(word);
}

bool inflectedForms(const std::wstring& a, const std::wstring& b) {
  for (std::wstring_view endingA : kEndings) {
    if (!endsWith(a, endingA) || a.size() < endingA.size() + 2) {
      continue;
    }
    std::wstring_view stem = std::wstring_view(a).substr(0, a.size() - endingA.size());
    for (std::wstring_view endingB : kEndings) {
      if (b.size() == stem.size() + endingB.size() && b.compare(0, stem.size(), stem) == 0 &&
          endsWith(b, endingB)) {
        return true;
      }
    }
  }
  return false;
}

bool sameCase(std::string_view name, std::string_view text) {
  std::wstring nameLetters;
  for (wchar_t c : wide(name)) {
    if (isWordChar(c)) {
      nameLetters += c;
    }
  }
  std::wstring textLetters;
  for (wchar_t c : wide(text)) {
    if (isWordChar(c)) {
      textLetters += c;
    }
  }
  if (!startsWith(textLetters, nameLetters)) {
    return false;
  }
  for (std::size_t i = nameLetters.size(); i < textLetters.size(); ++i) {
    if (isUpper(textLetters[i])) {
      return false;
    }
  }
  return true;
}

bool startsCapitalised(std::string_view word) {
  return !word.empty() && isUpper(codePointAt(word, 0));
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

bool partStandsInWord(const std::wstring& word, const std::wstring& name, PartPlace place) {
  switch (place) {
    case PartPlace::Modifier:
      for (const std::wstring& form : modifierForms(name)) {
        if (word.size() >= form.size() + 3 && startsWith(word, form)) {
          return true;
        }
      }
      return false;
    case PartPlace::Middle:
      for (const std::wstring& form : modifierForms(name)) {
        std::size_t at = word.find(form, 1);
        if (at != std::wstring::npos && at + form.size() < word.size()) {
          return true;
        }
      }
      return false;
    case PartPlace::Head:
      for (const std::wstring& wordForm : baseForms(word)) {
        for (const std::wstring& nameForm : baseForms(name)) {
          if (wordForm.size() >= nameForm.size() + 2 && endsWith(wordForm, nameForm)) {
            return true;
          }
        }
      }
      return false;
  }
  return false;
}

NameTraits nameTraits(std::string_view surface, bool title) {
  NameTraits traits;
  std::wstring text = wide(surface);
  int capitals = 0;
  bool digitsOnly = !text.empty();
  bool oneWord = true;
  for (wchar_t c : text) {
    if (c == L' ' || c == L'-') {
      capitals = 0;
      oneWord = oneWord && c != L' ';
      continue;
    }
    if (isUpper(c) && ++capitals >= 2) {
      traits.caseSensitive = true;
    }
    digitsOnly = digitsOnly && c >= L'0' && c <= L'9';
  }
  std::size_t lastSpace = surface.rfind(' ');
  std::string_view lastWord =
      lastSpace == std::string_view::npos ? surface : surface.substr(lastSpace + 1);
  std::wstring folded = foldWord(surface);
  traits.number = digitsOnly;
  traits.noun = !traits.caseSensitive && startsCapitalised(lastWord);
  traits.measure = folded == L"zoll" || folded == L"fuss" || folded == L"elle" ||
                   folded == L"meile" || folded == L"pfund" || folded == L"unze" ||
                   folded == L"zentner" || folded == L"karat" || folded == L"knoten" ||
                   folded == L"grad";
  traits.interjection = folded == L"ok" || folded == L"okay";
  traits.abstractAlias = !title && oneWord && !traits.caseSensitive && isAbstractNoun(folded);
  return traits;
}

Sense senseOf(const NameTraits& traits, const SenseQuery& query) {
  std::string_view text = query.text;
  if (traits.noun && !startsCapitalised(wordAt(text, query.nounBegin))) {
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
    wchar_t next = charAfter(text, query.end);
    if (startsCapitalised(after) || isLowerCaseUnit(after) || next == L'%' || next == 0x20AC) {
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
