#include "analyzers/text/Utf8.h"
#include "engine/boundary/Boundary.h"
#include "querverweis/Corpus.h"
#include "querverweis/Error.h"

namespace querverweis {

namespace {

// Written by hand rather than with ICU's Latin-ASCII transliterator: German slugs need ä→ae
// (ICU gives a), and the engine does not otherwise link ICU for a table this small.
struct Fold {
  char32_t first;
  char32_t last;
  const char* ascii;  // nullptr: not a letter, acts as a separator
};

constexpr Fold kFolds[] = {
    {0xC0, 0xC3, "a"},      {0xC4, 0xC4, "ae"},    {0xC5, 0xC5, "a"},   {0xC6, 0xC6, "ae"},
    {0xC7, 0xC7, "c"},      {0xC8, 0xCB, "e"},     {0xCC, 0xCF, "i"},   {0xD0, 0xD0, "d"},
    {0xD1, 0xD1, "n"},      {0xD2, 0xD5, "o"},     {0xD6, 0xD6, "oe"},  {0xD7, 0xD7, nullptr},
    {0xD8, 0xD8, "o"},      {0xD9, 0xDB, "u"},     {0xDC, 0xDC, "ue"},  {0xDD, 0xDD, "y"},
    {0xDE, 0xDE, "th"},     {0xDF, 0xDF, "ss"},    {0xE0, 0xE3, "a"},   {0xE4, 0xE4, "ae"},
    {0xE5, 0xE5, "a"},      {0xE6, 0xE6, "ae"},    {0xE7, 0xE7, "c"},   {0xE8, 0xEB, "e"},
    {0xEC, 0xEF, "i"},      {0xF0, 0xF0, "d"},     {0xF1, 0xF1, "n"},   {0xF2, 0xF5, "o"},
    {0xF6, 0xF6, "oe"},     {0xF7, 0xF7, nullptr}, {0xF8, 0xF8, "o"},   {0xF9, 0xFB, "u"},
    {0xFC, 0xFC, "ue"},     {0xFD, 0xFD, "y"},     {0xFE, 0xFE, "th"},  {0xFF, 0xFF, "y"},
    {0x100, 0x105, "a"},    {0x106, 0x10D, "c"},   {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"},    {0x124, 0x127, "h"},   {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
    {0x134, 0x135, "j"},    {0x136, 0x138, "k"},   {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
    {0x14C, 0x151, "o"},    {0x152, 0x153, "oe"},  {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
    {0x162, 0x167, "t"},    {0x168, 0x173, "u"},   {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
    {0x179, 0x17E, "z"},    {0x17F, 0x17F, "s"},   {0x218, 0x219, "s"}, {0x21A, 0x21B, "t"},
    {0x1E9E, 0x1E9E, "ss"},
};

constexpr char32_t kCombiningDiaeresis = 0x308;

const char* foldLetter(char32_t cp) {
  for (const Fold& fold : kFolds) {
    if (cp >= fold.first && cp <= fold.last) {
      return fold.ascii;
    }
  }
  return nullptr;
}

bool isCombiningMark(char32_t cp) {
  return cp >= 0x300 && cp <= 0x36F;
}

bool isAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

// First pass: lower-case ASCII letters and digits, '.' kept for the abbreviation rule,
// ' ' for everything else.
std::string foldToAscii(std::string_view title) {
  std::string folded;
  size_t pos = 0;
  while (pos < title.size()) {
    DecodedCodePoint decoded = decodeAt(title, pos);
    if (!decoded.valid) {
      throw Error(ErrorKind::InvalidArgument,
                  "title is not valid UTF-8 (byte " + std::to_string(pos) + ")");
    }
    pos += decoded.length;
    const char32_t cp = decoded.value;
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') {
        c = static_cast<char>(c - 'A' + 'a');
      }
      folded += isAsciiAlnum(c) || c == '.' ? c : ' ';
    } else if (isCombiningMark(cp)) {
      // Decomposed (NFD) text: "u" + U+0308 is an ü and needs its German "e"; other marks
      // vanish like the accents of precomposed letters.
      char previous = folded.empty() ? ' ' : folded.back();
      if (cp == kCombiningDiaeresis && (previous == 'a' || previous == 'o' || previous == 'u')) {
        folded += 'e';
      }
    } else if (const char* ascii = foldLetter(cp)) {
      folded += ascii;
    } else {
      folded += ' ';
    }
  }
  return folded;
}

size_t runLengthBefore(const std::string& folded, size_t dot) {
  size_t start = dot;
  while (start > 0 && isAsciiAlnum(folded[start - 1])) {
    --start;
  }
  return dot - start;
}

size_t runLengthAfter(const std::string& folded, size_t dot) {
  size_t end = dot + 1;
  while (end < folded.size() && isAsciiAlnum(folded[end])) {
    ++end;
  }
  return end - dot - 1;
}

// A dot closes an abbreviation piece ("A.C.A.B.", "e.V.", "K.-o.") or groups digits ("1.000")
// and then disappears; only between two words of two or more letters ("beratung.de") is it a
// separator.
bool dotSeparates(const std::string& folded, size_t dot) {
  size_t before = runLengthBefore(folded, dot);
  size_t after = runLengthAfter(folded, dot);
  if (before < 2 || after < 2) {
    return false;
  }
  return !(isDigit(folded[dot - 1]) && isDigit(folded[dot + 1]));
}

}  // namespace

static std::string slugFromTitleUnguarded(std::string_view title) {
  const std::string folded = foldToAscii(title);
  std::string slug;
  bool separatorPending = false;
  for (size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    if (isAsciiAlnum(c)) {
      if (separatorPending && !slug.empty()) {
        slug += '-';
      }
      separatorPending = false;
      slug += c;
    } else if (c != '.' || dotSeparates(folded, i)) {
      separatorPending = true;
    }
  }
  if (slug.empty()) {
    throw Error(ErrorKind::InvalidArgument,
                "title \"" + std::string(title) + "\" has no letter or digit to make a slug from");
  }
  return slug;
}

std::string slugFromTitle(std::string_view title) {
  return guarded("slug", [&] { return slugFromTitleUnguarded(title); });
}

}  // namespace querverweis
