#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>
#include <optional>
#include <vector>

#include "analyzers/text/Utf8.h"
#include "engine/boundary/Boundary.h"
#include "querverweis/Corpus.h"
#include "querverweis/Error.h"

namespace querverweis {

namespace {

// The export is neither Markdown nor HTML but text laid out by the site's templates, so no
// Markdown library knows its conventions (which blocks are navigation, which lines are headings).

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kSiteHeaderMark = "\xE2\x96\xBA";  // ►
constexpr size_t kMaxTitleWords = 12;
// Sub-headings on the site are two to five words ("Dialog verbessern"); eight leaves room.
constexpr size_t kMaxHeadingWords = 8;

struct Line {
  std::string text;  // trimmed
  size_t number;     // 1-based, in the page as given
};

using Block = std::vector<Line>;

enum class BlockKind { Heading, Paragraph, List };

struct BodyBlock {
  BlockKind kind;
  std::vector<std::string> lines;
};

[[noreturn]] void fail(const std::string& source, size_t line, const std::string& what) {
  throw Error(ErrorKind::InvalidArgument, source + ":" + std::to_string(line) + ": " + what);
}

bool startsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Trailing spaces, tabs and no-break spaces (common in HTML exports); leading ones too, since
// indentation carries no meaning in the export.
std::string_view trim(std::string_view text) {
  for (bool changed = true; changed;) {
    changed = false;
    if (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
      text.remove_prefix(1), changed = true;
    } else if (startsWith(text, kNoBreakSpace)) {
      text.remove_prefix(kNoBreakSpace.size()), changed = true;
    }
    if (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
      text.remove_suffix(1), changed = true;
    } else if (endsWith(text, kNoBreakSpace)) {
      text.remove_suffix(kNoBreakSpace.size()), changed = true;
    }
  }
  return text;
}

// Splits on LF, CRLF or a lone CR; checks UTF-8 line by line so the error can name the line.
std::vector<Line> splitLines(std::string_view text, const std::string& source) {
  std::vector<Line> lines;
  size_t number = 1;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of("\r\n", start);
    std::string_view raw = text.substr(start, end == std::string_view::npos ? end : end - start);
    if (std::optional<size_t> bad = firstInvalidUtf8(raw)) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(raw[*bad]));
      fail(source, number,
           "invalid UTF-8 (byte " + std::string(hex) + " at column " + std::to_string(*bad + 1) +
               "; is the file Latin-1?)");
    }
    lines.push_back({std::string(trim(raw)), number});
    if (end == std::string_view::npos) {
      break;
    }
    start = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
    ++number;
  }
  return lines;
}

