#!/usr/bin/env python3
"""Moves the unfinished messages of a Qt .ts file out to JSON and the translations back in.

    ts_unfinished.py export translations/pamoja_fr.ts todo-fr.json
    (fill in every "translation": a string, or a list of forms for "numerus" messages)
    ts_unfinished.py import translations/pamoja_fr.ts todo-fr.json

Only messages marked type="unfinished" are exported; import refuses an entry that is still empty.
Import rewrites the XML in its own spelling; run the lupdate command of docs/translations.md afterwards
and the file is back in lupdate's canonical form (checked: a no-op import + lupdate gives no diff).
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def unfinished(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                yield name, msg, tr


def key(context, msg):
    return (context, msg.findtext("source"), msg.findtext("comment") or "")


def export(ts, out):
    _, root = load(ts)
    items = []
    for context, msg, _tr in unfinished(root):
        items.append({
            "context": context,
            "source": msg.findtext("source"),
            "comment": msg.findtext("comment") or "",
            "numerus": msg.get("numerus") == "yes",
            "translation": ["", ""] if msg.get("numerus") == "yes" else "",
        })
    with open(out, "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
    print(f"{len(items)} unfinished messages written to {out}")


def import_(ts, src):
    tree, root = load(ts)
    with open(src, encoding="utf-8") as f:
        done = {(i["context"], i["source"], i.get("comment", "")): i for i in json.load(f)}
    count = 0
    for context, msg, tr in unfinished(root):
        item = done.get(key(context, msg))
        if item is None:
            continue
        value = item["translation"]
        forms = value if isinstance(value, list) else [value]
        if not all(isinstance(v, str) and v.strip() for v in forms):
            sys.exit(f"empty translation for {context}: {item['source']!r}")
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if msg.get("numerus") == "yes":
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = forms[0]
        del tr.attrib["type"]
        count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    # lupdate writes a DOCTYPE line that ElementTree drops; put it back so diffs stay small.
    with open(ts, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(ts, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{count} translations imported into {ts}")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("export", "import"):
        sys.exit(__doc__)
    (export if sys.argv[1] == "export" else import_)(sys.argv[2], sys.argv[3])
