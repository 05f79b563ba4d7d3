#include "engine/WordVariants.h"

#include <array>

#include "engine/LinkText.h"

namespace querverweis {

namespace {

// Separable verb particles: their participles put "ge" after the particle ("an-ge-zeigt").
constexpr std::array<std::string_view, 24> kSeparableParticles = {
    "ab",     "an",   "auf",  "aus",    "bei", "dar",    "durch",    "ein",
    "fest",   "fort", "heim", "her",    "hin", "los",    "mit",      "nach",
    "nieder", "vor",  "weg",  "weiter", "zu",  "zurück", "zusammen", "um"};

constexpr std::size_t kMinLatinStem = 4;  // "Zentr-um": shorter stems are native ("Raum")

bool endsWith(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

// "Zentrum" ↔ "Zentren", "Gremium" ↔ "Gremien", "Museum" ↔ "Museen", "Spektrum" ↔ "Spektren".
// German "-tum" nouns ("Eigentum") and words on "-aum" ("Raum") are native and excluded; of the
// plurals only the Latin shapes are tried, not every "-en".
void addLatinPlural(std::string_view word, std::vector<std::string>& variants) {
  if (word.size() < kMinLatinStem + 2) {
    return;
  }
  std::string_view stem = word.substr(0, word.size() - 2);
  if (endsWith(word, "um") && !endsWith(word, "tum") && !endsWith(word, "aum")) {
    variants.push_back(std::string(stem) + "en");
  } else if (endsWith(word, "ien") || endsWith(word, "een") || endsWith(word, "tren") ||
             endsWith(word, "kren")) {
    variants.push_back(std::string(stem) + "um");
  }
}

// "angezeigt" → "anzeigt", "aufgeklärt" → "aufklärt": the stemmer then meets the verb's other
// forms and its nouns ("Anzeige", "Aufklärung").
void addSeparableParticiple(std::string_view word, std::vector<std::string>& variants) {
  for (std::string_view particle : kSeparableParticles) {
    std::string_view rest = word.substr(std::min(word.size(), particle.size()));
    if (word.starts_with(particle) && rest.starts_with("ge") && rest.size() >= 5) {
      variants.push_back(std::string(particle) + std::string(rest.substr(2)));
    }
  }
}

}  // namespace

std::vector<std::string> inflectionVariants(std::string_view word) {
  std::vector<std::string> variants;
  addLatinPlural(word, variants);
  if (!startsCapitalised(word)) {
    addSeparableParticiple(word, variants);
  }
  return variants;
}

std::vector<std::wstring> derivedNounTerms(const std::wstring& verbStem) {
  if (verbStem.size() < 3) {
    return {};
  }
  return {verbStem + L"ung", verbStem + L"ing"};
}

bool looksNominalisedInfinitive(std::string_view word) {
  return startsCapitalised(word) && word.size() >= 6 && endsWith(word, "en");
}

}  // namespace querverweis
