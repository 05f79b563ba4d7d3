#include "engine/graph/RelatedReasons.h"

#include <algorithm>

#include "analyzers/text/CaseFolding.h"

namespace querverweis {

namespace {

std::string joined(const std::vector<std::string>& parts) {
  std::string result;
  for (const std::string& part : parts) {
    if (!result.empty()) result += ", ";
    result += part;
  }
  return result;
}

std::string listReason(std::string_view label, const std::vector<std::string>& items) {
  return items.empty() ? std::string() : std::string(label) + joined(items);
}

}  // namespace

std::string inGermanQuotes(std::string_view text) {
  return "„" + std::string(text) + "“";
}

std::string mentionReason(const GraphEdge& edge, bool sourceHasSections) {
  const GraphMention* best = &edge.mentions.front();
  for (const GraphMention& mention : edge.mentions) {
    if (mention.opening && !best->opening) best = &mention;
  }
  std::string reason =
      (best->kind == LinkKind::Explicit ? "verlinkt " : "erwähnt ") + inGermanQuotes(best->text);
  if (!best->section.empty()) {
    reason += " im Abschnitt " + inGermanQuotes(best->section);
  } else if (sourceHasSections) {
    reason += " in der Einleitung";
  }
  if (edge.mentions.size() > 1) {
    reason += ", insgesamt " + std::to_string(edge.mentions.size()) + "-mal";
  }
  return reason;
}

std::string mentionedByReason(const GraphEdge& edge, std::string_view sourceTitle) {
  const GraphMention& first = edge.mentions.front();
  return "wird in " + inGermanQuotes(sourceTitle) +
         (first.kind == LinkKind::Explicit ? " verlinkt (" : " erwähnt (") +
         inGermanQuotes(first.text) + ")";
}

std::string sharedTermsReason(const std::vector<std::string>& words) {
  return listReason("gemeinsame Begriffe: ", words);
}

std::string sharedTagsReason(const std::vector<std::string>& tags) {
  return listReason("gemeinsame Schlagwörter: ", tags);
}

std::string sharedNeighboursReason(const std::vector<std::string>& titles) {
  return listReason("gemeinsame Nachbarn: ", titles);
}

std::string nameReason(const NameRelation& relation, std::string_view title,
                       std::string_view otherTitle) {
  switch (relation.link) {
    case NameLink::Contains:
      return "der Name " + inGermanQuotes(relation.name) + " enthält " +
             inGermanQuotes(relation.otherName);
    case NameLink::Contained:
      return "der Name " + inGermanQuotes(relation.otherName) + " enthält " +
             inGermanQuotes(relation.name);
    case NameLink::Thesaurus:
      return "laut Thesaurus bedeutungsverwandt (" + inGermanQuotes(relation.name) + " – " +
             inGermanQuotes(relation.otherName) + ")";
    case NameLink::SameName:
      if (relation.name == title && relation.otherName != otherTitle) {
        return inGermanQuotes(title) + " ist auch ein Name für " + inGermanQuotes(otherTitle);
      }
      if (relation.otherName == otherTitle && relation.name != title) {
        return inGermanQuotes(otherTitle) + " ist auch ein Name für " + inGermanQuotes(title);
      }
      return "beide heißen auch " + inGermanQuotes(relation.name);
  }
  return {};
}

bool overlapsAny(const std::vector<std::string>& shown, const std::string& word) {
  const std::string candidate = lowerUtf8(word);
  return std::any_of(shown.begin(), shown.end(), [&](const std::string& other) {
    const std::string known = lowerUtf8(other);
    return known.find(candidate) != std::string::npos || candidate.find(known) != std::string::npos;
  });
}

}  // namespace querverweis
