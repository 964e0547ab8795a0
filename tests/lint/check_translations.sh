#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
# check_translations.sh SOURCE_DIR BUILD_DIR
# Fails when a .ts file has unfinished or empty translations, or when running lupdate
# over the sources would change a .ts file (a string was added or changed without
# `cmake --build BUILD_DIR --target update_translations`). The .ts files are restored.
set -eu
src=$1 build=$2
status=0
tmp=$(mktemp -d)
trap 'cp "$tmp"/*.ts "$src/translations/"; rm -rf "$tmp"' EXIT
cp "$src"/translations/*.ts "$tmp/"

for ts in "$src"/translations/*.ts; do
    if grep -n 'type="unfinished"' "$ts"; then
        echo "FAIL: $(basename "$ts") has unfinished translations (above)"
        status=1
    fi
done

cmake --build "$build" --target update_translations >"$tmp/lupdate.log" 2>&1 || {
    cat "$tmp/lupdate.log"
    echo "FAIL: lupdate did not run"
    exit 1
}
for ts in "$tmp"/*.ts; do
    if ! diff -u "$ts" "$src/translations/$(basename "$ts")"; then
        echo "FAIL: $(basename "$ts") is out of date: run cmake --build $build --target update_translations"
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations complete and up to date: $(ls "$src"/translations/*.ts | wc -l) file(s)"
exit $status
