// Turns a man page rendered by groff (render-manpages.sh: 78 columns, plain UTF-8) into the
// Markdown body of one corpus entry. The lines
//   "BESCHREIBUNG" / "       Auflistung  von Informationen über die DATEIen (Standard‐" /
//   "       vorgabe ist das aktuelle Verzeichnis)."
// become "## BESCHREIBUNG\n\nAuflistung von Informationen über die DATEIen (Standardvorgabe ist
// das aktuelle Verzeichnis)." It undoes only what the terminal layout added (indentation,
// justification spaces, line breaks, the page header and footer, groff's hyphenation marks);
// it does not interpret the text: option lists and examples become ordinary paragraphs.
#pragma once

#include <string>
#include <string_view>

namespace querverweis::bench {

// Headings are the lines starting in the first column ("## " + the line); paragraphs are runs of
// indented lines, joined with single spaces. A line ending in U+2010 (the hyphen groff inserts
// when it breaks a word) is joined to the next without the hyphen. The page header and footer
// (the first and last non-blank line, when they end in "NAME(SECTION)") are dropped. A paragraph
// never starts with '#' and never contains "](", so it cannot turn into a heading or a link.
std::string markdownFromRendered(std::string_view rendered);

}  // namespace querverweis::bench
