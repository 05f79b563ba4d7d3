// The linker's view of a text: a copy with the same byte offsets in which everything an editor
// never links is masked — YAML front matter, heading lines and the text of existing [..](..)
// links — plus what the linker needs to know about the Markdown around a mention:
//   "## Hilfe\nDer [Weiße Ring](weisser-ring) hilft." → "|||||||\nDer  |||||||||| hilft."
// with linkedTargets {weisser-ring} and one section "Hilfe". Plain text passes unchanged.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "querverweis/Entry.h"

namespace querverweis {

struct LinkInput {
  // Same length as the text. Masked bytes are '|' (newlines are kept), so that no word, and no
  // multi-word title, can be read across them; other Markdown markup is blanked to spaces.
  std::string view;
  std::vector<Section> sections;        // `## ` sections, byte ranges into the text
  std::set<std::string> linkedTargets;  // slugs the text already links explicitly
};

LinkInput prepareLinkInput(std::string_view text);

// The heading of the section holding byte `offset`, or "" outside any section.
std::string sectionAt(const std::vector<Section>& sections, std::size_t offset);

// About `radius` bytes of text on each side of [begin, end), cut at word and UTF-8 boundaries,
// whitespace folded to single spaces: "… die Präventionsmaßnahmen für Jugendliche …".
std::string contextAround(std::string_view text, std::size_t begin, std::size_t end,
                          std::size_t radius = 40);

}  // namespace querverweis
