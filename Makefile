# The two commands of the README: `make serve` and `make test`. Both first install the Debian
# packages the build and the data need (scripts/install-deps.sh, idempotent).
BUILD_DIR ?= build
INDEX ?= var/index
CORPUS ?= corpus/praevention-kompakt
HOST ?= 127.0.0.1
PORT ?= 8080
JOBS ?= $(shell nproc)
QV := $(BUILD_DIR)/tools/querverweis

.PHONY: all deps deps-checks format-check sanitize-build build index serve test sanitize bench bench-compare load fuzz clean screenshots measure-web

all: build

deps:
	./scripts/install-deps.sh

# What the checks beyond `make test` need as well: clang with libFuzzer, clang-format.
deps-checks:
	./scripts/install-deps.sh --checks

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

# The test programs and the fuzz targets under AddressSanitizer + UndefinedBehaviorSanitizer
# (clang). Each program runs as a whole, in JOBS shards (scripts/run-sanitized-tests.sh);
# SANITIZED_TESTS may narrow a program to a GoogleTest filter ("tools_tests:Http*").
SANITIZED_TESTS ?= analyzers_tests engine_tests tools_tests
FUZZ_TARGETS := corpus_entry_fuzz analysis_fuzz engine_query_fuzz links_request_fuzz \
  jsonl_corpus_fuzz damaged_index_fuzz
sanitize-build: deps-checks
	cmake --preset sanitize
	cmake --build build-sanitize -j$(JOBS) --target querverweis \
	  $(foreach program,$(SANITIZED_TESTS),$(firstword $(subst :, ,$(program)))) $(FUZZ_TARGETS)

sanitize: sanitize-build
	rm -rf build-sanitize/tests/indexes
	build-sanitize/tools/querverweis index --corpus $(CORPUS) \
	  --index build-sanitize/tests/indexes/bundled > /dev/null
	scripts/run-sanitized-tests.sh build-sanitize $(JOBS) $(foreach program,$(SANITIZED_TESTS),'$(program)')

bench: build
	$(BUILD_DIR)/bench/querverweis_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

# querverweis side by side with Xapian on the German man pages (bench/compare/README.md).
# SCALE is a list of corpus sizes: 1 (945 pages) and 10 (the same ten times); both together take
# about 5 minutes on an idle 2-core machine, plus about a minute to render the pages once.
SCALE ?= 1 10
bench-compare: build
	bench/compare/run-compare.sh --build $(BUILD_DIR) --scale "$(SCALE)"

# Every C++ source formatted as .clang-format says; lists the files that are not.
format-check: deps-checks
	git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

# The server under load with wrk on 127.0.0.1 (bench/load/run-load.sh; LOAD_SECONDS per run).
LOAD_SECONDS ?= 20
load: build deps-checks
	bench/load/run-load.sh --build $(BUILD_DIR) --seconds $(LOAD_SECONDS)

clean:
	rm -rf $(BUILD_DIR) build-sanitize var

# libFuzzer targets (fuzz/README.md) in the sanitizer build: FUZZ_SECONDS per target.
FUZZ_SECONDS ?= 60
fuzz: sanitize-build
	fuzz/run.sh build-sanitize $(FUZZ_SECONDS)
