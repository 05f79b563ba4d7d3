# The two commands of the README: `make serve` and `make test`. Both first install the Debian
# packages the build and the data need (scripts/install-deps.sh, idempotent).
BUILD_DIR ?= build
INDEX ?= var/index
CORPUS ?= corpus/praevention-kompakt
HOST ?= 127.0.0.1
PORT ?= 8080
JOBS ?= $(shell nproc)
QV := $(BUILD_DIR)/tools/querverweis

.PHONY: all deps build index serve test sanitize bench bench-compare fuzz clean screenshots measure-web

all: build

deps:
	./scripts/install-deps.sh

build: deps
	cmake --preset default
	cmake --build $(BUILD_DIR) -j$(JOBS)

index: build
	$(QV) index --corpus $(CORPUS) --index $(INDEX)

serve: index
	$(QV) serve --index $(INDEX) --host $(HOST) --port $(PORT) --web web

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

# Screenshots of every page for the README, taken by the browser tests' own code.
screenshots: build
	tests/web/setup.sh
	QV_SCREENSHOTS=docs/screenshots QV_BUILD_DIR=$(BUILD_DIR) node tests/web/web.test.mjs

# The page's numbers on a large corpus: MEASURE_INDEX=DIR (default: the bundled glossary's index).
MEASURE_INDEX ?= $(INDEX)
measure-web: index
	tests/web/setup.sh
	QV_BUILD_DIR=$(BUILD_DIR) node tests/web/measure.mjs --index $(MEASURE_INDEX)

sanitize: deps
	cmake --preset sanitize
	cmake --build build-sanitize -j$(JOBS)
	ctest --preset sanitize -j$(JOBS)

bench: build
	$(BUILD_DIR)/bench/querverweis_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

# querverweis side by side with Xapian on the German man pages (bench/compare/README.md).
# SCALE is a list of corpus sizes: 1 (945 pages) and 10 (the same ten times); both together take
# about 5 minutes on an idle 2-core machine, plus about a minute to render the pages once.
SCALE ?= 1 10
bench-compare: build
	bench/compare/run-compare.sh --build $(BUILD_DIR) --scale "$(SCALE)"

clean:
	rm -rf $(BUILD_DIR) build-sanitize build-fuzz var

# libFuzzer targets (needs clang, which `make test` does not install).
FUZZ_SOURCES := engine/CorpusReader.cpp engine/MarkdownBody.cpp engine/Utf8.cpp engine/Error.cpp \
	engine/PageImporter.cpp engine/Slug.cpp
fuzz: deps
	mkdir -p build-fuzz
	clang++ -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -I. fuzz/CorpusEntryFuzz.cpp \
		$(FUZZ_SOURCES) -lyaml-cpp -o build-fuzz/corpus_entry_fuzz
	mkdir -p build-fuzz/corpus
	cp tests/data/pages/* corpus/praevention-kompakt/*.md build-fuzz/corpus/
	build-fuzz/corpus_entry_fuzz -max_total_time=60 -max_len=4096 build-fuzz/corpus
