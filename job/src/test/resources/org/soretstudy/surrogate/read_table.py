"""An independent reader of a soret-study table folder, from its documented layout alone (contract section 4),
with the standard library only: prints one JSON object {"axes": {name: [values]}, "shape": [...],
OUTPUT: [value per grid point or null], OUTPUT + "_error": [bound per cell or null]}."""
import json
import math
import os
import struct
import sys

folder = sys.argv[1]
with open(os.path.join(folder, "table.json"), encoding="utf-8") as f:
    table = json.load(f)
shape = [len(a["values"]) for a in table["axes"]]
points = math.prod(shape)
cells = math.prod(n - 1 for n in shape)


def read_f64(name, count):
    with open(os.path.join(folder, name), "rb") as f:
        data = f.read()
    if len(data) != 8 * count:
        raise SystemExit("%s: %d bytes, expected %d" % (name, len(data), 8 * count))
    return [None if math.isnan(v) else v for v in struct.unpack("<%dd" % count, data)]


result = {"axes": {a["name"]: a["values"] for a in table["axes"]}, "shape": shape}
for out in table["outputs"]:
    result[out["name"]] = read_f64(out["file"], points)
    result[out["name"] + "_error"] = read_f64(out["error_file"], cells)
print(json.dumps(result))
