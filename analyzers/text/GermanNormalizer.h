// Folds the spellings of one German word onto one form so that readers who type without umlauts
// meet the text: "bürgersprechstunde" and "buergersprechstunde" both become "burgersprechstunde".
// Rules, on lower-case input: ä→a, ö→o, ü→u, ß→ss, accented Latin letters to their base letter;
// the transliterations ae→a, oe→o, ue→u, except "ue" after a, ä, e or q ("feuer", "quelle"), "zu"
// before e-r or e-i ("zuerst", "zurückzuerobern", "zueilte"), and inside protected words that
// really contain the letter pair ("israel", "goethe", "aktuell").
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace querverweis {

// One lower-case letter without its diacritic: ä → a, é → e, ß → s (a one-letter stand-in, for
// keys that compare first letters); other letters unchanged.
char32_t baseLetter(char32_t lowercaseLetter);

class GermanNormalizer {
 public:
  GermanNormalizer() = default;
  // protectedWords: lower-case words whose ae/oe/ue is not a transliterated umlaut, typically
  // every such word of a German word list. A token is protected when it equals one of them or
  // begins with one that covers the letter pair and is at least five letters long.
  explicit GermanNormalizer(std::unordered_set<std::wstring> protectedWords);

  std::wstring normalize(const std::wstring& lowercaseWord) const;
  std::string normalize(std::string_view lowercaseUtf8Word) const;

  // Builds the protected-word set from a word list such as /usr/share/dict/ngerman: every word
  // containing ae, oe or ue. Returns an empty set if the file cannot be read.
  static std::unordered_set<std::wstring> protectedWordsFromList(const std::string& path);

 private:
  bool isProtectedAt(const std::wstring& word, size_t pairStart) const;

  std::unordered_set<std::wstring> protectedWords_;
  size_t longestProtected_ = 0;
};

}  // namespace querverweis
