#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
#
# Quorum's build environment: installs what is missing, builds, tests, runs.
#
#   packaging/build-env.sh run [QUORUM ARGS...]   build (dev preset) and start Quorum
#   packaging/build-env.sh test                   build and run every test (release, asan, fuzz, deb)
#   packaging/build-env.sh deb                    build the release preset and its .deb (CPack)
#   packaging/build-env.sh screenshot OUT.png [--data-dir DIR] [--size WxH] [--delay S]
#   packaging/build-env.sh setup                  only make the environment ready
#   packaging/build-env.sh exec CMD [ARGS...]     run a command in the environment
#   packaging/build-env.sh shell                  an interactive shell in the environment
#
# Where the host's package manager has Qt 6.8 and KF6 (Debian 13, Ubuntu 25.04+) the
# packages in packaging/debian-packages.txt are installed natively. Otherwise (Debian 12)
# a Debian 13 root is made once with mmdebstrap, outside the checkout, reused while the
# package list is unchanged (a hash of the list is kept in its stamp file) and brought up
# to date when it changes. Every build, test and app command then runs inside that root,
# with the checkout, $HOME and /tmp bound at the same paths.
# On other systems (Fedora, Arch, ...) install the packages listed in the README and the
# commands run natively.
#
# Environment: QUORUM_ROOT (default /var/cache/quorum/debian13-root),
# QUORUM_ENV=auto|native|root (default auto), QUORUM_TEST_PRESETS (default "release asan fuzz"),
# QUORUM_TEST_DEB=0 to leave out the package test (which installs the .deb into a fresh
# Debian 13 root with packaging/test-deb.sh: needs root or sudo, and mmdebstrap).
set -eu

SRC=$(cd "$(dirname "$0")/.." && pwd)
PKGLIST="$SRC/packaging/debian-packages.txt"
ROOT=${QUORUM_ROOT:-/var/cache/quorum/debian13-root}
MODE=${QUORUM_ENV:-auto}
SUITE=trixie

say() { printf '%s\n' "quorum-env: $*" >&2; }
die() { say "error: $*"; exit 1; }

packages() { packages_lines | tr '\n' ' '; }
packages_lines() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' -e 's/[[:space:]]//g' "$PKGLIST"; }
list_hash() { packages_lines | sha256sum | cut -d' ' -f1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else die "this step needs root (or sudo): $*"; fi
}

# --- choosing the route ---------------------------------------------------------------
all_installed_natively() {
    command -v dpkg-query >/dev/null 2>&1 || return 1
    for p in $(packages_lines); do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || return 1
    done
}

apt_has_candidates() {
    # Qt 6.8+ and KF6 are the packages older distributions lack.
    cand=$(apt-cache policy libkf6syntaxhighlighting-dev 2>/dev/null | sed -n 's/^ *Candidate: *//p')
    [ -n "$cand" ] && [ "$cand" != "(none)" ] || return 1
    qt=$(apt-cache policy qt6-base-dev 2>/dev/null | sed -n 's/^ *Candidate: *//p')
    [ -n "$qt" ] && [ "$qt" != "(none)" ] || return 1
    dpkg --compare-versions "$qt" ge 6.8 2>/dev/null
}

choose_route() {
    case "$MODE" in
    native | root) echo "$MODE"; return ;;
    auto) ;;
    *) die "QUORUM_ENV must be auto, native or root" ;;
    esac
    if ! command -v apt-get >/dev/null 2>&1; then echo native; return; fi
    if all_installed_natively; then echo native; return; fi
    if apt_has_candidates; then echo native; return; fi
    # A new machine has no package lists: refresh once before deciding.
    if [ -f /etc/os-release ] && . /etc/os-release && [ "${ID:-}" = debian ] && [ "${VERSION_ID:-99}" -lt 13 ] 2>/dev/null; then
        echo root; return
    fi
    as_root apt-get update -qq >&2 || true
    if apt_has_candidates; then echo native; else echo root; fi
}

