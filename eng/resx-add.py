#!/usr/bin/env python3
"""Append or replace entries in a .resx pair (neutral Chinese, .en English) from 'name | zh | en' lines."""
# Usage: printf "Key | 中文 | English\n" | eng/resx-add.py modules/X/Resources/XResource
import sys, html, re
base = sys.argv[1]
rows = [l.rstrip('\n').split(' | ') for l in sys.stdin if l.strip()]
for r in rows: assert len(r) == 3, r
for path, idx in ((base + '.resx', 1), (base + '.en.resx', 2)):
    s = open(path, encoding='utf-8').read()
    for r in rows:
        entry = f'  <data name="{r[0]}" xml:space="preserve"><value>{html.escape(r[idx], quote=False)}</value></data>'
        pat = re.compile(r'  <data name="' + re.escape(r[0]) + r'" xml:space="preserve"><value>.*?</value></data>')
        if pat.search(s):
            s = pat.sub(lambda m: entry, s)
        else:
            s = s.replace('</root>', entry + '\n</root>')
    open(path, 'w', encoding='utf-8').write(s)
