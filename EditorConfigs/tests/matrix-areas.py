"""Prints the IPC matrix areas, one a line, as the schemas define them (Schemas/vocabulary.schema.json,
$defs/matrix-area), so the editor tests expect what the server reads, without a list of their own.

Usage: matrix-areas.py REPO                       every area
       matrix-areas.py REPO --missing-from FILE   the areas FILE's `integration:` does not assess yet
"""
import json
import re
import sys


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
    everything = areas(argv[1])
    if len(argv) == 4 and argv[2] == "--missing-from":
        present = set(assessed(argv[3]))
        everything = [area for area in everything if area not in present]
    elif len(argv) != 2:
        sys.exit(__doc__)
    print("\n".join(sorted(everything)))


main(sys.argv)
