#include "querverweis/Engine.h"

#include <map>

#include "analyzers/GermanAnalyzer.h"
#include "analyzers/text/Utf8.h"
#include "engine/boundary/Boundary.h"
#include "engine/graph/UnlinkedMentions.h"
#include "engine/index/Checksums.h"
#include "engine/index/Generation.h"
#include "engine/index/IndexAnalyzer.h"
#include "engine/index/IndexDirectory.h"
#include "engine/index/IndexMeta.h"
#include "engine/index/IndexSchema.h"
#include "engine/language/AnalysisStages.h"
#include "engine/language/CorpusLanguage.h"
#include "engine/language/CorpusThesaurus.h"
#include "engine/linking/Linker.h"
#include "engine/search/Autocomplete.h"
#include "engine/search/Searcher.h"
#include "engine/search/SpellingIndex.h"
#include "engine/search/Vocabulary.h"
#include "engine/search/WordCompletions.h"
#include "querverweis/Error.h"
#include "querverweis/Limits.h"

namespace querverweis {

namespace {

void requireText(std::string_view text, const char* what, std::size_t maxBytes) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw Error(ErrorKind::InvalidArgument, std::string(what) + " is empty");
  }
  if (text.size() > maxBytes) {
    throw Error(ErrorKind::InvalidArgument,
                std::string(what) + " is longer than " + std::to_string(maxBytes) + " bytes");
  }
}

void requireAnalyzable(std::string_view text) {
  requireText(text, "the text", limits::kMaxAnalyzeBytes);
  checkUtf8(text, "the text");
}

}  // namespace

// Everything an open index needs, built once; members are in the order they are built.
struct Engine::Impl {
  AnalysisConfig config;
  std::vector<std::string> warnings;
  Lucene::IndexReaderPtr reader;
  std::vector<Entry> entries;  // in document order: entries[doc]
  std::map<std::string, std::size_t, std::less<>> bySlug;
  std::shared_ptr<const LanguageData> language;
  GermanAnalyzerPtr analyzer;
  std::unique_ptr<CorpusThesaurus> synonyms;
  std::unique_ptr<Linker> linker;
  std::unique_ptr<ConceptGraph> graph;
  std::vector<GraphPoint> layout;  // of graph->nodes()
  RelatedBySlug related;
  Vocabulary vocabulary;
  std::unique_ptr<CompoundTailIndex> tails;
  std::unique_ptr<WordCompletions> completions;
  SpellingIndex spelling;
  std::unique_ptr<Autocomplete> autocomplete;
  std::unique_ptr<Searcher> searcher;

  void openLucene(const std::string& generation) {
    auto directory = Lucene::FSDirectory::open(toWide(generation + "/" + schema::kLuceneFolder));
    reader = Lucene::IndexReader::open(directory, true);
    entries = readStoredEntries(reader);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      bySlug.emplace(entries[i].slug, i);
    }
  }

  void buildSearch() {
    vocabulary = collectVocabulary(entries, analyzer->keys());
    tails = std::make_unique<CompoundTailIndex>(vocabulary);
    completions = std::make_unique<WordCompletions>(vocabulary);
    if (config.typos) {
      for (const auto& [word, info] : vocabulary) {
        spelling.add(word, info.frequency);
      }
    }
    QueryResources resources{
        .analyzer = analyzer,
        .reader = reader,
        .keys = &analyzer->keys(),
        .thesaurus = config.synonyms ? &synonyms->thesaurus : nullptr,
        .titleByNameKey = &synonyms->titleByNameKey,
        .spelling = config.typos ? &spelling : nullptr,
        .vocabulary = &vocabulary,
        .tails = config.compounds ? tails.get() : nullptr,
        .morphology = config.stemmer != StemmerKind::None && !config.standardBaseline};
    searcher = std::make_unique<Searcher>(std::move(resources), entries, *graph, completions.get());
    autocomplete = std::make_unique<Autocomplete>(entries, analyzer->keys(), language->splitter());
  }
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

