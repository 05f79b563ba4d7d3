// The roff macro layer of a man page (man or mdoc macros): sections (.SH) with their headings,
// paragraphs and the text arguments of font macros, as in ".SH BESCHREIBUNG" / ".B ls" listet
// Verzeichnisinhalte auf. A reduction to text, not a formatter: tables, macro definitions and
// conditionals are dropped, not evaluated.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace querverweis::bench::roff {

struct Block {
  bool isHeading = false;  // a subsection (.SS) heading; otherwise a paragraph
  std::string text;
};

struct RoffSection {
  std::string heading;  // empty for the text before the first .SH
  std::vector<Block> blocks;
};

std::vector<RoffSection> parseRoff(std::string_view roff);

}  // namespace querverweis::bench::roff
