#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
# check_format.sh CLANG_FORMAT SOURCE_DIR: fails when a C++ file differs from .clang-format.
set -eu
cd "$2"
files=$(git ls-files -- 'app/*.cpp' 'app/*.h' 'app/*.h.in' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h' 2>/dev/null ||
    find app ui tests -name '*.cpp' -o -name '*.h')
[ -n "$files" ] || { echo "no files to check"; exit 1; }
# shellcheck disable=SC2086
"$1" --dry-run --Werror $files
echo "$(echo "$files" | wc -w) files formatted"