# --- native route --------------------------------------------------------------------
setup_native() {
    command -v apt-get >/dev/null 2>&1 || return 0 # Fedora, Arch: see the README
    all_installed_natively && return 0
    say "installing the build dependencies with apt-get"
    as_root apt-get update -qq
    # shellcheck disable=SC2046
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(packages)
}

# --- Debian 13 root route ------------------------------------------------------------
setup_root() {
    as_root mkdir -p "$(dirname "$ROOT")"
    want=$(list_hash)
    if [ -f "$ROOT/.quorum-stamp" ] && [ "$(cat "$ROOT/.quorum-stamp")" = "$want" ]; then
        return 0
    fi
    # Serialise concurrent set-ups (two terminals, CI and a developer).
    if [ -w "$(dirname "$ROOT")" ]; then
        exec 9>"$ROOT.lock"
        flock 9
    fi
    if [ -f "$ROOT/.quorum-stamp" ] && [ "$(cat "$ROOT/.quorum-stamp")" = "$want" ]; then
        return 0
    fi
    if [ ! -d "$ROOT/usr" ]; then
        if ! command -v mmdebstrap >/dev/null 2>&1; then
            say "installing mmdebstrap on the host"
            as_root apt-get install -y -qq mmdebstrap >/dev/null 2>&1 ||
                { as_root apt-get update -qq && as_root apt-get install -y -qq mmdebstrap; }
        fi
        say "making a Debian 13 root in $ROOT (once; about a minute)"
        tmp="$ROOT.new"
        as_root rm -rf "$tmp"
        as_root mmdebstrap --variant=apt --include="$(packages_lines | paste -sd, -)" \
            --aptopt='APT::Install-Recommends "false"' "$SUITE" "$tmp"
        as_root mv "$tmp" "$ROOT"
    else
        say "the package list changed: updating the Debian 13 root"
        # shellcheck disable=SC2046
        in_root_as_root sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends $(packages)"
    fi
    printf '%s\n' "$want" | as_root tee "$ROOT/.quorum-stamp" >/dev/null
    say "root ready: $(as_root du -sh "$ROOT" 2>/dev/null | cut -f1)"
}

# Runs "$@" inside the root with private mounts that vanish when the command ends.
# $1 = uid:gid to run as (or "root").
enter_root() {
    user=$1
    shift
    home=${HOME:-/root}
    as_root unshare --mount --propagation private sh -eu -c '
        root=$1 src=$2 home=$3 user=$4
        shift 4
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --rbind /sys "$root/sys"
        mount --rbind /tmp "$root/tmp"
        bindto() { [ -d "$1" ] || return 0; mkdir -p "$root$1"; mount --rbind "$1" "$root$1"; }
        [ "$home" = / ] || bindto "$home"
        bindto "$src"
        cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        if [ "$user" = root ]; then exec chroot "$root" "$@"; fi
        exec chroot --userspec="$user" "$root" "$@"' \
        quorum-env "$ROOT" "$SRC" "$home" "$user" \
        env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME="$home" USER="${USER:-root}" LANG=C.UTF-8 TERM="${TERM:-dumb}" \
        ${DISPLAY:+DISPLAY="$DISPLAY"} ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} \
        ${WAYLAND_DISPLAY:+WAYLAND_DISPLAY="$WAYLAND_DISPLAY"} \
        ${CI:+CI="$CI"} ${QUORUM_DATA_DIR:+QUORUM_DATA_DIR="$QUORUM_DATA_DIR"} \
        ${QT_QPA_PLATFORM:+QT_QPA_PLATFORM="$QT_QPA_PLATFORM"} \
        CCACHE_DIR="${CCACHE_DIR:-$home/.cache/quorum-ccache}" CCACHE_BASEDIR="$SRC" CCACHE_NOHASHDIR=1 \
        XDG_RUNTIME_DIR="/tmp/quorum-runtime-$(id -u)" \
        "$@"
}
in_root_as_root() { enter_root root "$@"; }
in_root() { enter_root "$(id -u):$(id -g)" "$@"; }

