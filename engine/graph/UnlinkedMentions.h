// The "unlinked mentions" of an entry: places where other entries name it without an explicit
// [..](slug) link — the links an editor could still set. For Bürgersprechstunde the entry
// Quartiermanagement says "… über Bürgersprechstunden bis hin …" without linking it. Read from
// the concept graph (the linker's detections), with the text around each mention split so a
// page can mark the mention itself. It detects nothing on its own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "querverweis/Graph.h"

namespace querverweis {

// Throws Error(NotFound) for an unknown slug.
// `entries[i]` is the entry of graph node i.
UnlinkedMentions unlinkedMentions(const ConceptGraph& graph, const std::vector<Entry>& entries,
                                  std::string_view slug, std::size_t limit);

}  // namespace querverweis
