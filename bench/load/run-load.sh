#!/usr/bin/env bash
# Load on the bundled glossary's server at 127.0.0.1, keep-alive on, with wrk:
#   bench/load/run-load.sh [--build DIR] [--seconds N] [--connections "64 256"] [--slow N]
# For each route (related, search, links, entry page) and connection count: requests/s,
# latency p50/p99, socket errors and time-outs, and the count of 503 answers (overload). Then
# related pages while N slow clients (default 200) hold connections open, and how long a
# 100 MB POST waits for its 413.
set -euo pipefail
build=build
seconds=20
connections="64 256"
slow=200
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --slow) slow=$2; shift 2 ;;
    *) echo "usage: run-load.sh [--build DIR] [--seconds N] [--connections \"64 256\"] [--slow N]" >&2; exit 2 ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
command -v wrk >/dev/null || { echo "run-load: wrk is missing (make deps-checks)" >&2; exit 1; }
work=$(mktemp -d)
slowpid=
trap 'kill "$server" $slowpid 2>/dev/null || true; rm -rf "$work"' EXIT
"$build/tools/querverweis" index --corpus corpus/praevention-kompakt --index "$work/index" >/dev/null
port=$((20000 + RANDOM % 20000))
"$build/tools/querverweis" serve --index "$work/index" --port "$port" --quiet 2>"$work/server.log" &
server=$!
for _ in $(seq 100); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break
  sleep 0.2
done
base="http://127.0.0.1:$port"
echo "| route | connections | req/s | p50 | p99 | socket errors | time-outs | non-2xx |"
echo "|---|---|---|---|---|---|---|---|"
run() {  # name, connections, wrk arguments...
  local name=$1 conns=$2
  shift 2
  local out
  out=$(wrk -t2 -c"$conns" -d"${seconds}s" --timeout 10s --latency "$@" 2>&1)
  local rps p50 p99 errors timeouts non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8}' <<<"$out")
  timeouts=$(awk '/Socket errors/ {print $NF}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "| $name | $conns | $rps | $p50 | $p99 | ${errors:-0} | ${timeouts:-0} | ${non2xx:-0} |"
}
for conns in $connections; do
  run related "$conns" "$base/api/entries/quartiermanagement/related"
  run search "$conns" -s "$here/search.lua" "$base"
  run links "$conns" -s "$here/links.lua" "$base/api/links"
  run entry "$conns" "$base/api/entries/buergersprechstunde"
done

# Slow clients: each connection sends one byte of a request line a second and never ends it.
hold_slow_clients() {  # count, seconds
  trap '' PIPE
  local fds=() fd
  for _ in $(seq "$1"); do
    exec {fd}<>"/dev/tcp/127.0.0.1/$port" && printf 'G' >&"$fd" && fds+=("$fd")
  done
  for ((t = 0; t < $2; t++)); do
    sleep 1
    for fd in "${fds[@]}"; do printf 'E' >&"$fd" 2>/dev/null || true; done
  done
}
hold_slow_clients "$slow" $((seconds + 5)) &
slowpid=$!
sleep 3
run "related, $slow slow clients held" 8 "$base/api/entries/quartiermanagement/related"
kill "$slowpid" 2>/dev/null || true
slowpid=

# A 100 MB POST is refused by its Content-Length: seconds from sending to the 413, 10 times.
head -c 100000000 /dev/zero >"$work/big"
times=$(for _ in $(seq 10); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Expect:' \
    -H 'Content-Type: application/json' --data-binary @"$work/big" "$base/api/links"
done)
echo
echo "100 MB POST /api/links, 10 times: statuses $(awk '{print $1}' <<<"$times" | sort -u | xargs)," \
  "median $(awk '{print $2}' <<<"$times" | sort -n | sed -n 5p) s, max $(awk '{print $2}' <<<"$times" | sort -n | tail -1) s"
