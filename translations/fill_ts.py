#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Quorum authors
"""fill_ts.py TS JSON: fills translations in a Qt .ts file from {source: translation or [plural forms]}.

After changing strings: cmake --build build/dev --target update_translations, list what is
unfinished, write the translations into a JSON file, run this, then update_translations again
(lint_translations fails while a .ts file has unfinished strings)."""
import json, sys, xml.etree.ElementTree as ET
ts, mapping = sys.argv[1], json.load(open(sys.argv[2], encoding='utf-8'))
tree = ET.parse(ts)
missing = []
for msg in tree.getroot().iter('message'):
    src = msg.find('source').text
    tr = msg.find('translation')
    if src not in mapping:
        if tr.get('type') == 'unfinished':
            missing.append(src)
        continue
    val = mapping[src]
    tr.attrib.pop('type', None)
    if msg.get('numerus') == 'yes':
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in val:
            ET.SubElement(tr, 'numerusform').text = form
    else:
        tr.text = val
ET.indent(tree, space='    ')
with open(ts, 'wb') as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding='utf-8', xml_declaration=False)
    f.write(b'\n')
for m in missing:
    print('MISSING:', repr(m))
