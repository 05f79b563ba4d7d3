#include "engine/Engine.h"

#include <lucene++/TermPositionVector.h>
#include <lucene++/TermVectorOffsetInfo.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "analyzers/GermanAnalyzer.h"
#include "engine/AnalyzedText.h"
#include "engine/CorpusLanguage.h"
#include "engine/CorpusThesaurus.h"
#include "engine/EntryJson.h"
#include "engine/Error.h"
#include "engine/IndexAnalyzer.h"
#include "engine/IndexDirectory.h"
#include "engine/IndexSchema.h"
#include "engine/LinkAuthority.h"
#include "engine/Linker.h"
#include "engine/QueryBuilder.h"
#include "engine/QueryExpansion.h"
#include "engine/Snippet.h"
#include "engine/SpellingIndex.h"
#include "engine/TermKey.h"
#include "engine/Thesaurus.h"
#include "engine/Utf8.h"
#include "engine/Vocabulary.h"

namespace querverweis {

namespace {

constexpr std::size_t kMaxLimit = 100;
constexpr std::size_t kMaxOffset = 10000;
// How many of the best hits the glossary's links may reorder.
constexpr std::size_t kLinkAuthorityDepth = 30;
constexpr std::size_t kMaxQueryBytes = 1000;
constexpr std::size_t kMaxLinkTextBytes = 1 << 20;

nlohmann::json readMeta(const std::string& generation) {
  std::ifstream in(generation + "/" + schema::kMetaFile);
  nlohmann::json meta = nlohmann::json::parse(in, nullptr, false);
  if (meta.is_discarded() || !meta.is_object() ||
      meta.value("format", 0) != schema::kFormatVersion) {
    throw Error(ErrorKind::Corrupt, generation + ": missing or unreadable " + schema::kMetaFile);
  }
  return meta;
}

std::vector<std::vector<LinkSuggestion>> loadLinks(const std::string& generation,
                                                   const std::vector<Entry>& entries) {
  std::ifstream in(generation + "/" + schema::kLinksFile);
  nlohmann::json all = nlohmann::json::parse(in, nullptr, false);
  if (all.is_discarded() || !all.is_object()) {
    throw Error(ErrorKind::Corrupt, generation + ": missing or unreadable " + schema::kLinksFile);
  }
  std::vector<std::vector<LinkSuggestion>> links(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    auto found = all.find(entries[i].slug);
    if (found == all.end()) {
      continue;
    }
    for (const nlohmann::json& link : *found) {
      links[i].push_back(linkFromJson(link));
    }
  }
  return links;
}

// The ranked related concepts written at indexing time, by entry slug.
std::unordered_map<std::string, std::vector<RelatedConcept>> loadRelated(
    const std::string& generation) {
  std::ifstream in(generation + "/" + schema::kRelatedFile);
  nlohmann::json all = nlohmann::json::parse(in, nullptr, false);
  if (all.is_discarded() || !all.is_object()) {
    throw Error(ErrorKind::Corrupt, generation + ": missing or unreadable " + schema::kRelatedFile);
  }
  std::unordered_map<std::string, std::vector<RelatedConcept>> related;
  for (const auto& [slug, list] : all.items()) {
    std::vector<RelatedConcept>& out = related[slug];
    for (const nlohmann::json& item : list) {
      out.push_back(relatedFromJson(item));
    }
  }
  return related;
}

std::vector<Entry> loadEntries(const Lucene::IndexReaderPtr& reader) {
  std::vector<Entry> entries;
  for (int32_t doc = 0; doc < reader->maxDoc(); ++doc) {
    if (reader->isDeleted(doc)) {
      continue;
    }
    Lucene::String stored = reader->document(doc)->get(schema::kStoredEntry);
    nlohmann::json json =
        nlohmann::json::parse(Lucene::StringUtils::toUTF8(stored), nullptr, false);
    if (json.is_discarded()) {
      throw Error(ErrorKind::Corrupt,
                  "stored entry of document " + std::to_string(doc) + " is not JSON");
    }
    entries.push_back(entryFromStoredJson(json));
  }
  return entries;
}

void validate(std::string_view query, const SearchOptions& options) {
  if (query.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw Error(ErrorKind::InvalidArgument, "the query is empty");
  }
  if (query.size() > kMaxQueryBytes) {
    throw Error(ErrorKind::InvalidArgument, "the query is longer than 1000 bytes");
  }
  if (options.limit < 1 || options.limit > kMaxLimit) {
    throw Error(ErrorKind::InvalidArgument, "limit must be between 1 and 100");
  }
  if (options.offset > kMaxOffset) {
    throw Error(ErrorKind::InvalidArgument, "offset must be between 0 and 10000");
  }
}

}  // namespace

struct Engine::Impl {
  std::string analysisName;
  AnalysisConfig config;
  std::shared_ptr<const LanguageData> language;
  std::unique_ptr<CorpusThesaurus> synonyms;
  Vocabulary vocabulary;
  SpellingIndex spelling;
  std::unique_ptr<CompoundTailIndex> tails;
  std::unique_ptr<Autocomplete> autocomplete;
  std::unique_ptr<Linker> linker;
  std::unique_ptr<ConceptGraph> graph;
  std::unordered_map<std::string, std::vector<RelatedConcept>> related;
  std::vector<Entry> entries;  // in document order: entries[doc]
  std::map<std::string, std::size_t, std::less<>> bySlug;
  Lucene::AnalyzerPtr analyzer;
  Lucene::IndexReaderPtr reader;
  Lucene::IndexSearcherPtr searcher;