bool isLinkTargetSlug(std::string_view target) {
  return !target.empty() && std::all_of(target.begin(), target.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// Position just past the ')' that closes the '(' at open, allowing balanced parentheses inside
// ("https://de.wikipedia.org/wiki/Kiez_(Berlin)").
std::optional<size_t> closingParenthesis(std::string_view line, size_t open) {
  int depth = 0;
  for (size_t i = open; i < line.size(); ++i) {
    if (line[i] == '(') {
      ++depth;
    } else if (line[i] == ')' && --depth == 0) {
      return i + 1;
    }
  }
  return std::nullopt;
}

// "[Lehrgang](#)" and "[IHK](https://…)" become their text; "[Enkeltrick](enkeltrick)" is a
// cross-link of corpus format v1 and stays. Image syntax keeps its alt text.
std::string flattenLinks(std::string_view line) {
  std::string out;
  size_t pos = 0;
  while (pos < line.size()) {
    size_t open = line.find('[', pos);
    size_t close = open == std::string_view::npos ? open : line.find(']', open);
    if (close == std::string_view::npos || close + 1 >= line.size() || line[close + 1] != '(') {
      out += line.substr(pos, open == std::string_view::npos ? open : open + 1 - pos);
      if (open == std::string_view::npos) {
        break;
      }
      pos = open + 1;
      continue;
    }
    std::optional<size_t> end = closingParenthesis(line, close + 1);
    if (!end) {
      out += line.substr(pos);
      break;
    }
    bool image = open > pos && line[open - 1] == '!';
    out += line.substr(pos, open - pos - (image ? 1 : 0));
    std::string_view text = line.substr(open + 1, close - open - 1);
    std::string_view target = trim(line.substr(close + 2, *end - close - 3));
    target = target.substr(0, target.find(' '));  // drop a link title: (url "Titel")
    if (!image && isLinkTargetSlug(target)) {
      out += line.substr(open, *end - open);
    } else {
      out += text;
    }
    pos = *end;
  }
  return out;
}

// Lower-cases ASCII and the German umlauts, enough to compare navigation labels.
std::string lowerGerman(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  // Ä Ö Ü and ä ö ü differ only in the second byte, by 0x20.
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    unsigned char second = static_cast<unsigned char>(out[i + 1]);
    if (out[i] == '\xC3' && (second == 0x84 || second == 0x96 || second == 0x9C)) {
      out[i + 1] = static_cast<char>(second + 0x20);
    }
  }
  return out;
}

bool isAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Strips arrows, pipes and similar decoration around a label: "« Zurück" → "Zurück".
std::string_view stripDecoration(std::string_view label) {
  static const std::array<std::string_view, 9> kMarks = {"«", "»", "‹", "›", "←",
                                                         "→", "↑", "·", "–"};
  for (bool changed = true; changed && !label.empty();) {
    changed = false;
    if (!isAsciiLetter(label.front()) && static_cast<unsigned char>(label.front()) < 0x80) {
      label.remove_prefix(1), changed = true;
    } else if (!isAsciiLetter(label.back()) && static_cast<unsigned char>(label.back()) < 0x80) {
      label.remove_suffix(1), changed = true;
    }
    for (std::string_view mark : kMarks) {
      if (startsWith(label, mark)) {
        label.remove_prefix(mark.size()), changed = true;
      } else if (endsWith(label, mark)) {
        label.remove_suffix(mark.size()), changed = true;
      }
    }
  }
  return label;
}

bool isNavigationLabel(std::string_view label) {
  static const std::array<std::string_view, 14> kLabels = {
      "zurück",           "zurück zur übersicht", "zur übersicht",   "weiter",        "nach oben",
      "zum seitenanfang", "seitenanfang",         "drucken",         "seite drucken", "teilen",
      "startseite",       "zur startseite",       "vorherige seite", "nächste seite"};
  std::string lowered = lowerGerman(stripDecoration(label));
  return std::find(kLabels.begin(), kLabels.end(), lowered) != kLabels.end();
}

// "[Zurück](#)", "Zurück | Nach oben".
bool isNavigationLine(std::string_view line) {
  std::string text = flattenLinks(line);
  std::string_view rest = text;
  bool any = false;
  while (!rest.empty()) {
    size_t bar = rest.find('|');
    if (!isNavigationLabel(rest.substr(0, bar))) {
      return false;
    }
    any = true;
    rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
  }
  return any;
}

// "----", "****", "====": visual rules of the template.
bool isDecorationLine(std::string_view line) {
  return line.size() >= 3 && line.find_first_not_of("-_*=") == std::string_view::npos;
}

std::vector<Block> splitBlocks(const std::vector<Line>& lines) {
  std::vector<Block> blocks;
  Block current;
  for (const Line& line : lines) {
    if (line.text.empty()) {
      if (!current.empty()) {
        blocks.push_back(std::move(current));
        current.clear();
      }
    } else {
      current.push_back(line);
    }
  }
  if (!current.empty()) {
    blocks.push_back(std::move(current));
  }
  return blocks;
}

std::optional<std::string> listItemText(std::string_view line) {
  for (std::string_view bullet : {"- ", "* ", "• ", "– "}) {
    if (startsWith(line, bullet)) {
      return std::string(trim(line.substr(bullet.size())));
    }
  }
  return std::nullopt;
}

size_t wordCount(std::string_view text) {
  size_t count = 0;
  bool inWord = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t';
    count += !space && !inWord ? 1 : 0;
    inWord = !space;
  }
  return count;
}

bool hasLetter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return isAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80;
  });
}

bool hasLetterOrDigit(std::string_view text) {
  return hasLetter(text) ||
         std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "... Erklärungen." ends a sentence; "A.C.A.B." and "Weißer Ring e.V." end an abbreviation.
bool endsLikeSentence(std::string_view text) {
  if (text.empty() || std::string_view(".!:").find(text.back()) == std::string_view::npos) {
    return false;
  }
  std::string_view lastWord = text.substr(0, text.size() - 1);
  lastWord = lastWord.substr(lastWord.find_last_of(' ') + 1);
  return lastWord.size() >= 4 && lastWord.find('.') == std::string_view::npos;
}

bool looksLikeTitle(const Block& block) {
  if (block.size() != 1) {
    return false;
  }
  const std::string& text = block[0].text;
  return !listItemText(text) && hasLetterOrDigit(text) && wordCount(text) <= kMaxTitleWords &&
         !endsLikeSentence(text);
}

// A sub-heading is a short line that is not a sentence: no final '.', '!', ':' (a list intro),
// ';', ',' or '…'. A final '?' is allowed: "Was tun im Notfall?" is a heading on such sites.
bool looksLikeHeading(const BodyBlock& block) {
  if (block.kind != BlockKind::Paragraph || block.lines.size() != 1) {
    return false;
  }
  const std::string& text = block.lines[0];
  if (!hasLetter(text) || wordCount(text) > kMaxHeadingWords) {
    return false;
  }
  for (std::string_view end : {".", "!", ":", ";", ",", "…"}) {
    if (endsWith(text, end)) {
      return false;
    }
  }
  return true;
}

// One export block may hold an intro line directly followed by its list items; they become a
// paragraph and a list.
void appendBodyBlocks(const Block& block, std::vector<BodyBlock>& out) {
  std::optional<BlockKind> currentKind;
  for (const Line& line : block) {
    std::optional<std::string> item = listItemText(line.text);
    BlockKind kind = item ? BlockKind::List : BlockKind::Paragraph;
    if (kind != currentKind) {
      out.push_back({kind, {}});
      currentKind = kind;
    }
    out.back().lines.push_back(flattenLinks(item ? *item : line.text));
  }
}

// Short one-line paragraphs become headings when body text follows them; a short line at the end
// or before another short line is more likely text than a heading over nothing.
void markHeadings(std::vector<BodyBlock>& blocks) {
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    if (looksLikeHeading(blocks[i]) && !looksLikeHeading(blocks[i + 1])) {
      blocks[i].kind = BlockKind::Heading;
    }
  }
}

