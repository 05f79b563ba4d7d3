#include "analyzers/CistemStemmer.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "analyzers/text/CaseFolding.h"
#include "analyzers/text/Utf8.h"

namespace querverweis {

namespace {

// The paper writes its temporary substitutions as "$", "%", "&" and "*". Values above the Unicode
// range play their part here: no decoded input can contain them, so a literal "$" or "*"
// ("Bürger*innen") survives instead of turning into "sch" or a doubled letter on the way back.
constexpr char32_t kSch = 0x110000;
constexpr char32_t kEi = 0x110001;
constexpr char32_t kIe = 0x110002;
constexpr char32_t kRepeat = 0x110003;  // stands for "same letter as the one before"

std::u32string lowercaseAndFold(std::u32string_view word) {
  std::u32string out;
  out.reserve(word.size() + 2);
  for (char32_t c : word) {
    c = lowerCase(c);
    switch (c) {
      case U'ä':
        out.push_back(U'a');
        break;
      case U'ö':
        out.push_back(U'o');
        break;
      case U'ü':
        out.push_back(U'u');
        break;
      case U'ß':
        out.append(U"ss");
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

// "ge" goes only when at least four letters remain: "gesetze" → "setze", but "gebet" stays.
void stripGePrefix(std::u32string& word) {
  if (word.size() >= 6 && word.starts_with(U"ge")) word.erase(0, 2);
}

// One left-to-right pass without overlaps, like the paper's sequential string replacements; the
// passes run in the paper's order (sch, ei, ie), which decides "freie" → "fr%e".
void replaceAll(std::u32string& word, std::u32string_view from, char32_t to) {
  std::u32string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    if (std::u32string_view(word).substr(i).starts_with(from)) {
      out.push_back(to);
      i += from.size();
    } else {
      out.push_back(word[i++]);
    }
  }
  word = std::move(out);
}

// Marking the second of two equal letters keeps "-ss"/"-nn" from being read as suffix "s"/"n":
// "strassen" → "stras*en" loses "en" but keeps both s.
void markRepeats(std::u32string& word) {
  for (std::size_t i = 1; i < word.size(); ++i) {
    if (word[i] == word[i - 1] && word[i - 1] != kRepeat) word[i] = kRepeat;
  }
}

bool endsWithAny(std::u32string_view word, std::u32string_view letters) {
  return !word.empty() && letters.find(word.back()) != std::u32string_view::npos;
}

// Lengths count substituted units, so "$" for "sch" is one letter. The case-sensitive variant
// keeps a final "t" on capitalised words; this case-insensitive one always strips it.
void stripSuffixes(std::u32string& word) {
  while (word.size() > 3) {
    if (word.size() > 5 &&
        (word.ends_with(U"em") || word.ends_with(U"er") || word.ends_with(U"nd"))) {
      word.resize(word.size() - 2);
    } else if (endsWithAny(word, U"tesn")) {
      word.pop_back();
    } else {
      break;
    }
  }
}

std::string restore(std::u32string_view word) {
  std::string out;
  out.reserve(word.size() + 4);
  char32_t previous = 0;
  for (char32_t c : word) {
    if (c == kRepeat) c = previous;
    previous = c;
    switch (c) {
      case kSch:
        out.append("sch");
        break;
      case kEi:
        out.append("ei");
        break;
      case kIe:
        out.append("ie");
        break;
      default:
        appendUtf8(out, c);
    }
  }
  return out;
}

}  // namespace

std::string CistemStemmer::stem(std::string_view word) const {
  std::u32string letters = lowercaseAndFold(decodeUtf8Lenient(word));
  stripGePrefix(letters);
  replaceAll(letters, U"sch", kSch);
  replaceAll(letters, U"ei", kEi);
  replaceAll(letters, U"ie", kIe);
  markRepeats(letters);
  stripSuffixes(letters);
  return restore(letters);
}

}  // namespace querverweis
