#!/usr/bin/env bash
# Runs test programs of the sanitizer build as whole programs, each split into SHARDS parallel
# shards by GoogleTest's own sharding (ctest's one process per test case would load the German
# language data hundreds of times at sanitizer speed). Prints each shard's failures; exits 1 if
# any shard failed.   scripts/run-sanitized-tests.sh BUILD_DIR SHARDS PROGRAM[:GTEST_FILTER]...
set -euo pipefail
build=$1
shards=$2
shift 2
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
failed=0
for spec in "$@"; do
  program=${spec%%:*}
  filter='*'
  if [ "$spec" != "$program" ]; then
    filter=${spec#*:}
  fi
  pids=()
  for ((shard = 0; shard < shards; shard++)); do
    GTEST_TOTAL_SHARDS=$shards GTEST_SHARD_INDEX=$shard \
      "$build/tests/$program" --gtest_brief=1 --gtest_filter="$filter" \
      >"$logs/$program-$shard.log" 2>&1 &
    pids+=($!)
  done
  for ((shard = 0; shard < shards; shard++)); do
    if wait "${pids[$shard]}"; then
      echo "sanitized: $program shard $shard of $shards: $(grep -E '^\[  PASSED  \]' "$logs/$program-$shard.log")"
    else
      echo "sanitized: $program shard $shard of $shards FAILED:"
      tail -n 80 "$logs/$program-$shard.log"
      failed=1
    fi
  done
done
exit $failed