  SearchHit makeHit(const ScoredEntry& hit, const QueryPlan& plan) const {
    const Entry& entry = entries.at(hit.entry);
    auto doc = static_cast<int32_t>(hit.entry);
    std::vector<AnalyzedToken> matches = matchedBodyTokens(doc, entry, plan.matchTerms);
    return {entry.slug, entry.title, hit.score,
            makeSnippet(entry.plainBody, matches, plan.matchTerms)};
  }

  // Where the query's terms occur in an entry's body, read from the stored term vectors rather
  // than by analyzing the body again: the whole words, and the words whose parts matched.
  std::vector<AnalyzedToken> matchedBodyTokens(int32_t doc, const Entry& entry,
                                               const std::set<std::wstring>& terms) const {
    std::vector<std::size_t> bytes = codePointByteOffsets(entry.plainBody);
    const std::size_t last = bytes.size() - 1;
    std::vector<AnalyzedToken> matches;
    for (const wchar_t* field : {schema::kBody, schema::kBodyParts}) {
      auto vector = boost::dynamic_pointer_cast<Lucene::TermPositionVector>(
          reader->getTermFreqVector(doc, field));
      if (!vector) {
        continue;
      }
      for (const std::wstring& term : terms) {
        int32_t index = vector->indexOf(term);
        if (index < 0) {
          continue;
        }
        Lucene::Collection<Lucene::TermVectorOffsetInfoPtr> offsets = vector->getOffsets(index);
        if (!offsets) {
          continue;  // a field indexed without offsets
        }
        for (const Lucene::TermVectorOffsetInfoPtr& offset : offsets) {
          auto start = static_cast<std::size_t>(std::max(0, offset->getStartOffset()));
          auto end = static_cast<std::size_t>(std::max(0, offset->getEndOffset()));
          matches.push_back(
              {term, L"", 0, bytes[std::min(start, last)], bytes[std::min(end, last)]});
        }
      }
    }
    std::sort(matches.begin(), matches.end(), [](const AnalyzedToken& a, const AnalyzedToken& b) {
      return std::tie(a.begin, a.end) < std::tie(b.begin, b.end);
    });
    return matches;
  }

  void loadVocabulary() {
    vocabulary = collectVocabulary(entries, language->normalizer());
    tails = std::make_unique<CompoundTailIndex>(vocabulary);
  }

  void loadSpelling() {
    for (const auto& [word, info] : vocabulary) {
      spelling.add(word, info.frequency);
    }
  }

