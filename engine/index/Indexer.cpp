#include <chrono>

#include "analyzers/AnalyzedText.h"
#include "analyzers/GermanAnalyzer.h"
#include "analyzers/text/Utf8.h"
#include "engine/boundary/Boundary.h"
#include "engine/graph/GraphLayout.h"
#include "engine/graph/RelatedConcepts.h"
#include "engine/index/Generation.h"
#include "engine/index/IndexAnalyzer.h"
#include "engine/index/IndexDirectory.h"
#include "engine/index/IndexMeta.h"
#include "engine/index/IndexSchema.h"
#include "engine/index/StoredJson.h"
#include "engine/language/CorpusLanguage.h"
#include "engine/language/CorpusThesaurus.h"
#include "engine/linking/Linker.h"
#include "querverweis/Error.h"
#include "querverweis/Index.h"

namespace querverweis {

namespace {

using Lucene::Field;
using Lucene::newLucene;

void addAnalyzed(const Lucene::DocumentPtr& doc, const wchar_t* name, const std::string& value) {
  doc->add(newLucene<Field>(name, toWide(value), Field::STORE_NO, Field::INDEX_ANALYZED,
                            Field::TERM_VECTOR_WITH_POSITIONS_OFFSETS));
}

// Offsets let a snippet mark the whole word when only one of its parts matched.
void addParts(const Lucene::DocumentPtr& doc, const wchar_t* name, const std::string& value) {
  doc->add(newLucene<Field>(name, toWide(value), Field::STORE_NO, Field::INDEX_ANALYZED,
                            Field::TERM_VECTOR_WITH_OFFSETS));
}

void addNameKey(const Lucene::DocumentPtr& doc, const GermanAnalyzerPtr& analyzer,
                const std::string& name) {
  std::wstring key = headTermKey(analyzeText(analyzer, name));
  if (!key.empty()) {
    doc->add(newLucene<Field>(schema::kNameKey, key, Field::STORE_NO,
                              Field::INDEX_NOT_ANALYZED_NO_NORMS));
  }
}

Lucene::DocumentPtr makeDocument(const Entry& entry, const GermanAnalyzerPtr& analyzer,
                                 bool withParts, const std::vector<std::string>& anchors) {
  Lucene::DocumentPtr doc = newLucene<Lucene::Document>();
  doc->add(newLucene<Field>(schema::kSlug, toWide(entry.slug), Field::STORE_YES,
                            Field::INDEX_NOT_ANALYZED_NO_NORMS));
  addAnalyzed(doc, schema::kTitle, entry.title);
  addNameKey(doc, analyzer, entry.title);
  for (const std::string& alias : entry.aliases) {
    addAnalyzed(doc, schema::kAliases, alias);
    addNameKey(doc, analyzer, alias);
  }
  for (const std::string& tag : entry.tags) {
    addAnalyzed(doc, schema::kTags, tag);
  }
  addAnalyzed(doc, schema::kBody, entry.plainBody);
  for (const std::string& anchor : anchors) {
    doc->add(
        newLucene<Field>(schema::kAnchors, toWide(anchor), Field::STORE_NO, Field::INDEX_ANALYZED));
  }
  if (withParts) {
    addParts(doc, schema::kTitleParts, entry.title);
    for (const std::string& alias : entry.aliases) {
      addParts(doc, schema::kAliasesParts, alias);
    }
    addParts(doc, schema::kBodyParts, entry.plainBody);
  }
  doc->add(newLucene<Field>(schema::kStoredEntry, toWide(entryToStoredJson(entry).dump()),
                            Field::STORE_YES, Field::INDEX_NO));
  return doc;
}

LinksByEntry suggestLinks(const std::vector<Entry>& entries, const GermanAnalyzerPtr& analyzer) {
  Linker linker(entries, analyzer);
  LinksByEntry links;
  for (const Entry& entry : entries) {
    links.push_back(linker.suggest(entry.body, {.self = entry.slug}));
  }
  return links;
}

// anchors[i]: the text around every mention of entries[i] in the other entries.
std::vector<std::vector<std::string>> anchorTexts(const std::vector<Entry>& entries,
                                                  const LinksByEntry& links) {
  std::unordered_map<std::string, std::size_t> bySlug;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    bySlug.emplace(entries[i].slug, i);
  }
  std::vector<std::vector<std::string>> anchors(entries.size());
  for (std::size_t source = 0; source < links.size(); ++source) {
    for (const LinkSuggestion& link : links[source]) {
      auto target = bySlug.find(link.target);
      if (target != bySlug.end() && target->second != source) {
        anchors[target->second].push_back(link.context);
      }
    }
  }
  return anchors;
}

RelatedBySlug rankRelated(const std::vector<Entry>& entries, const LinksByEntry& links,
                          const GermanAnalyzerPtr& analyzer, const std::string& thesaurusPath) {
  auto thesaurus = loadCorpusThesaurus(entries, analyzer->keys(), thesaurusPath);
  Lucene::AnalyzerPtr chain = analyzer;
  AnalyzeFunction analyze = [chain](std::string_view text) { return analyzeText(chain, text); };
  RelatedConcepts related(entries, links, analyze, &thesaurus->thesaurus);
  RelatedBySlug ranked;
  for (const Entry& entry : entries) {
    ranked[entry.slug] = related.related(entry.slug, schema::kRelatedKept);
  }
  return ranked;
}

class Stopwatch {
 public:
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

void writeLuceneIndex(const std::vector<Entry>& entries,
                      const std::vector<std::vector<std::string>>& anchors,
                      const GermanAnalyzerPtr& analyzer, const IndexOptions& options,
                      const std::string& generation) {
  auto directory = Lucene::FSDirectory::open(toWide(generation + "/" + schema::kLuceneFolder));
  auto writer = newLucene<Lucene::IndexWriter>(directory, analyzer, true,
                                               Lucene::IndexWriter::MaxFieldLengthUNLIMITED);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    writer->addDocument(makeDocument(entries[i], analyzer, options.analysis.compounds, anchors[i]));
    if (options.progress && (i + 1) % options.progressEvery == 0) {
      options.progress(i + 1, entries.size());
    }
  }
  writer->optimize();
  writer->close();
}

}  // namespace

