#include "analyzers/text/Inflection.h"

#include <array>

#include "analyzers/text/WordShape.h"

namespace querverweis {

namespace {

constexpr std::array<std::wstring_view, 12> kEndings = {
    L"", L"e", L"n", L"en", L"s", L"es", L"er", L"ern", L"em", L"nen", L"ns", L"ens"};

// Separable verb particles: their participles put "ge" after the particle ("an-ge-zeigt").
constexpr std::array<std::string_view, 24> kSeparableParticles = {
    "ab",     "an",   "auf",  "aus",    "bei", "dar",    "durch",    "ein",
    "fest",   "fort", "heim", "her",    "hin", "los",    "mit",      "nach",
    "nieder", "vor",  "weg",  "weiter", "zu",  "zurück", "zusammen", "um"};

constexpr std::size_t kMinLatinStem = 4;  // "Zentr-um": shorter stems are native ("Raum")

// A modifier keeps its form or drops a final -e/-n/-en (Schule → Schul-, Drogen → Drogen-).
std::vector<std::wstring> modifierForms(const std::wstring& name) {
  std::vector<std::wstring> forms{name};
  for (std::wstring_view ending : {L"e", L"n", L"en"}) {
    if (name.ends_with(ending) && name.size() >= ending.size() + 3) {
      forms.push_back(name.substr(0, name.size() - ending.size()));
    }
  }
  return forms;
}

// "Zentrum" ↔ "Zentren", "Gremium" ↔ "Gremien", "Museum" ↔ "Museen", "Spektrum" ↔ "Spektren".
// German "-tum" nouns ("Eigentum") and words on "-aum" ("Raum") are native and excluded; of the
// plurals only the Latin shapes are tried, not every "-en".
void addLatinPlural(std::string_view word, std::vector<std::string>& variants) {
  if (word.size() < kMinLatinStem + 2) {
    return;
  }
  std::string_view stem = word.substr(0, word.size() - 2);
  if (word.ends_with("um") && !word.ends_with("tum") && !word.ends_with("aum")) {
    variants.push_back(std::string(stem) + "en");
  } else if (word.ends_with("ien") || word.ends_with("een") || word.ends_with("tren") ||
             word.ends_with("kren")) {
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

std::vector<std::wstring> inflectionBases(const std::wstring& word) {
  std::vector<std::wstring> forms;
  for (std::wstring_view ending : kEndings) {
    if (word.ends_with(ending) && word.size() >= ending.size() + 3) {
      forms.push_back(word.substr(0, word.size() - ending.size()));
    }
  }
  return forms;
}

bool inflectedForms(const std::wstring& a, const std::wstring& b) {
  for (std::wstring_view endingA : kEndings) {
    if (!a.ends_with(endingA) || a.size() < endingA.size() + 2) {
      continue;
    }
    std::wstring_view stem = std::wstring_view(a).substr(0, a.size() - endingA.size());
    for (std::wstring_view endingB : kEndings) {
      if (b.size() == stem.size() + endingB.size() && b.starts_with(stem) && b.ends_with(endingB)) {
        return true;
      }
    }
  }
  return false;
}

bool partStandsInWord(const std::wstring& word, const std::wstring& name, PartPlace place) {
  switch (place) {
    case PartPlace::Modifier:
      for (const std::wstring& form : modifierForms(name)) {
        if (word.size() >= form.size() + 3 && word.starts_with(form)) {
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
      for (const std::wstring& wordForm : inflectionBases(word)) {
        for (const std::wstring& nameForm : inflectionBases(name)) {
          if (wordForm.size() >= nameForm.size() + 2 && wordForm.ends_with(nameForm)) {
            return true;
          }
        }
      }
      return false;
  }
  return false;
}

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

}  // namespace querverweis
