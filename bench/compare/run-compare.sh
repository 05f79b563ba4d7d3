#!/usr/bin/env bash
# Runs the side-by-side benchmark of querverweis and Xapian and prints its table (README.md here).
#
#   bench/compare/run-compare.sh [--build DIR] [--scale "1 10"]
#
# Steps, all below DIR/bench-compare (DIR defaults to build):
#   manpages/   the German man pages rendered to text (render-manpages.sh; cached)
#   corpus/     corpus-1x.jsonl, corpus-10x.jsonl, heldout.jsonl (make_compare_corpus, every run)
#   queries.tsv the query set, made from corpus-1x.jsonl (make_compare_queries)
#   results/Nx/ one JSON report per engine and phase, each phase in a process of its own:
#               index, search (open, a warm-up pass, a timed pass), links (querverweis only)
# and finally compare_summary prints a Markdown table per scale (also saved as summary.md).
set -euo pipefail

build=build
scales=1
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --scale) scales=$2; shift 2 ;;
    *) echo "usage: run-compare.sh [--build DIR] [--scale \"1 10\"]" >&2; exit 2 ;;
  esac
done

here=$(cd "$(dirname "$0")" && pwd)
tools=$build/bench/compare
work=$build/bench-compare
for tool in make_compare_corpus make_compare_queries xapian_driver querverweis_driver \
  compare_summary; do
  if [ ! -x "$tools/$tool" ]; then
    echo "run-compare: $tools/$tool is missing: build with Xapian installed" \
      "(scripts/install-deps.sh, then cmake --build $build)" >&2
    exit 1
  fi
done

# $EPOCHREALTIME must use a dot, whatever the caller's locale.
export LC_ALL=C.UTF-8
started=$SECONDS

"$here/render-manpages.sh" "$work/manpages"

for scale in $scales; do
  "$tools/make_compare_corpus" "$work/manpages/text" "$work/corpus" --copies "$scale"
done
"$tools/make_compare_queries" "$work/corpus/corpus-1x.jsonl" "$work/queries.tsv"

run_scale() {
  local scale=$1
  local corpus=$work/corpus/corpus-${scale}x.jsonl
  local results=$work/results/${scale}x
  local index=$work/index-${scale}x
  rm -rf "$results" "$index"
  mkdir -p "$results" "$index"
  echo "run-compare: scale ${scale}×: indexing ($(du -h "$corpus" | cut -f1) of JSON Lines)" >&2
  "$tools/xapian_driver" index "$corpus" "$index/xapian" >"$results/xapian-index.json"
  "$tools/querverweis_driver" index "$corpus" "$index/querverweis" \
    >"$results/querverweis-index.json"
  echo "run-compare: scale ${scale}×: searching" >&2
  "$tools/xapian_driver" search "$index/xapian" "$work/queries.tsv" \
    --hits "$results/xapian-hits.tsv" --started-at "$EPOCHREALTIME" >"$results/xapian-search.json"
  "$tools/querverweis_driver" search "$index/querverweis" "$work/queries.tsv" \
    --hits "$results/querverweis-hits.tsv" --started-at "$EPOCHREALTIME" \
    >"$results/querverweis-search.json"
  echo "run-compare: scale ${scale}×: cross-links over held-out pages" >&2
  "$tools/querverweis_driver" links "$index/querverweis" "$work/corpus/heldout.jsonl" \
    --started-at "$EPOCHREALTIME" >"$results/querverweis-links.json"
  echo "{\"scale\": $scale}" >"$results/run.json"
}

dirs=()
for scale in $scales; do
  run_scale "$scale"
  dirs+=("$work/results/${scale}x")
done

"$tools/compare_summary" "${dirs[@]}" | tee "$work/results/summary.md"
echo
echo "run-compare: done in $((SECONDS - started)) s; reports in $work/results" >&2
