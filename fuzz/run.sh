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
# One index of the glossary for every target that needs one; each works on a copy of its own.
export QV_FUZZ_INDEX="$build/fuzz-corpus/bundled-index"
rm -rf "$QV_FUZZ_INDEX"
"$build/tools/querverweis" index --corpus corpus/praevention-kompakt --index "$QV_FUZZ_INDEX" >/dev/null
run corpus_entry_fuzz 8192 "$(seed_corpus corpus_entry_fuzz "${glossary[@]}" tests/data/pages/*)"
run analysis_fuzz 1024 "$(seed_corpus analysis_fuzz "${glossary[@]:0:40}" fuzz/seeds/query/*)"
run engine_query_fuzz 1024 "$(seed_corpus engine_query_fuzz fuzz/seeds/query/*)"
run links_request_fuzz 2048 "$(seed_corpus links_request_fuzz fuzz/seeds/links-request/*)"
run jsonl_corpus_fuzz 4096 "$(seed_corpus jsonl_corpus_fuzz fuzz/seeds/jsonl/*)"
# Damage seeds: file number, mode (0 flip, 1 truncate, 2 delete, 3 replace), then its arguments.
damage="$build/fuzz-corpus/damaged_index_fuzz"
mkdir -p "$damage"
for file in 0 1 2 3 4 5 6 7 8 9; do
  printf "\\x0$file\\x00\\x10\\x00\\x00\\x00\\x01" >"$damage/flip-$file"
  printf "\\x0$file\\x01\\x08\\x00\\x00\\x00" >"$damage/truncate-$file"
  printf "\\x0$file\\x02" >"$damage/delete-$file"
done
run damaged_index_fuzz 256 "$damage"
