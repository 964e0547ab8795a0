#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
# Start of the window to its first paint, and resident memory when idle, on the
# offscreen platform (no compositor). The first run warms the page cache; then 5 runs,
# median. Usage: bench_startup.sh BUILD_DIR [CONVERSATIONS]: with CONVERSATIONS, the data
# directory holds that many stored conversations (bench_compare seed), else it is empty.
# Each figure comes with the floor's, measured alternately in the same run: bench_floor, an
# empty window on the same Qt modules, shows what Qt and the system cost before any of
# Quorum's code runs. Then the median of each phase Quorum marks on the way (StartupReporter::
# mark: main reached, application made, database open, services ready, window built, shown).
set -eu
build=${1:-build/bench}
count=${2:-0}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if [ "$count" -gt 0 ]; then
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_compare" seed "$dir" --conversations "$count" >/dev/null
fi
# run PROGRAM PREFIX: start to first paint in ms, and idle resident MiB, of one start.
run() {
    start=$(date +%s%3N)
    QT_QPA_PLATFORM=offscreen QUORUM_STARTUP_REPORT=exit "$1" --data-dir "$dir" 2>"$dir/err" >/dev/null
    painted=$(sed -n "s/^$2: first paint at \([0-9]*\) ms.*/\1/p" "$dir/err")
    rss=$(sed -n "s/^$2: idle after 3 s, resident \([0-9.]*\) MiB/\1/p" "$dir/err")
    echo "$((painted - start)) $rss"
    sed -n "s/^$2: \(.*\) at \([0-9]*\) ms since the epoch.*/\1|\2/p" "$dir/err" \
        | awk -F'|' -v start="$start" '{ printf "%s|%d\n", $1, $2 - start }' >>"$dir/phases-$2.txt"
}
# median: the middle of the numbers on standard input, one per line.
median() {
    sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
summary() {
    cut -d' ' -f1 "$2" | sort -n >"$dir/ms"
    printf "  %s: start to first paint (warm page cache): median %d ms (min %d, max %d); idle resident memory median %s MiB\n" \
        "$1" "$(median <"$dir/ms")" "$(head -1 "$dir/ms")" "$(tail -1 "$dir/ms")" "$(cut -d' ' -f2 "$2" | median)"
}
# The median of each phase Quorum marked, in the order it marks them, ms after the start.
phases() {
    line="  Quorum phases (median ms after the start):"
    for phase in $(cut -d'|' -f1 "$1" | tr ' ' '_' | awk '!seen[$0]++'); do
        line="$line $(echo "$phase" | tr '_' ' ') $(tr ' ' '_' <"$1" | grep "^$phase|" | cut -d'|' -f2 | median),"
    done
    echo "${line%,}"
}
# The floor (bench_floor: an empty window on the same Qt modules, nothing of Quorum) runs
# alternately with the window, so both see the same machine at the same moment.
floor="$build/tests/bench/bench_floor"
run "$build/quorum-window" quorum >/dev/null
[ -x "$floor" ] && run "$floor" floor >/dev/null
rm -f "$dir/phases-quorum.txt" "$dir/phases-floor.txt" # the warm-up's
for i in 1 2 3 4 5; do
    run "$build/quorum-window" quorum >>"$dir/quorum.txt"
    [ -x "$floor" ] && run "$floor" floor >>"$dir/floor.txt"
done
summary "Quorum" "$dir/quorum.txt"
[ -x "$floor" ] && summary "empty Qt window (the floor)" "$dir/floor.txt"
phases "$dir/phases-quorum.txt"
[ "$count" -gt 0 ] && echo "  (with $count conversations stored)"
true
