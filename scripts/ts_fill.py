"""List or fill the unfinished entries of a translation catalogue (i18n/*.ts).

    python3 scripts/ts_fill.py ru                  # the unfinished texts of _ru.ts, as JSON
    python3 scripts/ts_fill.py ru translations.json

translations.json maps a source text to its translation ({"Districts": "Районы"}), or, for a
text that reads differently in two contexts, "context|source" to it; a plural text
(%n) maps to the list of its forms (Russian: one, few, many). Every unfinished entry whose
text is mapped is filled and marked finished; run scripts/update_translations.sh afterwards
(it rewrites the catalogue in pylupdate5's layout and compiles the .qm).
"""

import json
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main(lang, mapping_path=None):
    path = os.path.join(ROOT, "i18n", "territorial_clusters_{}.ts".format(lang))
    tree = ET.parse(path)
    mapping = {}
    if mapping_path:
        with open(mapping_path, encoding="utf-8") as f:
            mapping = json.load(f)
    todo, filled = {}, 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            value = mapping.get("{}|{}".format(name, source), mapping.get(source))
            if value is None:
                todo["{}|{}".format(name, source)] = ""
                continue
            if message.get("numerus") == "yes":
                for form in list(tr):
                    tr.remove(form)
                for text in value if isinstance(value, list) else [value]:
                    ET.SubElement(tr, "numerusform").text = text
            else:
                tr.text = value
            del tr.attrib["type"]
            filled += 1
    if mapping_path:
        tree.write(path, encoding="utf-8", xml_declaration=True)
        print("{}: {} filled, {} unfinished".format(os.path.basename(path), filled, len(todo)), file=sys.stderr)
    print(json.dumps(todo, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(*sys.argv[1:3])