std::string renderBlock(const BodyBlock& block) {
  std::string out;
  for (const std::string& line : block.lines) {
    if (!out.empty()) {
      out += '\n';
    }
    out += block.kind == BlockKind::Heading ? "## " : block.kind == BlockKind::List ? "- " : "";
    out += line;
  }
  return out;
}

bool needsYamlQuotes(std::string_view text) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ' || text.back() == ':') {
    return true;
  }
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`.").find(text.front()) != std::string_view::npos) {
    return true;
  }
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) {
    return true;
  }
  if (std::any_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
    return true;
  }
  // Plain scalars YAML would read as something other than a string: numbers, booleans, null.
  if (text.find_first_not_of("0123456789.+-_:eExXoObB") == std::string_view::npos) {
    return true;
  }
  static const std::array<std::string_view, 10> kReserved = {"true", "false", "yes", "no",   "on",
                                                             "off",  "y",     "n",   "null", "~"};
  std::string lowered = lowerGerman(text);
  return std::find(kReserved.begin(), kReserved.end(), lowered) != kReserved.end();
}

std::string yamlScalar(std::string_view text) {
  if (!needsYamlQuotes(text)) {
    return std::string(text);
  }
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned char>(c));
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string stripHeadingMarks(std::string_view line) {
  while (startsWith(line, "#")) {
    line.remove_prefix(1);
  }
  return std::string(trim(line));
}

// Drops "►" header blocks (and stray "►" breadcrumb lines) and, before the title, the blurb
// paragraph that follows a one-line header. A short line after the header is kept: it is the
// title of a page without blurb.
std::vector<Block> dropSiteHeader(const std::vector<Block>& blocks) {
  std::vector<Block> kept;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!startsWith(blocks[i][0].text, kSiteHeaderMark)) {
      Block block;
      std::copy_if(blocks[i].begin(), blocks[i].end(), std::back_inserter(block),
                   [](const Line& line) { return !startsWith(line.text, kSiteHeaderMark); });
      kept.push_back(std::move(block));
      continue;
    }
    bool blurbFollows = kept.empty() && blocks[i].size() == 1 && i + 1 < blocks.size() &&
                        !looksLikeTitle(blocks[i + 1]);
    if (blurbFollows) {
      ++i;
    }
  }
  return kept;
}

}  // namespace

static ImportedEntry importExportedPageUnguarded(std::string_view pageText,
                                                 const std::string& sourceName) {
  if (startsWith(pageText, kBom)) {
    pageText.remove_prefix(kBom.size());
  }
  std::vector<Line> lines = splitLines(pageText, sourceName);
  bool hasText =
      std::any_of(lines.begin(), lines.end(), [](const Line& l) { return !l.text.empty(); });
  if (!hasText) {
    fail(sourceName, 1, "empty page");
  }
  for (Line& line : lines) {
    if (isDecorationLine(line.text) || isNavigationLine(line.text)) {
      line.text.clear();
    }
  }
  std::vector<Block> blocks = dropSiteHeader(splitBlocks(lines));
  if (blocks.empty()) {
    fail(sourceName, lines.back().number, "no title found: the page holds only navigation");
  }
  const Block& titleBlock = blocks.front();
  if (!looksLikeTitle(titleBlock)) {
    fail(sourceName, titleBlock[0].number,
         "no title found: expected the entry title on a line of its own before the text");
  }
  ImportedEntry entry;
  entry.title = stripHeadingMarks(flattenLinks(titleBlock[0].text));
  try {
    entry.slug = slugFromTitle(entry.title);
  } catch (const Error& error) {
    fail(sourceName, titleBlock[0].number, error.what());
  }

  std::vector<BodyBlock> body;
  for (size_t i = 1; i < blocks.size(); ++i) {
    appendBodyBlocks(blocks[i], body);
  }
  markHeadings(body);

  entry.markdown = "---\ntitle: " + yamlScalar(entry.title) + "\n---\n";
  for (const BodyBlock& block : body) {
    entry.markdown += "\n" + renderBlock(block) + "\n";
  }
  return entry;
}

ImportedEntry importExportedPage(std::string_view pageText, const std::string& sourceName) {
  return guarded("import " + sourceName,
                 [&] { return importExportedPageUnguarded(pageText, sourceName); });
}

}  // namespace querverweis
