#!/usr/bin/env bash
# Installs the built library into a scratch prefix, builds tests/consumer against it with
# find_package, and runs it: it must find the entry and see an Error for an empty query.
set -euo pipefail
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build_dir" --prefix "$work/prefix" > /dev/null
cmake -S "$(dirname "$0")" -B "$work/build" -DCMAKE_PREFIX_PATH="$work/prefix" > /dev/null
cmake --build "$work/build" > /dev/null
mkdir "$work/corpus"
output=$(LD_LIBRARY_PATH="$work/prefix/lib" "$work/build/consumer" "$work/corpus")
echo "$output"
[ "$output" = "$(printf 'buergersprechstunde\nerror: invalid_argument')" ]
