#!/usr/bin/env python3
"""Fills the plural forms of translations/pamoja_en.ts from the English sources.

Sources write plurals as "%n idea(s)"; English needs "%n idea" and "%n ideas". Run after
`lupdate -pluralonly ... -ts translations/pamoja_en.ts`. Messages already finished are kept.
"""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {"entries": ("entry", "entries"), "entry(ies)": ("entry", "entries"), "person(s)": ("person", "people")}


def forms(source):
    one, many = source, source
    for word, (s, p) in IRREGULAR.items():
        one, many = one.replace(word, s), many.replace(word, p)
    one = re.sub(r"\((?:s|es)\)", "", one)
    many = re.sub(r"\((s|es)\)", r"\1", many)
    return one, many


path = sys.argv[1] if len(sys.argv) > 1 else "translations/pamoja_en.ts"
tree = ET.parse(path)
for msg in tree.iter("message"):
    if msg.get("numerus") != "yes":
        continue
    tr = msg.find("translation")
    if tr.get("type") not in ("unfinished", None) or (tr.get("type") is None and all(f.text for f in tr)):
        continue
    one, many = forms(msg.find("source").text)
    for f in list(tr):
        tr.remove(f)
    for text in (one, many):
        ET.SubElement(tr, "numerusform").text = text
    tr.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
