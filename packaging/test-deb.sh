#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
#
# test-deb.sh QUORUM.deb: installs the package with apt into a fresh, minimal Debian 13 root
# (nothing of the build root: only what the package's dependencies bring) and runs Quorum
# there: --version, --help, and a command that opens its SQLite database. Needs root (or
# sudo) and mmdebstrap; the pristine root is made once and kept as a tarball, downloaded
# packages are kept too, so later runs need no more than a minute.
set -eu
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: $0 QUORUM.deb" >&2; exit 2; }
deb=$(realpath "$1")
cache=${QUORUM_CACHE:-/var/cache/quorum}
pristine="$cache/debian13-minimal.tar"
archives="$cache/apt-archives"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

command -v mmdebstrap >/dev/null 2>&1 || as_root apt-get install -y -qq mmdebstrap >/dev/null
as_root mkdir -p "$cache" "$archives/partial"
if [ ! -f "$pristine" ]; then
    echo "test-deb: making a minimal Debian 13 root (once)" >&2
    as_root mmdebstrap --quiet --variant=apt trixie "$cache/debian13-minimal.new.tar" &&
        as_root mv "$cache/debian13-minimal.new.tar" "$pristine"
fi
scratch=$(as_root mktemp -d /tmp/quorum-deb-test.XXXXXX)
trap 'as_root rm -rf "$scratch"' EXIT
as_root tar -C "$scratch" -xf "$pristine"
as_root cp "$deb" "$scratch/tmp/quorum.deb"
as_root unshare --mount --propagation private sh -eu -c '
    root=$1 archives=$2
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --bind "$archives" "$root/var/cache/apt/archives"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 sh -eu -c "
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/quorum.deb >/dev/null
        echo \"test-deb: installed \$(dpkg-query -W -f=\"\\\${Package} \\\${Version}, \\\${Installed-Size} KiB\" quorum)\"
        quorum --version
        quorum --help | head -n 3
        # The SQLite driver is a plugin dpkg-shlibdeps cannot see: opening the database proves it is there.
        QUORUM_DATA_DIR=/tmp/quorum-data quorum history --json >/dev/null
        test -s /tmp/quorum-data/quorum.db
        # export runs in quorum-window, which quorum starts in its place: its libraries are installed too.
        quorum-window --version
        QUORUM_DATA_DIR=/tmp/quorum-data quorum export --all --format json >/dev/null
        for f in /usr/share/applications/io.github.quorum_app.Quorum.desktop \
                 /usr/share/metainfo/io.github.quorum_app.Quorum.metainfo.xml \
                 /usr/share/icons/hicolor/scalable/apps/io.github.quorum_app.Quorum.svg; do
            test -s \"\$f\"
        done
        echo test-deb: ok
    "' test-deb "$scratch" "$archives"
