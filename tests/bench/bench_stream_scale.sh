#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
#
# bench_stream_scale.sh BUILD_DIR [RUNS] [NODE_SDK_DIR]: one answer of N deltas sent without
# pause by the fake provider, read by `curl -N`, by `quorum ask --json` (storing, and with
# --no-store) and, when NODE_SDK_DIR holds `npm install openai` (a scratch folder, never the
# repository), by the official OpenAI SDK on Node, for N = 25,000 to 200,000, in one run.
# Reports median wall time (process start to exit), quorum's peak resident memory, and
# the cost per 1,000 deltas (flat when the path is linear).
set -eu
build=${1:?usage: bench_stream_scale.sh BUILD_DIR [RUNS] [NODE_SDK_DIR]}
runs=${2:-5}
sdk=${3:-}
port=$((20000 + $$ % 10000))
data=$(mktemp -d)
"$build/quorum-fakeprovider" --port "$port" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
sleep 0.5
q="$build/quorum --data-dir $data"
FAKE_KEY=k $q providers add bench --kind openai --base-url "http://127.0.0.1:$port/v1" --api-key-env FAKE_KEY >/dev/null
export FAKE_KEY=k

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# Runs "$@" and prints "WALL_US PEAK_KB": the peak is the process's VmHWM, read from /proc
# until it exits (sampled every 5 ms; the high-water mark only grows).
measure() {
    t0=$(now)
    "$@" >"$data/out" 2>/dev/null &
    pid=$!
    peak=0
    while kill -0 "$pid" 2>/dev/null; do
        hwm=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2>/dev/null || true)
        [ -n "$hwm" ] && peak=$hwm
        sleep 0.005
    done
    wait "$pid" || true
    t1=$(now)
    echo "$(((t1 - t0) / 1000)) $peak"
}

if [ -n "$sdk" ]; then
    cat >"$data/sdk.mjs" <<JS
import OpenAI from '$sdk/node_modules/openai/index.mjs';
const client = new OpenAI({ apiKey: 'k', baseURL: 'http://127.0.0.1:$port/v1' });
const stream = await client.chat.completions.create({ model: process.argv[2], stream: true,
    stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'go' }] });
let text = '';
for await (const chunk of stream) { text += chunk.choices[0]?.delta?.content ?? ''; }
process.stdout.write(JSON.stringify({ length: text.length }) + '\n');
JS
fi

printf '%8s %10s %12s %10s %12s %10s %12s %10s\n' deltas "curl ms" "ask ms" "x curl" "peak MB" "no-store" "node ms" "ask/node"
for n in 25000 50000 100000 200000; do
    model="fake+deltas=$n"
    body="{\"model\":\"$model\",\"stream\":true,\"stream_options\":{\"include_usage\":true},\"messages\":[{\"role\":\"user\",\"content\":\"go\"}]}"
    : >"$data/c" >"$data/q" >"$data/m" >"$data/n" >"$data/s"
    for _ in $(seq "$runs"); do
        measure curl -sN -o /dev/null -H 'Content-Type: application/json' -d "$body" \
            "http://127.0.0.1:$port/v1/chat/completions" | cut -d' ' -f1 >>"$data/c"
        r=$(measure $q ask --json --target "bench/$model" go)
        grep -q '"status":"ok"' "$data/out" || { echo "quorum ask failed: $(head -c 300 "$data/out")"; exit 1; }
        echo "$r" | cut -d' ' -f1 >>"$data/q"
        echo "$r" | cut -d' ' -f2 >>"$data/m"
        measure $q ask --json --no-store --target "bench/$model" go | cut -d' ' -f1 >>"$data/s"
        if [ -n "$sdk" ]; then
            measure node "$data/sdk.mjs" "$model" | cut -d' ' -f1 >>"$data/n"
        else
            echo 0 >>"$data/n"
        fi
    done
    awk -v n="$n" -v c="$(median <"$data/c")" -v q="$(median <"$data/q")" -v m="$(median <"$data/m")" \
        -v s="$(median <"$data/s")" -v nd="$(median <"$data/n")" 'BEGIN {
        printf "%8d %10.0f %12.0f %9.2fx %12.1f %10.0f %12s %10s\n", n, c / 1000, q / 1000, q / c, m / 1024, s / 1000,
            (nd > 0) ? sprintf("%.0f", nd / 1000) : "-", (nd > 0) ? sprintf("%.2fx", q / nd) : "-"
    }'
done
echo "(median of $runs runs; per 1,000 deltas: ask ms / (deltas / 1000) is flat when linear)"
