#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
# Builds the `bench` preset (Release) and runs every benchmark. Run it in the build
# environment: packaging/build-env.sh exec tests/bench/run.sh
set -eu
cd "$(dirname "$0")/../.."
[ -f build/bench/build.ninja ] || cmake --preset bench >/dev/null
cmake --build --preset bench --target quorum quorum-fakeprovider bench_sseparser bench_bedrock bench_storage bench_compare bench_router bench_export bench_experiment >/dev/null
echo "== $(nproc) cores, $(uname -r), $(date -u +%Y-%m-%d)"
echo "== SSE parser (tests/bench/bench_sseparser.cpp)"
build/bench/tests/bench/bench_sseparser
echo "== Bedrock: event-stream decoding and SigV4 (tests/bench/bench_bedrock.cpp)"
build/bench/tests/bench/bench_bedrock
echo "== quorum ask end to end (tests/bench/bench_ask.sh)"
sh tests/bench/bench_ask.sh build/bench
echo "== one long answer, 25,000 to 200,000 deltas (tests/bench/bench_stream_scale.sh; the Node SDK if \$QUORUM_NODE_SDK)"
sh tests/bench/bench_stream_scale.sh build/bench 5 "${QUORUM_NODE_SDK:-}"
echo "== storage (tests/bench/bench_storage.cpp; about 4 GB of disk in \$TMPDIR)"
build/bench/tests/bench/bench_storage
echo "== the main window (tests/bench/bench_compare.cpp, tests/bench/bench_startup.sh)"
build/bench/tests/bench/bench_compare stream --seconds 30 2>/dev/null
build/bench/tests/bench/bench_compare open --turns 2000 2>/dev/null
build/bench/tests/bench/bench_compare list --conversations 100000 2>/dev/null
sh tests/bench/bench_startup.sh build/bench
echo "== the router (tests/bench/bench_router.cpp)"
build/bench/tests/bench/bench_router
echo "== export (tests/bench/bench_export.cpp)"
build/bench/tests/bench/bench_export
echo "== experiments (tests/bench/bench_experiment.cpp)"
build/bench/tests/bench/bench_experiment runner 2>/dev/null
build/bench/tests/bench/bench_experiment grid 2>/dev/null
