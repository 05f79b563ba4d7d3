#include "engine/search/SearchExplanation.h"

#include <lucene++/TermPositionVector.h>
#include <lucene++/TermVectorOffsetInfo.h>

#include <algorithm>
#include <optional>

#include "analyzers/AnalyzedText.h"
#include "analyzers/TokenTypes.h"
#include "analyzers/text/Utf8.h"
#include "engine/index/IndexSchema.h"

namespace querverweis {

namespace {

// Terms several words apart are shown as one stretch of text only when it stays this short.
constexpr std::size_t kMaxSpanBytes = 80;

// Where a term occurs in one text, and whether only as a part of a longer word.
struct Found {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool part = false;
};

// The terms of a short text (a title, an alias, a tag), analyzed as a query is: whole words and
// their compound parts, with byte offsets.
class ShortText {
 public:
  ShortText(const Lucene::AnalyzerPtr& analyzer, const std::string& text)
      : text_(text), tokens_(analyzeText(analyzer, text)) {}

  std::optional<Found> find(const std::wstring& term) const {
    std::optional<Found> found;
    for (const AnalyzedToken& token : tokens_) {
      if (token.term != term) {
        continue;
      }
      bool part = token.type == token_type::kCompoundPart;
      if (!found || (found->part && !part)) {
        found = Found{token.begin, token.end, part};
      }
    }
    return found;
  }
  const std::string& text() const { return text_; }

 private:
  const std::string& text_;
  std::vector<AnalyzedToken> tokens_;
};

// The terms of an entry's body, from the term vectors stored with the index: whole words from
// the body field, parts from the body_parts field.
class StoredBody {
 public:
  StoredBody(const Lucene::IndexReaderPtr& reader, int32_t doc, const std::string& plainBody)
      : text_(plainBody),
        bytes_(codePointByteOffsets(plainBody)),
        words_(vectorOf(reader, doc, schema::kBody)),
        parts_(vectorOf(reader, doc, schema::kBodyParts)) {}

  std::optional<Found> find(const std::wstring& term) const {
    if (auto found = firstOffset(words_, term)) {
      return found;
    }
    if (auto found = firstOffset(parts_, term)) {
      found->part = true;
      return found;
    }
    return std::nullopt;
  }
  const std::string& text() const { return text_; }

 private:
  static Lucene::TermPositionVectorPtr vectorOf(const Lucene::IndexReaderPtr& reader, int32_t doc,
                                                const wchar_t* field) {
    return boost::dynamic_pointer_cast<Lucene::TermPositionVector>(
        reader->getTermFreqVector(doc, field));
  }

  std::optional<Found> firstOffset(const Lucene::TermPositionVectorPtr& vector,
                                   const std::wstring& term) const {
    if (!vector) {
      return std::nullopt;
    }
    int32_t index = vector->indexOf(term);
    if (index < 0) {
      return std::nullopt;
    }
    Lucene::Collection<Lucene::TermVectorOffsetInfoPtr> offsets = vector->getOffsets(index);
    if (!offsets || offsets.empty()) {
      return std::nullopt;
    }
    const std::size_t last = bytes_.size() - 1;
    auto start = static_cast<std::size_t>(std::max(0, offsets[0]->getStartOffset()));
    auto end = static_cast<std::size_t>(std::max(0, offsets[0]->getEndOffset()));
    return Found{bytes_[std::min(start, last)], bytes_[std::min(end, last)], false};
  }

  const std::string& text_;
  std::vector<std::size_t> bytes_;
  Lucene::TermPositionVectorPtr words_;
  Lucene::TermPositionVectorPtr parts_;
};

std::string foldedWhitespace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c;
  }
  return out;
}

// Every term of an alternative in one text: the words that matched and whether all of them
// matched only as parts of longer words.
template <typename Text>
std::optional<std::pair<std::string, bool>> findAll(const Text& text,
                                                    const std::vector<std::wstring>& terms) {
  std::vector<Found> found;
  for (const std::wstring& term : terms) {
    std::optional<Found> one = text.find(term);
    if (!one) {
      return std::nullopt;
    }
    found.push_back(*one);
  }
  auto byBegin = [](const Found& a, const Found& b) { return a.begin < b.begin; };
  std::sort(found.begin(), found.end(), byBegin);
  const std::string& source = text.text();
  bool allParts = std::all_of(found.begin(), found.end(), [](const Found& f) { return f.part; });
  if (found.back().end - found.front().begin <= kMaxSpanBytes) {
    std::size_t end = std::max_element(found.begin(), found.end(), [](auto& a, auto& b) {
                        return a.end < b.end;
                      })->end;
    return std::pair{
        foldedWhitespace(source.substr(found.front().begin, end - found.front().begin)), allParts};
  }
  std::string joined;
  for (const Found& one : found) {
    joined += (joined.empty() ? "" : " … ") + source.substr(one.begin, one.end - one.begin);
  }
  return std::pair{foldedWhitespace(joined), allParts};
}

