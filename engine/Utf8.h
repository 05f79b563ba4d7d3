// Small UTF-8 helpers the engine needs at its edges: validating input files and converting
// between byte offsets (the contract's unit) and code-point offsets (Lucene++'s wchar_t unit).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace querverweis {

// Byte offset of the first invalid sequence (overlong, surrogate, truncated), or nullopt.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

// Line number (1-based) of a byte offset.
std::size_t lineOfOffset(std::string_view text, std::size_t offset);

// byteOffsets[i] is the byte offset of code point i; the last element is text.size().
std::vector<std::size_t> codePointByteOffsets(std::string_view text);

}  // namespace querverweis
