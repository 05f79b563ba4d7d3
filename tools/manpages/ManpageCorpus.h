// Builds a large corpus (format v1, JSON Lines) of real German text for benchmarks from Debian's
// German man pages (manpages-de): the section BESCHREIBUNG of ls(1) becomes the entry
// "ls(1): BESCHREIBUNG" with slug "ls-1-beschreibung". It is a roff-to-text reduction, not a
// roff formatter: tables, macro definitions and conditionals are dropped, not evaluated.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace querverweis::bench {

struct ManpageCorpusOptions {
  std::string manRoot = "/usr/share/man/de";
  std::size_t entries = 20000;
  std::size_t maxBodyWords = 400;  // 0: no limit
};

// Writes `entries` JSON Lines entries of German text built from the man pages below
// options.manRoot (man*/*.gz, symlinks skipped): one entry per section (.SH) with at least 20
// words, titled "<page>(<n>): <section heading>". Boilerplate sections (ÜBERSICHT, BEZEICHNUNG,
// ÜBERSETZUNG, ...) are skipped. The set is repeated with slugs suffixed "-r2", "-r3", ... until
// `entries` lines are written. Returns the number written.
// Throws std::runtime_error naming the file on read errors, and if no pages or no usable
// sections are found.
std::size_t writeManpageCorpus(const ManpageCorpusOptions& options, std::ostream& out);

// roff (man or mdoc macros) → plain text, paragraphs separated by "\n\n", each on one line.
// Macro lines are dropped except the text arguments of font macros (.B, .I, .BR, .IR, ...);
// escapes are removed or mapped to characters (\- → '-', \(em → '—', \(lq → '“', \(aq → '\'').
std::string roffToText(std::string_view roff);

}  // namespace querverweis::bench
