// The Lucene++ headers the project uses, in one place: LuceneHeaders.h leaves out the token
// attributes, CharFolder and DisjunctionMaxQuery, which every analysis and query file needs.
#pragma once

#include <lucene++/LuceneHeaders.h>
#include <lucene++/CharFolder.h>
#include <lucene++/DisjunctionMaxQuery.h>
#include <lucene++/OffsetAttribute.h>
#include <lucene++/PositionIncrementAttribute.h>
#include <lucene++/TermAttribute.h>
#include <lucene++/TypeAttribute.h>
