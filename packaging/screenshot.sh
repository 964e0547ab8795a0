#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
#
# screenshot.sh OUT.png [--data-dir DIR] [--size WxH] [--delay S] [--lang LL] [-- QUORUM ARGS...]
#
# Starts Quorum on a virtual screen (Xvfb), waits for its window titled "Quorum", and
# writes a PNG of the whole screen. Runs in the build environment: use it through
#   packaging/build-env.sh screenshot OUT.png [options]
# Without --data-dir a fresh temporary directory is used, so your own data is untouched.
# QUORUM_BINARY selects the executable (default: build/dev/quorum).
set -eu

[ $# -ge 1 ] || { echo "usage: $0 OUT.png [--data-dir DIR] [--size WxH] [--delay S] [--lang LL] [-- ARGS]" >&2; exit 2; }
out=$1
shift
data= size=1400x900 delay=1 lang=
while [ $# -gt 0 ]; do
    case "$1" in
    --data-dir) data=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --delay) delay=$2; shift 2 ;;
    --lang) lang=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "screenshot.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
binary=${QUORUM_BINARY:-build/dev/quorum}
[ -x "$binary" ] || { echo "screenshot.sh: $binary is not built" >&2; exit 1; }
if [ -z "$data" ]; then
    data=$(mktemp -d /tmp/quorum-screenshot.XXXXXX)
fi
mkdir -p "$(dirname "$out")"

export QUORUM_SHOT_BINARY="$binary" QUORUM_SHOT_DATA="$data" QUORUM_SHOT_DELAY="$delay" QUORUM_SHOT_OUT="$out"
if [ -n "$lang" ]; then export LANGUAGE="$lang" LC_ALL="$lang.UTF-8"; fi
unset QT_QPA_PLATFORM WAYLAND_DISPLAY
xvfb-run -a -s "-screen 0 ${size}x24 -noreset" sh -eu -c '
    "$QUORUM_SHOT_BINARY" --data-dir "$QUORUM_SHOT_DATA" "$@" &
    pid=$!
    tries=0
    until xwininfo -name Quorum >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ $tries -gt 300 ] || ! kill -0 $pid 2>/dev/null; then
            echo "screenshot.sh: no window titled Quorum appeared" >&2
            kill $pid 2>/dev/null || true
            exit 1
        fi
        sleep 0.1
    done
    sleep "$QUORUM_SHOT_DELAY"
    import -window root "$QUORUM_SHOT_OUT"
    kill $pid
    wait $pid 2>/dev/null || true' sh "$@"
echo "screenshot.sh: wrote $out (data directory $data)"
