#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
# check_latin1.sh DIR...
# Fails when a Latin-1 literal ("..."_L1, '.'_L1, QLatin1String("..."),
# QLatin1StringView("..."), QLatin1Char('.')) in the C++ sources under DIR holds a byte above
# 0x7F. The sources are UTF-8, so such a literal's bytes would be read as Latin-1 and every
# non-ASCII character would come out as two or three wrong ones (an em dash as "â"): write
# u"..."_s (QString) or u'.' (QChar) instead. Prints each offending line as FILE:LINE: TEXT.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 DIR..." >&2; exit 2; }
# Bytes, not characters: [\x80-\xff] is any byte of a UTF-8 sequence.
export LC_ALL=C
body='(?:[^"\\\n]|\\.)*[\x80-\xff](?:[^"\\\n]|\\.)*'
char='(?:[^'"'"'\\\n]|\\.)*[\x80-\xff](?:[^'"'"'\\\n]|\\.)*'
pattern="\"$body\"_L1\\b|'$char'_L1\\b|QLatin1(?:String|StringView)\\s*[({]\\s*\"$body\"|QLatin1Char\\s*[({]\\s*'$char'"
hits=$(find "$@" -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z \
    | xargs -0 -r grep -HnP -- "$pattern" || true)
if [ -n "$hits" ]; then
    printf '%s\n' "$hits"
    echo "FAIL: a Latin-1 literal above holds non-ASCII bytes; use u\"...\"_s or u'.' instead"
    exit 1
fi
echo "OK: no Latin-1 literal holds a byte above 0x7F"
