// Hand-made entries and linker suggestions for the tests of the concept graph and of related
// concepts, which need links without running the linker.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "querverweis/Corpus.h"
#include "querverweis/Links.h"

namespace querverweis::test {

inline Entry entry(const std::string& slug, const std::string& title, const std::string& body) {
  return parseMarkdownEntry(slug, "---\ntitle: " + title + "\n---\n" + body, slug + ".md");
}

// What the linker would report for the first `surface` in the entry's body.
inline LinkSuggestion mention(const Entry& source, const std::string& surface,
                              const std::string& target, LinkKind kind = LinkKind::Exact) {
  const std::size_t start = source.body.find(surface);
  EXPECT_NE(start, std::string::npos) << surface;
  LinkSuggestion link;
  link.start = start;
  link.end = start + surface.size();
  link.text = surface;
  link.target = target;
  link.confidence = 0.9;
  link.kind = kind;
  for (const Section& section : source.sections) {
    if (start >= section.begin && start < section.end) link.section = section.heading;
  }
  return link;
}

}  // namespace querverweis::test
