// One glossary entry as read from a corpus, with the byte positions later stages need: the
// sections for "erwähnt … im Abschnitt …", the explicit links the linker must not repeat, and a
// plain view of the body whose bytes line up one to one with the Markdown source.
//   slug "buergersprechstunde", title "Bürgersprechstunde", body "Eine Bürgersprechstunde …"
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace querverweis {

// A `## ` section of the body. Byte ranges are into Entry::body.
struct Section {
  std::string heading;
  std::size_t headingBegin = 0;  // the heading text, without "## "
  std::size_t headingEnd = 0;
  std::size_t begin = 0;  // from the heading line to the next heading or the end
  std::size_t end = 0;
};

// An explicit cross-link `[text](slug)` written in the body.
struct ExplicitLink {
  std::string text;
  std::string target;
  std::size_t begin = 0;  // of the link text inside Entry::body
  std::size_t end = 0;
};

struct Entry {
  std::string slug;
  std::string title;
  std::vector<std::string> aliases;
  std::vector<std::string> tags;
  std::string body;       // Markdown as written, front matter removed
  std::string plainBody;  // body with markup bytes blanked: same length, same offsets
  std::vector<Section> sections;
  std::vector<ExplicitLink> links;
  std::string source;             // file the entry came from ("corpus/zoll.md", "x.jsonl:12")
  std::size_t firstBodyLine = 1;  // line of `source` where the body starts
};

}  // namespace querverweis
