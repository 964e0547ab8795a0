#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
# check_flatpak.sh SOURCE_DIR
# The Flatpak manifest cannot be built here (no runtime, no network), so what can drift is
# checked: its id is the desktop file's and the metainfo's, its command is the desktop
# file's Exec, its KDE runtime carries the Qt version CMake requires, the SDK matches the
# runtime, the Secret Service and KWallet can be reached (API keys live there), and the
# modules Quorum needs beyond the runtime are built before it, Quorum last.
set -eu
src=$1
manifest=$(ls "$src"/packaging/flatpak/*.yml)
status=0
fail() { echo "FAIL: $*"; status=1; }
value() { sed -n "s/^$1: *'\{0,1\}\([^' #]*\)'\{0,1\}.*/\1/p" "$manifest" | head -n 1; }

id=$(value id)
desktop=$(ls "$src"/packaging/linux/*.desktop)
[ "$id.desktop" = "$(basename "$desktop")" ] || fail "id $id is not the desktop file's name $(basename "$desktop")"
grep -q "<id>$id</id>" "$src"/packaging/linux/*.metainfo.xml.in || fail "the metainfo's <id> is not $id"
exec_cmd=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ "$(value command)" = "$exec_cmd" ] || fail "command $(value command) is not the desktop file's Exec $exec_cmd"
[ "$(value runtime)" = org.kde.Platform ] || fail "runtime is $(value runtime), not org.kde.Platform (KF6 is in it)"
[ "$(value sdk)" = org.kde.Sdk ] || fail "sdk is $(value sdk), not org.kde.Sdk"
qt=$(sed -n 's/.*qt_standard_project_setup(REQUIRES \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
[ "$(value runtime-version)" = "$qt" ] || fail "runtime-version $(value runtime-version) is not the Qt CMake requires ($qt)"
grep -q -- '--talk-name=org.freedesktop.secrets' "$manifest" || fail "no access to the Secret Service"
grep -q -- '--talk-name=org.kde.kwalletd6' "$manifest" || fail "no access to KWallet"
modules=$(sed -n 's/^  - name: *\([^ ]*\).*/\1/p' "$manifest" | tr '\n' ' ')
expected="qtkeychain cmark-gfm quickjs mathjax-full quorum "
[ "$modules" = "$expected" ] || fail "modules are '$modules', expected '$expected'"
# Qt PDF (attachments) is not in the KDE runtime: it comes with the QtWebEngine BaseApp.
[ "$(value base)" = io.qt.qtwebengine.BaseApp ] || fail "base is '$(value base)', not io.qt.qtwebengine.BaseApp (Qt PDF)"
[ "$(value base-version)" = "$qt" ] || fail "base-version $(value base-version) is not the Qt CMake requires ($qt)"
# Quorum finds MathJax where the manifest puts it.
grep -q -- '-DQUORUM_MATHJAX_DIR=/app/share/nodejs/mathjax-full' "$manifest" || fail "QUORUM_MATHJAX_DIR is not /app/share/nodejs/mathjax-full"
grep -q 'mkdir -p /app/share/nodejs/mathjax-full' "$manifest" || fail "mathjax-full is not copied to /app/share/nodejs/mathjax-full"
[ $status -eq 0 ] && echo "flatpak manifest consistent: $id, org.kde.Platform $qt, modules $modules"
exit $status
