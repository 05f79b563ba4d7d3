// Lexical token types the German analysis chain sets on its tokens.
// Downstream filters and the linker read them: a "truncated" token such as "Jugend-" in
// "Jugend- und Opferschutz" is the first member of an elided coordination.
#pragma once

namespace querverweis::token_type {

inline constexpr wchar_t kWord[] = L"word";                  // a plain word or number
inline constexpr wchar_t kAbbreviation[] = L"abbreviation";  // "A.C.A.B." → "ACAB"
inline constexpr wchar_t kHyphenPart[] = L"hyphen_part";     // "Täter" in "Täter-Opfer-Ausgleich"
inline constexpr wchar_t kJoined[] = L"joined";        // "TäterOpferAusgleich", same position
inline constexpr wchar_t kTruncated[] = L"truncated";  // "Jugend" in "Jugend- und ..."
inline constexpr wchar_t kCompoundPart[] =
    L"compound_part";                              // "sprechstunde" in "bürgersprechstunde"
inline constexpr wchar_t kSynonym[] = L"synonym";  // query-time expansion

}  // namespace querverweis::token_type
