#include "tools/manpages/ManpageCorpus.h"

#include <algorithm>
#include <boost/iostreams/copy.hpp>
#include <boost/iostreams/filter/gzip.hpp>
#include <boost/iostreams/filtering_streambuf.hpp>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "querverweis/Corpus.h"
#include "querverweis/Error.h"
#include "tools/manpages/RoffEscapes.h"
#include "tools/manpages/RoffParser.h"

namespace querverweis::bench {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMinBodyWords = 20;

// ---------------------------------------------------------------------------------------------
// Corpus

struct PageName {
  std::string name;     // "ls"
  std::string section;  // "1"
};

// "ls.1.gz" → {"ls", "1"}; "systemd.unit.5.gz" → {"systemd.unit", "5"}.
PageName pageNameOf(const fs::path& path) {
  std::string stem = path.stem().string();
  const std::size_t dot = stem.rfind('.');
  if (dot == std::string::npos || dot == 0) {
    return {stem, ""};
  }
  return {stem.substr(0, dot), stem.substr(dot + 1)};
}

std::vector<fs::path> listPages(const fs::path& root) {
  std::error_code error;
  if (!fs::is_directory(root, error)) {
    throw std::runtime_error(root.string() + ": not a directory of man pages");
  }
  std::vector<fs::path> pages;
  for (const fs::directory_entry& folder : fs::directory_iterator(root)) {
    if (!folder.is_directory() || folder.path().filename().string().rfind("man", 0) != 0) {
      continue;
    }
    for (const fs::directory_entry& file : fs::directory_iterator(folder.path())) {
      // Symlinks are other names of a page that is already there.
      if (file.is_symlink() || !file.is_regular_file() || file.path().extension() != ".gz") {
        continue;
      }
      pages.push_back(file.path());
    }
  }
  std::sort(pages.begin(), pages.end());
  if (pages.empty()) {
    throw std::runtime_error(root.string() + ": no man pages (man*/*.gz) found");
  }
  return pages;
}

std::string readGzip(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    throw std::runtime_error(path.string() + ": cannot open");
  }
  std::ostringstream text;
  try {
    boost::iostreams::filtering_streambuf<boost::iostreams::input> in;
    in.push(boost::iostreams::gzip_decompressor());
    in.push(file);
    boost::iostreams::copy(in, text);
  } catch (const std::exception& e) {
    throw std::runtime_error(path.string() + ": cannot decompress: " + e.what());
  }
  return text.str();
}

// Sections that are the same boilerplate on every page (translators, bug reports) or not prose
// (synopsis, see-also lists); repeated a thousand times they would distort term statistics.
bool isBoilerplate(std::string_view heading) {
  static const std::unordered_set<std::string_view> headings = {
      "BEZEICHNUNG",   "NAME",           "ÜBERSICHT",  "SYNOPSIS",    "ÜBERSETZUNG",
      "KOLOPHON",      "COLOPHON",       "SIEHE AUCH", "AUTOR",       "AUTOREN",
      "FEHLER MELDEN", "FEHLERBERICHTE", "COPYRIGHT",  "URHEBERRECHT"};
  return headings.count(heading) > 0;
}

std::vector<std::string_view> splitWords(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = text.find_first_not_of(' ', pos);
    if (start == std::string_view::npos) {
      break;
    }
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    words.push_back(text.substr(start, end - start));
    pos = end;
  }
  return words;
}

// A paragraph line must not turn into Markdown structure it did not have: a leading '#' would
// open a section, "](" would make a cross-link to a slug that does not exist.
std::string markdownSafe(std::string_view paragraph) {
  std::string text(paragraph.substr(std::min(paragraph.find_first_not_of("# "), paragraph.size())));
  for (std::size_t pos = text.find("]("); pos != std::string::npos; pos = text.find("](", pos)) {
    text.insert(pos + 1, " ");
  }
  return text;
}

std::string joinWords(const std::vector<std::string_view>& words, std::size_t from,
                      std::size_t to) {
  std::string text;
  for (std::size_t i = from; i < to; ++i) {
    if (!text.empty()) {
      text += ' ';
    }
    text += words[i];
  }
  return text;
}

// Packs the blocks of one section into Markdown bodies of at most maxWords words (0: no limit),
// breaking between paragraphs where it can, so that long sections (OPTIONEN) give several
// entries instead of losing their tail. Bodies with fewer than kMinBodyWords words of
// paragraph text are dropped.
class BodyPacker {
 public:
  explicit BodyPacker(std::size_t maxWords)
      : limit_(maxWords == 0 ? static_cast<std::size_t>(-1) : maxWords) {}

  std::vector<std::string> pack(const roff::RoffSection& section) {
    for (const roff::Block& block : section.blocks) {
      if (block.isHeading) {
        addHeading(block.text);
      } else {
        addParagraph(markdownSafe(block.text));
      }
    }
    flush();
    return std::move(bodies_);
  }

 private:
  void addHeading(const std::string& text) {
    const std::size_t count = splitWords(text).size();
    if (proseWords_ > 0 && words_ + count >= limit_) {
      flush();
    }
    parts_.push_back({"## " + text, true});
    words_ += count;
  }