// Each step's time goes into the report; the steps are plain functions above.
IndexReport writeIndex(const std::vector<Entry>& entries, const std::string& indexDir,
                       const IndexOptions& options) {
  return guarded(
      "writeIndex",
      [&] {
        if (entries.empty()) {
          throw Error(ErrorKind::InvalidArgument, "the corpus has no entries: nothing to index");
        }
        StagedGeneration staged(indexDir);
        auto language = languageDataForCorpus(entries, options.languageData.wordList);
        GermanAnalyzerPtr analyzer = indexAnalyzer(options.analysis, language);
        IndexReport report;
        report.entries = entries.size();
        Stopwatch linkTime;
        LinksByEntry links = suggestLinks(entries, analyzer);
        for (const auto& list : links) {
          report.links += list.size();
        }
        report.linkSeconds = linkTime.seconds();
        writeLuceneIndex(entries, anchorTexts(entries, links), analyzer, options, staged.path());
        writeStoredLinks(staged.path(), entries, links);
        Stopwatch relatedTime;
        writeStoredRelated(staged.path(),
                           rankRelated(entries, links, analyzer, options.languageData.thesaurus));
        report.relatedSeconds = relatedTime.seconds();
        ConceptGraph graph(entries, links);
        writeStoredLayout(staged.path(), graph, layoutGraph(graph));
        writeIndexMeta(staged.path(),
                       {options.analysis, identifyDataFile(options.languageData.wordList),
                        identifyDataFile(options.languageData.thesaurus), entries.size()});
        staged.publish();
        report.generation = liveGeneration(indexDir);
        return report;
      },
      ErrorKind::Io);
}

}  // namespace querverweis
