#include "querverweis/Limits.h"

#include <charconv>
#include <string>

#include "analyzers/text/Utf8.h"
#include "querverweis/Error.h"

namespace querverweis {

namespace {

[[noreturn]] void outOfRange(const Range& range) {
  throw Error(ErrorKind::InvalidArgument,
              std::string(range.name) + " must be a whole number from " +
                  std::to_string(range.min) + " to " + std::to_string(range.max));
}

}  // namespace

void checkUtf8(std::string_view text, const std::string& what) {
  if (auto bad = firstInvalidUtf8(text)) {
    throw Error(ErrorKind::InvalidArgument,
                what + " is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
  }
}

void checkRange(const Range& range, std::size_t value) {
  if (value < range.min || value > range.max) {
    outOfRange(range);
  }
}

std::size_t parseInRange(const Range& range, std::string_view text) {
  std::size_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    outOfRange(range);
  }
  checkRange(range, value);
  return value;
}

}  // namespace querverweis
