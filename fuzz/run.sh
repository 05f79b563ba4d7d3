#!/usr/bin/env bash
# Runs every libFuzzer target of a `fuzz` preset build for a fixed time each, starting from the
# bundled glossary's files and the seeds in fuzz/seeds. Usage: fuzz/run.sh BUILD_DIR SECONDS
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-fuzz}
seconds=${2:-60}

seed_corpus() {  # target, then the seed files to copy into its working corpus
  local dir="$build/fuzz-corpus/$1"
  shift
  mkdir -p "$dir"
  cp "$@" "$dir/"
  echo "$dir"
}

run() {  # target, max input length, working corpus
  echo "fuzz: $1 for ${seconds}s"
  # A crash, a leak, a time-out or an out-of-memory input fails the run and is kept in
  # $build/fuzz-artifacts for `$build/fuzz/$1 FILE` to reproduce.
  mkdir -p "$build/fuzz-artifacts"
  local log="$build/fuzz-artifacts/$1.log" status=0
  "$build/fuzz/$1" -max_total_time="$seconds" -max_len="$2" -timeout=20 -rss_limit_mb=3072 \
    -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$1-" "$3" >"$log" 2>&1 || status=$?
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY)' "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 60 "$log"
    echo "fuzz: $1 failed (exit $status), log in $log" >&2
    exit 1
  fi
}

glossary=(corpus/praevention-kompakt/*.md)
run corpus_entry_fuzz 8192 "$(seed_corpus corpus_entry_fuzz "${glossary[@]}" tests/data/pages/*)"
run analysis_fuzz 1024 "$(seed_corpus analysis_fuzz "${glossary[@]:0:40}" fuzz/seeds/query/*)"
run engine_query_fuzz 1024 "$(seed_corpus engine_query_fuzz fuzz/seeds/query/*)"
