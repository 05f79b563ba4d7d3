// The limits of the public calls, in one place, with the one wording every caller shows:
// a search asked for 500 hits gets "limit must be a whole number from 1 to 100", from the
// library, the command line and the HTTP API alike.
#pragma once

#include <cstddef>
#include <string_view>

namespace querverweis {

struct Range {
  const char* name;  // the parameter as callers spell it ("limit", "offset")
  std::size_t min;
  std::size_t max;
};

namespace limits {
inline constexpr Range kSearchLimit{"limit", 1, 100};
inline constexpr Range kSearchOffset{"offset", 0, 10000};
inline constexpr Range kSuggestLimit{"limit", 1, 50};
inline constexpr Range kRelatedLimit{"limit", 1, 50};
inline constexpr Range kMaxLinks{"max", 0, 1000};
inline constexpr std::size_t kMaxQueryBytes = 1000;
inline constexpr std::size_t kMaxPrefixBytes = 200;
inline constexpr std::size_t kMaxAnalyzeBytes = 10000;
inline constexpr std::size_t kMaxLinkTextBytes = std::size_t{1} << 20;
// One entry (a Markdown file, a JSON line): far above any glossary article, low enough that a
// stray dump in the corpus folder is refused with its name instead of filling memory.
inline constexpr std::size_t kMaxEntryBytes = std::size_t{64} << 20;
inline constexpr std::size_t kMaxQueryWords = 32;
}  // namespace limits

// Throws Error(InvalidArgument) "NAME must be a whole number from MIN to MAX" unless
// min <= value <= max.
void checkRange(const Range& range, std::size_t value);

// Throws Error(InvalidArgument) "WHAT is not valid UTF-8 (byte N)" unless `text` is valid UTF-8;
// WHAT names the value as callers know it ("the query", "parameter 'q'").
void checkUtf8(std::string_view text, const std::string& what);

// Parses a decimal whole number for `range` and checks it; the same message for text that is no
// whole number ("ten", "-1", "1e3", "").
std::size_t parseInRange(const Range& range, std::string_view text);

}  // namespace querverweis