bool inPostings(const Lucene::IndexReaderPtr& reader, const wchar_t* field,
                const std::wstring& term, int32_t doc) {
  Lucene::TermDocsPtr docs = reader->termDocs(Lucene::newLucene<Lucene::Term>(field, term));
  bool found = docs->skipTo(doc) && docs->doc() == doc;
  docs->close();
  return found;
}

}  // namespace

HitExplainer::HitExplainer(Lucene::IndexReaderPtr reader, Lucene::AnalyzerPtr analyzer,
                           const ExpandedQuery& query)
    : reader_(std::move(reader)), analyzer_(std::move(analyzer)) {
  for (std::size_t i = 0; i < query.words.size(); ++i) {
    const QueryWord& word = query.words[i];
    Word out{i < query.surfaces.size() ? query.surfaces[i] : "", {}};
    auto each = [&out](const char* match, const std::vector<std::wstring>& terms) {
      for (const std::wstring& term : terms) {
        out.alternatives.push_back({match, {term}});
      }
    };
    out.alternatives.push_back({"word", {word.term}});
    each("word", word.joined);
    each("form", word.variants);
    each("form", word.derivations);
    each("completion", word.completions);
    each("correction", word.corrections);
    for (const auto& synonym : word.nameSynonyms) {
      out.alternatives.push_back({"synonym", synonym});
    }
    for (const auto& synonym : word.synonyms) {
      out.alternatives.push_back({"synonym", synonym});
    }
    if (!word.parts.empty()) {
      out.alternatives.push_back({"parts", word.parts});
    }
    each("compound", word.compounds);
    each("head", word.heads);
    words_.push_back(std::move(out));
  }
}

std::vector<MatchReason> HitExplainer::explain(int32_t doc, const Entry& entry) const {
  std::vector<MatchReason> reasons;
  StoredBody body(reader_, doc, entry.plainBody);
  std::vector<std::pair<const char*, ShortText>> names;
  names.emplace_back("title", ShortText(analyzer_, entry.title));
  for (const std::string& alias : entry.aliases) {
    names.emplace_back("alias", ShortText(analyzer_, alias));
  }
  for (const std::string& tag : entry.tags) {
    names.emplace_back("tags", ShortText(analyzer_, tag));
  }
  for (const Word& word : words_) {
    std::size_t before = reasons.size();
    auto record = [&](const char* field, const Alternative& alternative, const auto& found) {
      std::string match = alternative.match;
      if (match == "word" && found->second) {
        match = "compound_part";
      }
      reasons.push_back({word.surface, match, field, found->first});
    };
    for (const char* field : {"title", "alias", "tags"}) {
      bool matched = false;
      for (const Alternative& alternative : word.alternatives) {
        for (const auto& [name, text] : names) {
          if (std::string_view(name) != field) {
            continue;
          }
          if (auto found = findAll(text, alternative.terms)) {
            record(field, alternative, found);
            matched = true;
            break;
          }
        }
        if (matched) {
          break;
        }
      }
    }
    for (const Alternative& alternative : word.alternatives) {
      if (auto found = findAll(body, alternative.terms)) {
        record("body", alternative, found);
        break;
      }
    }
    if (reasons.size() > before) {
      continue;
    }
    for (const Alternative& alternative : word.alternatives) {
      bool all = std::all_of(alternative.terms.begin(), alternative.terms.end(),
                             [&](const std::wstring& term) {
                               return inPostings(reader_, schema::kAnchors, term, doc);
                             });
      if (all) {
        reasons.push_back({word.surface, alternative.match, "anchors", ""});
        break;
      }
    }
    if (reasons.size() == before) {
      reasons.push_back({word.surface, "none", "", ""});
    }
  }
  return reasons;
}

}  // namespace querverweis
