// How the names of two entries relate: one's title or alias is a name of the other ("KOB" for
// Kontaktbereichsbeamter), the thesaurus puts them in one set ("Bürgerwehr" ~
// "Sicherheitswacht"), or one name is built on the other ("Cybermobbing" on "Mobbing",
// "Deradikalisierung" on "Radikalisierung"). Names are compared by their analyzed form, so
// inflection and umlaut spelling do not matter.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analyzers/AnalyzedToken.h"
#include "engine/language/Thesaurus.h"
#include "querverweis/Entry.h"

namespace querverweis {

enum class NameLink : std::uint8_t {
  Contains,   // this entry's name is a compound of the other's ("Rechtsextremismus", "Extremismus")
  Contained,  // the other way round
  Thesaurus,  // the thesaurus puts both names in one set
  SameName,   // one name is a title or alias of both entries
};

struct NameRelation {
  std::uint32_t other;
  NameLink link;
  std::string name;       // this entry's name
  std::string otherName;  // the other entry's name it relates to
};

// Per entry, its name relations, strongest first, one per other entry. `thesaurus` may be null.
std::vector<std::vector<NameRelation>> nameRelations(const std::vector<Entry>& entries,
                                                     const AnalyzeFunction& analyze,
                                                     const Thesaurus* thesaurus);

}  // namespace querverweis
