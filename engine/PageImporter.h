// Converts one page exported from the Prävention-kompakt website (plain text with Markdown links)
// into an entry file of corpus format v1: "Quartiermanagement" + its paragraphs become
// "---\ntitle: Quartiermanagement\n---\n\n..." with "## Dialog verbessern" sections and "- " lists.
// Site navigation (the "► Prävention kompakt" header and its blurb, "[Zurück](#)") is dropped.
// It does not write files, check slugs against a corpus, or guess links the page does not have.
#pragma once

#include <string>
#include <string_view>

namespace querverweis {

struct ImportedEntry {
  std::string slug;      // slugFromTitle(title), the file name without ".md"
  std::string title;     // plain text, links flattened
  std::string markdown;  // the complete file: front matter, then body blocks
};

// sourceName is used in error messages ("seite.txt:12: ...").
// Throws Error(InvalidArgument) for an empty page, a page without a title line, or invalid UTF-8,
// naming the line.
ImportedEntry importExportedPage(std::string_view pageText, const std::string& sourceName);

}  // namespace querverweis
