// The normalize-only recipe of the analysis chain, for lookup keys outside a token stream: the
// thesaurus, the spelling index, autocomplete and the linker's name forms fold and stem a word
// exactly as the index does, because the keys are built from the same AnalysisConfig and
// LanguageData as the chain ("Kiezen" → key "kiez", "Bürgersprechstunde" → fold
// "burgersprechstunde"). Like Lucene's Analyzer.normalize(): no compound splitting, no synonyms,
// no abbreviation or hyphen rules of the tokenizer.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "analyzers/LanguageData.h"
#include "querverweis/Analysis.h"

namespace querverweis {

// Thread-safe: every member may be called from any number of threads.
class LookupKeys {
 public:
  LookupKeys(AnalysisConfig config, std::shared_ptr<const LanguageData> language);

  // One word lower-cased and, when the configuration normalizes, umlaut-folded:
  // "Bürgersprechstunde" → "burgersprechstunde".
  std::string fold(std::string_view word) const;
  std::wstring fold(std::wstring_view word) const;

  // fold() keeping only word characters: "Bürger-Sprechstunde" → "burgersprechstunde".
  std::wstring foldLetters(std::string_view text) const;

  // A folded token stemmed as the chain's stem filter does (tokens with digits stay).
  std::string stem(std::string_view folded) const;
  std::wstring stem(std::wstring_view folded) const;

  // The words of a phrase, stop words out, folded and stemmed, joined by blanks: the key that
  // agrees with the chain on single words. "Häusliche Gewalt" → "hauslich gewalt".
  std::string key(std::string_view phrase) const;

  const AnalysisConfig& config() const { return config_; }

 private:
  AnalysisConfig config_;
  std::shared_ptr<const LanguageData> language_;
};

}  // namespace querverweis
