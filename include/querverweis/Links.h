// What the linker suggests and how callers steer it. A suggestion points at the exact bytes of
// a mention in the caller's UTF-8 text: for "… um Bürgersprechstunden oder …" the suggestion
// {start, end} covers "Bürgersprechstunden", target "buergersprechstunde", kind Inflected.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace querverweis {

// How a mention names its target.
enum class LinkKind {
  Exact,         // the title as written ("Bürgersprechstunde")
  Inflected,     // an inflected form of the title ("Bürgersprechstunden")
  Compound,      // inside a compound ("Einbruchschutzberatung" → Einbruchschutz)
  Alias,         // an alias or abbreviation ("KOB")
  Coordination,  // an elided coordination member ("Jugend- und Opferschutz" → Jugendschutz)
  Explicit,      // written by an editor as [text](slug); never suggested, only in the graph
};

// "exact", "inflected", "compound", "alias", "coordination", "explicit": the one place that
// names the kinds in JSON and on the command line.
std::string_view linkKindName(LinkKind kind);
// The inverse; nullopt for an unknown name.
std::optional<LinkKind> linkKindFromName(std::string_view name);

struct LinkOptions {
  std::string self;          // slug of the entry the text belongs to: never suggested
  double threshold = 0.5;    // suggestions below this confidence are dropped; 0 keeps all
  std::size_t maxLinks = 0;  // 0 means no limit; otherwise the most confident ones, in text order
};

struct LinkSuggestion {
  std::size_t start = 0;  // byte offsets into the input text, end exclusive
  std::size_t end = 0;
  std::string text;       // exactly input[start, end)
  std::string target;     // slug
  std::string title;      // the target's title
  double confidence = 0;  // in [0, 1]
  LinkKind kind = LinkKind::Exact;
  std::string context;  // a short stretch of text around the mention, whitespace folded
  std::string section;  // heading of the `## ` section holding the mention, or empty
};

}  // namespace querverweis