std::shared_ptr<const Engine> Engine::open(const std::string& indexDir,
                                           const EngineOptions& options) {
  return guarded("open " + indexDir, [&] {
    std::vector<std::string> damage;
    std::string generation = intactGeneration(indexDir, damage);
    IndexMeta meta = readIndexMeta(generation);
    LanguageDataPaths paths =
        options.languageData.value_or(LanguageDataPaths{meta.wordList.path, meta.thesaurus.path});
    auto impl = std::make_unique<Impl>();
    impl->config =
        options.analysis.empty() ? meta.analysis : analysisConfigByName(options.analysis);
    impl->warnings = languageDataDifferences(meta, paths);
    impl->warnings.insert(impl->warnings.begin(), damage.begin(), damage.end());
    impl->openLucene(generation);
    impl->language = languageDataForCorpus(impl->entries, paths.wordList);
    impl->analyzer = indexAnalyzer(impl->config, impl->language);
    impl->synonyms = loadCorpusThesaurus(impl->entries, impl->analyzer->keys(), paths.thesaurus);
    LinksByEntry links = readStoredLinks(generation, impl->entries);
    impl->linker = std::make_unique<Linker>(impl->entries, impl->analyzer);
    impl->graph = std::make_unique<ConceptGraph>(impl->entries, links);
    impl->related = readStoredRelated(generation);
    impl->layout = readStoredLayout(generation, *impl->graph);
    impl->buildSearch();
    return std::shared_ptr<const Engine>(new Engine(std::move(impl)));
  });
}

SearchResult Engine::search(std::string_view query, const SearchOptions& options) const {
  return guarded("search", [&] {
    requireText(query, "the query", limits::kMaxQueryBytes);
    checkUtf8(query, "the query");
    checkRange(limits::kSearchLimit, options.limit);
    checkRange(limits::kSearchOffset, options.offset);
    return impl_->searcher->search(query, options);
  });
}

std::vector<Completion> Engine::complete(std::string_view prefix, std::size_t limit) const {
  return guarded("complete", [&] {
    requireText(prefix, "the prefix", limits::kMaxPrefixBytes);
    checkUtf8(prefix, "the prefix");
    checkRange(limits::kSuggestLimit, limit);
    return impl_->autocomplete->complete(prefix, limit);
  });
}

std::vector<LinkSuggestion> Engine::links(std::string_view text, const LinkOptions& options) const {
  return guarded("links", [&] {
    if (text.size() > limits::kMaxLinkTextBytes) {
      throw Error(
          ErrorKind::InvalidArgument,
          "the text is longer than " + std::to_string(limits::kMaxLinkTextBytes) + " bytes");
    }
    checkUtf8(text, "the text");
    if (!options.self.empty() && findEntry(options.self) == nullptr) {
      throw Error(ErrorKind::InvalidArgument, "self: no entry '" + options.self + "'");
    }
    if (!(options.threshold >= 0 && options.threshold <= 1)) {
      throw Error(ErrorKind::InvalidArgument, "threshold must be a number from 0 to 1");
    }
    checkRange(limits::kMaxLinks, options.maxLinks);
    return impl_->linker->suggest(text, options);
  });
}

std::vector<RelatedConcept> Engine::related(std::string_view slug, std::size_t limit) const {
  return guarded("related", [&] {
    checkRange(limits::kRelatedLimit, limit);
    auto found = impl_->related.find(std::string(slug));
    if (found == impl_->related.end()) {
      throw Error(ErrorKind::NotFound, "no entry '" + std::string(slug) + "'");
    }
    const std::vector<RelatedConcept>& all = found->second;
    return std::vector<RelatedConcept>(
        all.begin(), all.begin() + static_cast<std::ptrdiff_t>(std::min(limit, all.size())));
  });
}

const ConceptGraph& Engine::graph() const {
  return *impl_->graph;
}

const std::vector<GraphPoint>& Engine::graphLayout() const {
  return impl_->layout;
}

UnlinkedMentions Engine::unlinkedMentions(std::string_view slug, std::size_t limit) const {
  return guarded("unlinked mentions", [&] {
    return querverweis::unlinkedMentions(*impl_->graph, impl_->entries, slug, limit);
  });
}

std::vector<AnalysisStage> Engine::analyzeStages(std::string_view text) const {
  return guarded("analyze", [&] {
    requireAnalyzable(text);
    return analysisStages(impl_->analyzer, text);
  });
}

TermComparison Engine::compareTerms(std::string_view a, std::string_view b) const {
  return guarded("compare", [&] {
    requireAnalyzable(a);
    requireAnalyzable(b);
    return querverweis::compareTerms(impl_->analyzer, a, b);
  });
}

const Entry* Engine::findEntry(std::string_view slug) const {
  auto it = impl_->bySlug.find(slug);
  return it == impl_->bySlug.end() ? nullptr : &impl_->entries[it->second];
}

const std::vector<Entry>& Engine::entries() const {
  return impl_->entries;
}

const AnalysisConfig& Engine::analysis() const {
  return impl_->config;
}

const std::vector<std::string>& Engine::warnings() const {
  return impl_->warnings;
}

}  // namespace querverweis
