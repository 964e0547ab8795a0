#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
#
# bench_ask.sh BUILD_DIR [RUNS]: `quorum ask` against `curl -N` reading the same stream
# from the fake provider on loopback, in the same run, in two shapes:
#   burst: 20,000 deltas written as fast as the server can (client throughput)
#   paced: 500 deltas, one every 2 ms (what a fast real provider looks like)
# Reports medians of wall time (process start to exit for both) and of time to first
# token: quorum's ttft_ms (request sent -> first decoded token) against curl's time to the
# first byte plus, for the paced stream, the one pacing gap before the first text event.
set -eu
build=${1:?usage: bench_ask.sh BUILD_DIR [RUNS]}
runs=${2:-9}
port=$((20000 + $$ % 10000))
data=$(mktemp -d)
"$build/quorum-fakeprovider" --port "$port" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
sleep 0.5
q="$build/quorum --data-dir $data"
$q providers add bench --kind openai --base-url "http://127.0.0.1:$port/v1" >/dev/null

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

scenario() { # NAME MODEL GAP_MS
    name=$1 model=$2 gap=$3
    body="{\"model\":\"$model\",\"stream\":true,\"stream_options\":{\"include_usage\":true},\"messages\":[{\"role\":\"user\",\"content\":\"go\"}]}"
    : >"$data/cw" >"$data/ct" >"$data/qw" >"$data/qt"
    for _ in $(seq "$runs"); do
        t0=$(now)
        curl -sN -o /dev/null -w '%{time_starttransfer}\n' -H 'Content-Type: application/json' -d "$body" \
            "http://127.0.0.1:$port/v1/chat/completions" | awk '{printf "%.3f\n", $1 * 1000}' >>"$data/ct"
        t1=$(now)
        echo $(((t1 - t0) / 1000)) >>"$data/cw"
        t0=$(now)
        $q ask --json --target "bench/$model" go >"$data/out.json"
        t1=$(now)
        echo $(((t1 - t0) / 1000)) >>"$data/qw"
        grep -q '"status":"ok"' "$data/out.json" || { echo "quorum ask failed: $(cat "$data/out.json")"; exit 1; }
        sed -n 's/.*"ttft_ms":\([0-9]*\).*/\1/p' "$data/out.json" >>"$data/qt"
    done
    size=$(curl -sN -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/v1/chat/completions" | wc -c)
    echo "-- $name: $model, $size bytes, median of $runs runs"
    awk -v cw="$(median <"$data/cw")" -v qw="$(median <"$data/qw")" -v ct="$(median <"$data/ct")" \
        -v qt="$(median <"$data/qt")" -v gap="$gap" 'BEGIN {
        printf "   wall   curl -N %8.1f ms   quorum ask %8.1f ms   %.2fx, +%.1f ms\n", cw / 1000, qw / 1000, qw / cw, (qw - cw) / 1000
        printf "   first  curl byte+gap %5.1f ms   quorum token %6.1f ms   +%.1f ms\n", ct + gap, qt, qt - ct - gap
    }'
}

scenario burst "fake+deltas=20000" 0
scenario paced "fake+deltas=500+delay=2" 2