  void addParagraph(const std::string& text) {
    const std::vector<std::string_view> words = splitWords(text);
    std::size_t done = 0;
    while (done < words.size()) {
      const std::size_t room = limit_ > words_ ? limit_ - words_ : 0;
      const std::size_t rest = words.size() - done;
      if (rest <= room) {
        addPiece(done == 0 ? text : joinWords(words, done, words.size()), rest);
        return;
      }
      if (proseWords_ > 0 || room == 0) {
        flush();
        if (words_ >= limit_) {  // headings alone fill the limit: give up on them
          parts_.clear();
          words_ = 0;
        }
        continue;
      }
      addPiece(joinWords(words, done, done + room), room);  // a paragraph longer than the limit
      done += room;
      flush();
    }
  }

  void addPiece(std::string text, std::size_t count) {
    parts_.push_back({std::move(text), false});
    words_ += count;
    proseWords_ += count;
  }

  // Ends the current body; headings at its end belong to the text of the next one.
  void flush() {
    std::vector<Part> carried;
    while (!parts_.empty() && parts_.back().isHeading) {
      carried.insert(carried.begin(), std::move(parts_.back()));
      parts_.pop_back();
    }
    if (proseWords_ >= kMinBodyWords) {
      std::string body;
      for (const Part& part : parts_) {
        if (!body.empty()) {
          body += "\n\n";
        }
        body += part.text;
      }
      bodies_.push_back(std::move(body));
    }
    parts_ = std::move(carried);
    words_ = 0;
    for (const Part& part : parts_) {
      words_ += splitWords(part.text).size() - 1;  // without the "##"
    }
    proseWords_ = 0;
  }

  struct Part {
    std::string text;
    bool isHeading;
  };

  std::size_t limit_;
  std::vector<Part> parts_;
  std::size_t words_ = 0;
  std::size_t proseWords_ = 0;
  std::vector<std::string> bodies_;
};

struct CorpusEntry {
  std::string slug;
  std::string title;
  std::vector<std::string> tags;
  std::string body;
};

std::string uniqueSlug(const std::string& candidate, std::unordered_set<std::string>& used) {
  std::string slug = candidate;
  for (int n = 2; !used.insert(slug).second; ++n) {
    slug = candidate + "-" + std::to_string(n);
  }
  return slug;
}

std::string slugFor(const std::string& title) {
  try {
    return slugFromTitle(title);
  } catch (const Error&) {
    return "seite";
  }
}

// seenBodies drops a section whose text another page already had (the translators' notice,
// the GNU bug-report paragraph): real corpora do not repeat a paragraph a thousand times.
std::vector<CorpusEntry> entriesOfPage(const fs::path& path, std::size_t maxBodyWords,
                                       std::unordered_set<std::string>& usedSlugs,
                                       std::unordered_set<std::string>& seenBodies) {
  const PageName page = pageNameOf(path);
  const std::string pageTitle =
      page.section.empty() ? page.name : page.name + "(" + page.section + ")";
  std::vector<CorpusEntry> entries;
  for (const roff::RoffSection& section : roff::parseRoff(roff::dropInvalidUtf8(readGzip(path)))) {
    if (section.heading.empty() || isBoilerplate(section.heading)) {
      continue;
    }
    std::size_t part = 0;
    for (std::string& body : BodyPacker(maxBodyWords).pack(section)) {
      if (!seenBodies.insert(body).second) {
        continue;
      }
      ++part;
      CorpusEntry entry;
      entry.title = pageTitle + ": " + section.heading;
      if (part > 1) {
        entry.title += " (Teil " + std::to_string(part) + ")";
      }
      entry.title = roff::dropInvalidUtf8(entry.title);
      entry.slug = uniqueSlug(slugFor(entry.title), usedSlugs);
      entry.tags = {"handbuchseite", "man" + page.section.substr(0, 1)};
      entry.body = roff::dropInvalidUtf8(body);
      entries.push_back(std::move(entry));
    }
  }
  return entries;
}

void writeEntry(std::ostream& out, const CorpusEntry& entry, const std::string& slug) {
  const nlohmann::json line = {{"slug", slug},
                               {"title", entry.title},
                               {"aliases", nlohmann::json::array()},
                               {"tags", entry.tags},
                               {"body", entry.body}};
  out << line.dump() << '\n';
  if (!out) {
    throw std::runtime_error("cannot write the corpus (entry '" + slug + "')");
  }
}

}  // namespace

std::size_t writeManpageCorpus(const ManpageCorpusOptions& options, std::ostream& out) {
  const std::vector<fs::path> pages = listPages(options.manRoot);
  std::unordered_set<std::string> usedSlugs;
  std::unordered_set<std::string> seenBodies;
  std::vector<CorpusEntry> base;
  std::size_t written = 0;
  // Pages are read only until enough entries exist: a small corpus needs only a few pages.
  for (const fs::path& page : pages) {
    if (written >= options.entries) {
      break;
    }
    for (CorpusEntry& entry : entriesOfPage(page, options.maxBodyWords, usedSlugs, seenBodies)) {
      if (written >= options.entries) {
        break;
      }
      writeEntry(out, entry, entry.slug);
      ++written;
      base.push_back(std::move(entry));
    }
  }
  if (base.empty() && options.entries > 0) {
    throw std::runtime_error(options.manRoot + ": no man page section with " +
                             std::to_string(kMinBodyWords) + " or more words of text");
  }
  for (std::size_t round = 2; written < options.entries; ++round) {
    for (const CorpusEntry& entry : base) {
      if (written >= options.entries) {
        break;
      }
      writeEntry(out, entry, uniqueSlug(entry.slug + "-r" + std::to_string(round), usedSlugs));
      ++written;
    }
  }
  return written;
}

}  // namespace querverweis::bench
