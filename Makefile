# The two commands of the README: `make serve` and `make test`. Both first install the Debian
# packages the build and the data need (scripts/install-deps.sh, idempotent).
BUILD_DIR ?= build
INDEX ?= var/index
CORPUS ?= corpus/praevention-kompakt
HOST ?= 127.0.0.1
PORT ?= 8080
JOBS ?= $(shell nproc)
QV := $(BUILD_DIR)/tools/querverweis

.PHONY: all deps build index serve test sanitize bench eval clean

all: build

deps:
	./scripts/install-deps.sh

build: deps
	cmake --preset default
	cmake --build $(BUILD_DIR) -j$(JOBS)

index: build
	$(QV) index --corpus $(CORPUS) --index $(INDEX)

serve: index
	$(QV) serve --index $(INDEX) --host $(HOST) --port $(PORT)

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

sanitize: deps
	cmake --preset sanitize
	cmake --build build-sanitize -j$(JOBS)
	ctest --preset sanitize -j$(JOBS)

bench: build
	$(BUILD_DIR)/bench/querverweis_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

clean:
	rm -rf $(BUILD_DIR) build-sanitize var