  QueryResources queryResources() const {
    return {.analyzer = analyzer,
            .reader = reader,
            .normalizer = &language->normalizer(),
            .thesaurus = config.synonyms ? &synonyms->thesaurus : nullptr,
            .titleByNameKey = &synonyms->titleByNameKey,
            .spelling = config.typos ? &spelling : nullptr,
            .vocabulary = &vocabulary,
            .tails = config.compounds ? tails.get() : nullptr,
            .morphology = config.stemmer != StemmerKind::None && !config.standardBaseline};
  }
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

std::shared_ptr<const Engine> Engine::open(const std::string& indexDir,
                                           const EngineOptions& options) {
  std::string generation = liveGeneration(indexDir);
  nlohmann::json meta = readMeta(generation);
  auto impl = std::make_unique<Impl>();
  impl->analysisName =
      options.analysis.empty() ? meta.value("analysis", std::string("full")) : options.analysis;
  try {
    impl->config = analysisConfigByName(impl->analysisName);
  } catch (const std::invalid_argument& e) {
    throw Error(ErrorKind::InvalidArgument, e.what());
  }
  try {
    auto directory = Lucene::FSDirectory::open(
        Lucene::StringUtils::toUnicode(generation + "/" + schema::kLuceneFolder));
    impl->reader = Lucene::IndexReader::open(directory, true);
    impl->searcher = Lucene::newLucene<Lucene::IndexSearcher>(impl->reader);
    impl->searcher->setSimilarity(searchSimilarity());
    impl->entries = loadEntries(impl->reader);
  } catch (const Lucene::LuceneException& e) {
    throw Error(ErrorKind::Corrupt,
                generation + ": cannot read index: " + Lucene::StringUtils::toUTF8(e.getError()));
  }
  for (std::size_t i = 0; i < impl->entries.size(); ++i) {
    impl->bySlug.emplace(impl->entries[i].slug, i);
  }
  impl->language = languageDataForCorpus(impl->entries, options.wordListPath);
  impl->analyzer = indexAnalyzer(impl->config, impl->language);
  impl->synonyms =
      loadCorpusThesaurus(impl->entries, impl->language->normalizer(), options.thesaurusPath);
  std::vector<std::vector<LinkSuggestion>> links = loadLinks(generation, impl->entries);
  impl->linker = std::make_unique<Linker>(impl->entries, impl->analyzer);
  impl->graph = std::make_unique<ConceptGraph>(impl->entries, links);
  impl->related = loadRelated(generation);
  impl->loadVocabulary();
  impl->autocomplete = std::make_unique<Autocomplete>(impl->entries, *impl->language);
  if (impl->config.typos) {
    impl->loadSpelling();
  }
  return std::shared_ptr<const Engine>(new Engine(std::move(impl)));
}

SearchResult Engine::search(std::string_view query, const SearchOptions& options) const {
  validate(query, options);
  SearchResult result;
  result.query = std::string(query);
  ExpandedQuery expanded = expandQuery(query, impl_->queryResources());
  result.didYouMean = expanded.didYouMean;
  QueryPlan plan = buildQuery(expanded.words);
  if (!plan.query) {
    return result;
  }
  try {
    auto wanted = std::max(options.offset + options.limit, kLinkAuthorityDepth);
    Lucene::TopDocsPtr top = impl_->searcher->search(plan.query, static_cast<int32_t>(wanted));
    result.total = static_cast<std::size_t>(top->totalHits);
    std::vector<ScoredEntry> ranked;
    for (const Lucene::ScoreDocPtr& scoreDoc : top->scoreDocs) {
      ranked.push_back({static_cast<std::size_t>(scoreDoc->doc), scoreDoc->score});
    }
    addLinkAuthority(ranked, *impl_->graph, kLinkAuthorityDepth);
    for (std::size_t i = options.offset;
         i < std::min(ranked.size(), options.offset + options.limit); ++i) {
      result.hits.push_back(impl_->makeHit(ranked[i], plan));
    }
  } catch (const Lucene::LuceneException& e) {
    throw Error(ErrorKind::Corrupt, "search failed: " + Lucene::StringUtils::toUTF8(e.getError()));
  }
  return result;
}

std::vector<Completion> Engine::complete(std::string_view prefix, std::size_t limit) const {
  return impl_->autocomplete->complete(prefix, limit);
}

std::vector<LinkSuggestion> Engine::links(std::string_view text, const LinkOptions& options) const {
  if (text.size() > kMaxLinkTextBytes) {
    throw Error(ErrorKind::InvalidArgument, "text is longer than 1 MB");
  }
  if (!options.self.empty() && findEntry(options.self) == nullptr) {
    throw Error(ErrorKind::InvalidArgument, "self: no entry '" + options.self + "'");
  }
  if (!(options.threshold >= 0 && options.threshold <= 1)) {
    throw Error(ErrorKind::InvalidArgument, "threshold must be between 0 and 1");
  }
  if (auto bad = firstInvalidUtf8(text)) {
    throw Error(ErrorKind::InvalidArgument,
                "text is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
  }
  return impl_->linker->suggest(text, options);
}

std::vector<RelatedConcept> Engine::related(std::string_view slug, std::size_t limit) const {
  if (limit < 1 || limit > 50) {
    throw Error(ErrorKind::InvalidArgument, "limit must be between 1 and 50");
  }
  auto found = impl_->related.find(std::string(slug));
  if (found == impl_->related.end()) {
    throw Error(ErrorKind::NotFound, "no entry '" + std::string(slug) + "'");
  }
  const std::vector<RelatedConcept>& all = found->second;
  return {all.begin(), all.begin() + static_cast<std::ptrdiff_t>(std::min(limit, all.size()))};
}

const ConceptGraph& Engine::graph() const {
  return *impl_->graph;
}

const Entry* Engine::findEntry(std::string_view slug) const {
  auto it = impl_->bySlug.find(slug);
  return it == impl_->bySlug.end() ? nullptr : &impl_->entries[it->second];
}

const std::vector<Entry>& Engine::entries() const {
  return impl_->entries;
}

const std::string& Engine::analysisName() const {
  return impl_->analysisName;
}

}  // namespace querverweis
