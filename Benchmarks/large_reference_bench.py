#!/usr/bin/env python3
"""Times an edit of a small open strategy that names a large hypothesis set on disk (stdlib only).

    python3 Benchmarks/large_reference_bench.py --binary .build/release/commissioning-ls [--megabytes 60] [--edits 20]

The set is not open, so every check of the strategy follows its reference to the disk. Prints,
for each edit (`didChange` → `publishDiagnostics` of that version), the time in milliseconds,
then the median and the largest, and the server's peak resident memory.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import LSPClient  # noqa: E402

STRATEGY = ("kind: commissioning-strategy\ntitle: T\npopulation: Older people\nhypotheses: large.hypotheses.yaml\n"
            "future-services:\n  - {service: S, change: new, hypotheses: [H1, H2]}\n")


def write_large_set(path, megabytes):
    words = "in a locality where community support is thin and carers are stretched " * 12
    with open(path, "w", encoding="utf-8") as out:
        out.write("kind: hypothesis-set\ntitle: Large\npopulation: Older people\naims: [fewer admissions]\nhypotheses:\n")
        written, index = 0, 0
        while written < megabytes << 20:
            index += 1
            item = ("  - id: H%d\n    statement: Investing in reablement %d %swill reduce admissions to residential care.\n"
                    "    test: Compare admissions before and after.\n" % (index, index, words))
            out.write(item)
            written += len(item)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--megabytes", type=int, default=60)
    parser.add_argument("--edits", type=int, default=20)
    arguments = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="large-reference-")
    try:
        write_large_set(os.path.join(folder, "large.hypotheses.yaml"), arguments.megabytes)
        strategy = os.path.join(folder, "a.strategy.yaml")
        with open(strategy, "w", encoding="utf-8") as out:
            out.write(STRATEGY)
        uri = "file://" + strategy
        client = LSPClient([os.path.abspath(arguments.binary), "--stdio"])
        client.initialize(folder)
        client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": STRATEGY}})
        client.diagnostics(uri, version=1, timeout=300)
        times = []
        for version in range(2, arguments.edits + 2):
            text = STRATEGY + "# edit %d\n" % version
            started = time.perf_counter_ns()
            client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]})
            _, when = client.diagnostics(uri, version=version, timeout=300)
            times.append((when - started) / 1e6)
        _, peak = client.memory()
        client.shutdown()
        print("edits (ms):", " ".join("%.1f" % t for t in times))
        print("median %.1f ms, largest %.1f ms, peak resident %.0f MB" % (statistics.median(times), max(times), peak))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
