#include "engine/Indexer.h"

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>

#include "analyzers/GermanAnalyzer.h"
#include "engine/AnalyzedText.h"
#include "engine/CorpusLanguage.h"
#include "engine/CorpusThesaurus.h"
#include "engine/EntryJson.h"
#include "engine/Error.h"
#include "engine/IndexAnalyzer.h"
#include "engine/IndexDirectory.h"
#include "engine/IndexSchema.h"
#include "engine/Linker.h"
#include "engine/RelatedConcepts.h"

namespace querverweis {

namespace {

using Lucene::Field;
using Lucene::newLucene;

Lucene::String wide(const std::string& text) {
  return Lucene::StringUtils::toUnicode(text);
}

void addAnalyzed(const Lucene::DocumentPtr& doc, const wchar_t* name, const std::string& value) {
  doc->add(newLucene<Field>(name, wide(value), Field::STORE_NO, Field::INDEX_ANALYZED,
                            Field::TERM_VECTOR_WITH_POSITIONS_OFFSETS));
}

// Offsets let a snippet mark the whole word when only one of its parts matched.
void addParts(const Lucene::DocumentPtr& doc, const wchar_t* name, const std::string& value) {
  doc->add(newLucene<Field>(name, wide(value), Field::STORE_NO, Field::INDEX_ANALYZED,
                            Field::TERM_VECTOR_WITH_OFFSETS));
}

void addNameKey(const Lucene::DocumentPtr& doc, const Lucene::AnalyzerPtr& analyzer,
                const std::string& name) {
  std::wstring key = headTermKey(analyzeText(analyzer, name));
  if (!key.empty()) {
    doc->add(newLucene<Field>(schema::kNameKey, key, Field::STORE_NO,
                              Field::INDEX_NOT_ANALYZED_NO_NORMS));
  }
}

Lucene::DocumentPtr makeDocument(const Entry& entry, const Lucene::AnalyzerPtr& analyzer,
                                 bool withParts, const std::vector<std::string>& anchors) {
  Lucene::DocumentPtr doc = newLucene<Lucene::Document>();
  doc->add(newLucene<Field>(schema::kSlug, wide(entry.slug), Field::STORE_YES,
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
        newLucene<Field>(schema::kAnchors, wide(anchor), Field::STORE_NO, Field::INDEX_ANALYZED));
  }
  if (withParts) {
    addParts(doc, schema::kTitleParts, entry.title);
    for (const std::string& alias : entry.aliases) {
      addParts(doc, schema::kAliasesParts, alias);
    }
    addParts(doc, schema::kBodyParts, entry.plainBody);
  }
  doc->add(newLucene<Field>(schema::kStoredEntry, wide(entryToStoredJson(entry).dump()),
                            Field::STORE_YES, Field::INDEX_NO));
  return doc;
}

void writeJsonFile(const std::string& generation, const char* name, const nlohmann::json& json) {
  std::ofstream out(generation + "/" + name);
  out << json.dump() << "\n";
  if (!out.flush()) {
    throw Error(ErrorKind::Io, generation + ": cannot write " + name);
  }
}

std::vector<std::vector<LinkSuggestion>> suggestLinks(const std::vector<Entry>& entries,
                                                      const Lucene::AnalyzerPtr& analyzer) {
  Linker linker(entries, analyzer);
  std::vector<std::vector<LinkSuggestion>> links;
  for (const Entry& entry : entries) {
    links.push_back(linker.suggest(entry.body, {.self = entry.slug}));
  }
  return links;
}

void writeLinks(const std::vector<Entry>& entries,
                const std::vector<std::vector<LinkSuggestion>>& links,
                const std::string& generation) {
  nlohmann::json all = nlohmann::json::object();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    nlohmann::json list = nlohmann::json::array();
    for (const LinkSuggestion& link : links[i]) {
      list.push_back(linkToJson(link));
    }
    all[entries[i].slug] = std::move(list);
  }
  writeJsonFile(generation, schema::kLinksFile, all);
}

// anchors[i]: the text around every mention of entries[i] in the other entries.
std::vector<std::vector<std::string>> anchorTexts(
    const std::vector<Entry>& entries, const std::vector<std::vector<LinkSuggestion>>& links) {
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

void writeRelated(const std::vector<Entry>& entries,
                  const std::vector<std::vector<LinkSuggestion>>& links,
                  const Lucene::AnalyzerPtr& analyzer, const LanguageData& language,
                  const std::string& thesaurusPath, const std::string& generation) {
  auto thesaurus = loadCorpusThesaurus(entries, language.normalizer(), thesaurusPath);
  RelatedConcepts related(entries, links, analyzer, &thesaurus->thesaurus);
  nlohmann::json all = nlohmann::json::object();
  for (const Entry& entry : entries) {
    nlohmann::json list = nlohmann::json::array();
    for (const RelatedConcept& item : related.related(entry.slug, schema::kRelatedKept)) {
      list.push_back(relatedToJson(item));
    }
    all[entry.slug] = std::move(list);
  }
  writeJsonFile(generation, schema::kRelatedFile, all);
}

void writeMeta(const std::string& generation, const IndexOptions& options, std::size_t entries) {
  nlohmann::json meta = {{"format", schema::kFormatVersion},
                         {"analysis", options.analysis.name},
                         {"word_list", options.wordListPath},
                         {"entries", entries}};
  std::ofstream out(generation + "/" + schema::kMetaFile);
  out << meta.dump(2) << "\n";
  if (!out.flush()) {
    throw Error(ErrorKind::Io, generation + ": cannot write " + schema::kMetaFile);
  }
}

}  // namespace

IndexReport writeIndex(const std::vector<Entry>& entries, const std::string& indexDir,
                       const IndexOptions& options) {
  if (entries.empty()) {
    throw Error(ErrorKind::InvalidArgument, "the corpus has no entries: nothing to index");
  }
  StagedGeneration staged(indexDir);
  auto language = languageDataForCorpus(entries, options.wordListPath);
  Lucene::AnalyzerPtr analyzer = indexAnalyzer(options.analysis, language);
  IndexReport report;
  report.entries = entries.size();
  auto since = [](std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  auto linkStart = std::chrono::steady_clock::now();
  std::vector<std::vector<LinkSuggestion>> links = suggestLinks(entries, analyzer);
  for (const auto& list : links) {
    report.links += list.size();
  }
  report.linkSeconds = since(linkStart);
  std::vector<std::vector<std::string>> anchors = anchorTexts(entries, links);
  try {
    auto directory = Lucene::FSDirectory::open(wide(staged.path() + "/" + schema::kLuceneFolder));
    auto writer = newLucene<Lucene::IndexWriter>(directory, analyzer, true,
                                                 Lucene::IndexWriter::MaxFieldLengthUNLIMITED);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      writer->addDocument(
          makeDocument(entries[i], analyzer, options.analysis.compounds, anchors[i]));
      if (options.progress && (i + 1) % options.progressEvery == 0) {
        options.progress(i + 1, entries.size());
      }
    }
    writer->optimize();
    writer->close();
  } catch (const Lucene::LuceneException& e) {
    throw Error(ErrorKind::Io, indexDir + ": writing the index failed: " +
                                   Lucene::StringUtils::toUTF8(e.getError()));
  }
  writeLinks(entries, links, staged.path());
  auto relatedStart = std::chrono::steady_clock::now();
  writeRelated(entries, links, analyzer, *language, options.thesaurusPath, staged.path());
  report.relatedSeconds = since(relatedStart);
  writeMeta(staged.path(), options, entries.size());
  staged.publish();
  report.generation = liveGeneration(indexDir);
  return report;
}

}  // namespace querverweis
