#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
#
# check_install.sh BUILD-DIR APP-ID SIZE...: installs the build into a scratch prefix and
# checks the desktop integration is where the XDG specifications say, icons at their sizes.
set -eu
build=$1 id=$2
shift 2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
DESTDIR="$root" cmake --install "$build" --prefix /usr >/dev/null
fail=0
need() {
    if [ ! -s "$root/usr/$1" ]; then
        echo "missing: /usr/$1"
        fail=1
    fi
}
need bin/quorum
need bin/quorum-window
need "share/applications/$id.desktop"
need "share/metainfo/$id.metainfo.xml"
need "share/icons/hicolor/scalable/apps/$id.svg"
for size in "$@"; do
    png="share/icons/hicolor/${size}x${size}/apps/$id.png"
    need "$png"
    if [ -s "$root/usr/$png" ]; then
        got=$(identify -format '%wx%h' "$root/usr/$png")
        if [ "$got" != "${size}x${size}" ]; then
            echo "wrong size: /usr/$png is $got"
            fail=1
        fi
    fi
done
# Nothing of the tests, benchmarks or build tools is installed.
extra=$(cd "$root/usr" && find . -type f | grep -v -e '^./bin/quorum$' -e '^./bin/quorum-window$' -e '^./share/applications/' \
    -e '^./share/metainfo/' -e '^./share/icons/hicolor/' || true)
if [ -n "$extra" ]; then
    echo "installed but not part of Quorum:"
    echo "$extra"
    fail=1
fi
[ "$fail" -eq 0 ] && echo "install layout ok: $(cd "$root/usr" && find . -type f | wc -l) files"
exit "$fail"
