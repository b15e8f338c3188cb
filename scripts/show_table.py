#!/usr/bin/env python3
"""Print chosen fields of a vector file as a table.

show_table.py FILE [--sort FIELD] [--layer NAME] FIELD [FIELD ...]
"""

import sys

from osgeo import ogr


def main():
    args = sys.argv[1:]
    path = args.pop(0)
    sort = layer_name = None
    while args and args[0].startswith("--"):
        opt = args.pop(0)
        if opt == "--sort":
            sort = args.pop(0)
        elif opt == "--layer":
            layer_name = args.pop(0)
    fields = args
    ds = ogr.Open(path)
    if ds is None:
        sys.exit(f"cannot open {path}")
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    feats = list(layer)
    if sort:
        feats.sort(key=lambda f: (f.GetField(sort) is None, f.GetField(sort)))
    rows = [[f.GetField(n) for n in fields] for f in feats]
    text = [[("%.2f" % v) if isinstance(v, float) else str(v) for v in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in text)) if text else len(h) for i, h in enumerate(fields)]
    print("  ".join(h.ljust(w) for h, w in zip(fields, widths)))
    for r in text:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths)))
    print(f"({len(rows)} features, styled output in {path})")


if __name__ == "__main__":
    main()
