"""Prints facts the editor tests expect, read from the schemas (Schemas/*.schema.json), so that the
tests hold no list of their own and follow the schemas when they change. One item a line.

Usage: schema-facts.py REPO suffixes              the file suffixes of the document kinds (x-file-suffixes)
       schema-facts.py REPO areas                 the IPC matrix areas ($defs/matrix-area in vocabulary)
       schema-facts.py REPO missing-areas FILE    the areas FILE's `integration:` does not assess yet
"""
import glob
import json
import re
import sys


def suffixes(repo):
    found = []
    for path in sorted(glob.glob(f"{repo}/Schemas/*.schema.json")):
        with open(path, encoding="utf-8") as schema:
            found += json.load(schema).get("x-file-suffixes", [])
    return found


def areas(repo):
    with open(f"{repo}/Schemas/vocabulary.schema.json", encoding="utf-8") as schema:
        vocabulary = json.load(schema)
    return [option["const"] for option in vocabulary["$defs"]["matrix-area"]["oneOf"]]


def assessed(path):
    """Keys indented by two spaces under a top-level `integration:` (enough for the fixtures)."""
    found, inside = [], False
    with open(path, encoding="utf-8") as document:
        for line in document:
            if re.match(r"^\S", line):
                inside = line.startswith("integration:")
            elif inside and (match := re.match(r"^  ([A-Za-z0-9-]+):", line)):
                found.append(match.group(1))
    return found


def main(argv):
    if len(argv) == 3 and argv[2] == "suffixes":
        items = suffixes(argv[1])
    elif len(argv) == 3 and argv[2] == "areas":
        items = areas(argv[1])
    elif len(argv) == 4 and argv[2] == "missing-areas":
        present = set(assessed(argv[3]))
        items = [area for area in areas(argv[1]) if area not in present]
    else:
        sys.exit(__doc__)
    print("\n".join(sorted(items)))


main(sys.argv)
