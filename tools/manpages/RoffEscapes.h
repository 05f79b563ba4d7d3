// The roff text layer of Debian's German man pages: escapes to characters ("\\(:a" → "ä",
// "\\[u00DF]" → "ß", "\\-" → "-"), comments cut, stray Latin-1 bytes dropped. Written here
// because no Debian library reads roff without formatting it for a terminal.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace querverweis::bench::roff {

// The text without bytes that are not valid UTF-8.
std::string dropInvalidUtf8(std::string_view text);
// Escapes replaced by the characters they stand for; font and size changes removed.
std::string expandEscapes(std::string_view s);
// The line cut at its comment (\" or \#); escaped backslashes are skipped in pairs.
std::string_view stripComment(std::string_view line);
// How often `needle` occurs in `text`, without overlaps.
std::size_t countOf(std::string_view text, std::string_view needle);

}  // namespace querverweis::bench::roff
