// Field names of the Lucene++ index and how each is indexed. Private to the engine.
#pragma once

#include <cstddef>

namespace querverweis::schema {

inline constexpr wchar_t kSlug[] = L"slug";        // stored, exact
inline constexpr wchar_t kTitle[] = L"title";      // analyzed, term vectors with offsets
inline constexpr wchar_t kAliases[] = L"aliases";  // analyzed, one value per alias
inline constexpr wchar_t kTags[] = L"tags";        // analyzed
inline constexpr wchar_t kBody[] = L"body";        // analyzed plain body, term vectors
// Compound parts of the same texts, kept apart so a part ("Menschen" in "Menschenhandel")
// weighs less than a whole word.
inline constexpr wchar_t kTitleParts[] = L"title_parts";
inline constexpr wchar_t kAliasesParts[] = L"aliases_parts";
inline constexpr wchar_t kBodyParts[] = L"body_parts";
// What other entries say around their mentions of this one, like anchor text on the web:
// Beratungsstelle's "… Schuldnerberatung, die bei Überschuldung hilft …" tells that
// Schuldnerberatung is about Überschuldung. One value per mention; whole words only.
inline constexpr wchar_t kAnchors[] = L"anchors";
inline constexpr wchar_t kNameKey[] = L"name_key";   // exact analyzed key of title and aliases
inline constexpr wchar_t kStoredEntry[] = L"entry";  // stored JSON, not indexed

inline constexpr char kMetaFile[] = "meta.json";
inline constexpr char kLinksFile[] = "links.json";      // the linker's suggestions per entry
inline constexpr char kRelatedFile[] = "related.json";  // ranked related concepts per entry
inline constexpr std::size_t kRelatedKept = 50;         // per entry, the most related() serves
inline constexpr char kLayoutFile[] = "layout.json";    // map positions of the concept graph
inline constexpr char kLuceneFolder[] = "lucene";
inline constexpr int kFormatVersion = 3;  // 2: the whole configuration; 3: checksums.json

}  // namespace querverweis::schema