# --- commands -------------------------------------------------------------------------
# Builds the release preset and packs it; prints the .deb's path.
build_deb() {
    run_env "$(build_preset release) >&2; cd build/release && rm -f quorum_*.deb && cpack -G DEB >&2" >&2
    ls "$SRC"/build/release/quorum_*.deb
}

ROUTE=
setup() {
    [ -f "$PKGLIST" ] || die "missing $PKGLIST"
    ROUTE=$(choose_route)
    if [ "$ROUTE" = native ]; then setup_native; else setup_root; fi
}

# Runs a shell snippet in the chosen environment, in the checkout.
run_env() {
    mkdir -p "/tmp/quorum-runtime-$(id -u)" && chmod 700 "/tmp/quorum-runtime-$(id -u)"
    if [ "$ROUTE" = native ]; then
        (cd "$SRC" && XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/quorum-runtime-$(id -u)} \
            CCACHE_DIR="${CCACHE_DIR:-${HOME:-/root}/.cache/quorum-ccache}" CCACHE_BASEDIR="$SRC" CCACHE_NOHASHDIR=1 \
            sh -eu -c "$@")
    else
        in_root sh -eu -c "cd '$SRC' && $1" sh "$@"
    fi
}

build_preset() {
    # Configure only when the build tree is missing: ninja re-runs CMake itself.
    printf '[ -f build/%s/build.ninja ] || cmake --preset %s; cmake --build --preset %s' "$1" "$1" "$1"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
setup)
    setup
    say "ready ($ROUTE)"
    ;;
run)
    setup
    args=
    for a in "$@"; do args="$args '$(printf '%s' "$a" | sed "s/'/'\\\\''/g")'"; done
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        run_env "$(build_preset dev) && exec build/dev/quorum-window $args"
    else
        say "no display: starting Quorum on a virtual screen (Xvfb); use 'screenshot' to see it"
        run_env "$(build_preset dev) && exec xvfb-run -a -s '-screen 0 1400x900x24 -noreset' build/dev/quorum-window $args"
    fi
    ;;
test)
    setup
    # release: the configuration that ships (and that the .deb below is packed from), with
    # every test; asan: every test again with warnings as errors under the sanitizers and
    # Q_ASSERT. dev is the developer's build; CI leaves it out to stay inside 30 minutes on
    # two cores, as it adds nothing the two do not check.
    presets=${QUORUM_TEST_PRESETS:-release asan fuzz}
    script=
    # One simple command after another under sh -e: a failing build or ctest stops the
    # run. (It was one && chain whose "[ -f ... ] || cmake --preset" let a failed ctest
    # through to the next preset: an asan failure once passed CI that way.)
    # Each preset's time is printed, to keep an eye on the 30-minute budget of CI.
    for p in $presets; do
        script="$script started=\$(date +%s); $(build_preset "$p"); ctest --preset $p;"
        script="$script echo \"== $p: built and tested in \$((\$(date +%s) - started)) s\";"
    done
    run_env "$script true"
    if [ "${QUORUM_TEST_DEB:-1}" != 0 ]; then
        started=$(date +%s)
        deb=$(build_deb)
        sh "$SRC/packaging/test-deb.sh" "$deb"
        say "deb: built and tested in $(($(date +%s) - started)) s"
    fi
    ;;
deb)
    setup
    build_deb
    ;;
screenshot)
    [ $# -ge 1 ] || die "usage: $0 screenshot OUT.png [--data-dir DIR] [--size WxH] [--delay S]"
    setup
    out=$(realpath -m "$1")
    shift
    run_env "$(build_preset dev) && packaging/screenshot.sh '$out' $*"
    ;;
exec)
    [ $# -ge 1 ] || die "usage: $0 exec CMD [ARGS...]"
    setup
    if [ "$ROUTE" = native ]; then (cd "$SRC" && "$@"); else in_root sh -c 'cd "$0" && exec "$@"' "$SRC" "$@"; fi
    ;;
shell)
    setup
    if [ "$ROUTE" = native ]; then (cd "$SRC" && exec "${SHELL:-sh}"); else in_root sh -c 'cd "$0" && exec bash' "$SRC"; fi
    ;;
*)
    sed -n '5,12p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
