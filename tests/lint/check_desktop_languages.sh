#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
# check_desktop_languages.sh SOURCE_DIR
# Every language Quorum speaks (translations/quorum_LANG.ts, English aside) is spoken by its
# menu entry and software-centre page too: the .desktop file has GenericName, Comment and
# Keywords in it, the metainfo a summary and a description paragraph.
set -eu
src=$1
desktop=$(ls "$src"/packaging/linux/*.desktop)
metainfo=$(ls "$src"/packaging/linux/*.metainfo.xml.in)
status=0
checked=
for ts in "$src"/translations/quorum_*.ts; do
    lang=$(basename "$ts" .ts)
    lang=${lang#quorum_}
    [ "$lang" = en ] && continue
    for key in GenericName Comment Keywords; do
        grep -q "^$key\[$lang\]=" "$desktop" || { echo "FAIL: $(basename "$desktop") has no $key[$lang]"; status=1; }
    done
    grep -q "<summary xml:lang=\"$lang\">" "$metainfo" || { echo "FAIL: the metainfo has no summary in $lang"; status=1; }
    grep -q "<p xml:lang=\"$lang\">" "$metainfo" || { echo "FAIL: the metainfo has no description in $lang"; status=1; }
    checked="$checked $lang"
done
[ $status -eq 0 ] && echo "desktop file and metainfo translated:$checked"
exit $status
