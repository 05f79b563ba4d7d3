#include <array>
#include <utility>

#include "querverweis/Links.h"

namespace querverweis {

namespace {

constexpr std::array<std::pair<LinkKind, std::string_view>, 6> kNames = {{
    {LinkKind::Exact, "exact"},
    {LinkKind::Inflected, "inflected"},
    {LinkKind::Compound, "compound"},
    {LinkKind::Alias, "alias"},
    {LinkKind::Coordination, "coordination"},
    {LinkKind::Explicit, "explicit"},
}};

}  // namespace

std::string_view linkKindName(LinkKind kind) {
  for (const auto& [each, name] : kNames) {
    if (each == kind) {
      return name;
    }
  }
  return "exact";
}

std::optional<LinkKind> linkKindFromName(std::string_view name) {
  for (const auto& [kind, each] : kNames) {
    if (each == name) {
      return kind;
    }
  }
  return std::nullopt;
}

}  // namespace querverweis
