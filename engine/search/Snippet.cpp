#include "engine/search/Snippet.h"

#include <algorithm>

#include "analyzers/text/Words.h"

namespace querverweis {

namespace {

struct Span {
  std::size_t begin;
  std::size_t end;
  const std::wstring* term;
};

constexpr std::size_t kLeadingContext = 60;

std::vector<Span> matchedSpans(const std::vector<AnalyzedToken>& tokens,
                               const std::set<std::wstring>& matchTerms) {
  std::vector<Span> spans;
  for (const AnalyzedToken& token : tokens) {
    if (matchTerms.count(token.term) == 0) {
      continue;
    }
    if (!spans.empty() && token.begin < spans.back().end) {
      continue;  // another term of the same word: the word is marked once
    }
    spans.push_back({token.begin, token.end, &token.term});
  }
  return spans;
}

// Start of the window with the most distinct matched terms, then the most matches.
std::size_t bestWindowStart(const std::vector<Span>& spans, std::size_t width) {
  std::size_t bestStart = 0;
  std::size_t bestScore = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    std::set<const std::wstring*> distinct;
    std::size_t count = 0;
    for (std::size_t k = i; k < spans.size() && spans[k].end <= spans[i].begin + width; ++k) {
      distinct.insert(spans[k].term);
      ++count;
    }
    std::size_t score = distinct.size() * 100 + count;
    if (score > bestScore) {
      bestScore = score;
      bestStart = spans[i].begin;
    }
  }
  return bestStart;
}

// Moves back to just after a space, so the window never starts inside a word or a character.
std::size_t wordStartAtOrBefore(std::string_view text, std::size_t pos) {
  while (pos > 0 && !isAsciiSpace(text[pos - 1])) {
    --pos;
  }
  return pos;
}

std::size_t wordEndAtOrAfter(std::string_view text, std::size_t pos) {
  while (pos < text.size() && !isAsciiSpace(text[pos])) {
    ++pos;
  }
  return pos;
}

void appendFolded(std::string& out, std::string_view text) {
  for (char c : text) {
    if (isAsciiSpace(c)) {
      if (!out.empty() && out.back() != ' ') {
        out += ' ';
      }
    } else {
      out += escapeHtml(std::string_view(&c, 1));
    }
  }
}

}  // namespace

std::string escapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string makeSnippet(std::string_view body, const std::vector<AnalyzedToken>& tokens,
                        const std::set<std::wstring>& matchTerms, const SnippetOptions& options) {
  std::vector<Span> spans = matchedSpans(tokens, matchTerms);
  std::size_t start = spans.empty() ? 0 : bestWindowStart(spans, options.maxBytes);
  start = start < kLeadingContext ? 0 : wordStartAtOrBefore(body, start - kLeadingContext / 2);
  std::size_t end = wordEndAtOrAfter(body, std::min(body.size(), start + options.maxBytes));
  std::string out;
  if (start > 0) {
    out += "… ";
  }
  std::size_t cursor = start;
  for (const Span& span : spans) {
    if (span.begin < cursor || span.end > end) {
      continue;
    }
    appendFolded(out, body.substr(cursor, span.begin - cursor));
    out += "<mark>" + escapeHtml(body.substr(span.begin, span.end - span.begin)) + "</mark>";
    cursor = span.end;
  }
  appendFolded(out, body.substr(cursor, end - cursor));
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  if (!out.empty() && out.front() == ' ') {
    out.erase(0, 1);
  }
  if (end < body.size()) {
    out += " …";
  }
  return out;
}

}  // namespace querverweis
