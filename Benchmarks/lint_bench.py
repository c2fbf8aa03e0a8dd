#!/usr/bin/env python3
"""Times `commissioning-ls lint` and check-jsonschema on the same documents (stdlib only).

    python3 Benchmarks/lint_bench.py --binary PATH --check-jsonschema PATH --out Benchmarks/out [--quick]

For each tool: wall time (median of several runs), MB/s, MB/s per core (MB/s divided by the
machine's cores, since lint uses every core) and per CPU-second, peak resident memory
(getrusage of the child: ru_maxrss), on the corpus and on the 100 / 1,000 / 10,000-line
documents. check-jsonschema takes one schema per run, so it runs once per kind (with the kind's
self-contained schema, as `commissioning-ls schema KIND` prints it) and its times are added up.
With valgrind installed, also the instructions `lint` executes per size (callgrind), which do not
depend on the machine's load: the basis of the growth statement.
Results go to OUT/results/lint.json.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

KINDS = ("strategy", "hypotheses", "mps", "framework")
SIZES = (100, 1000, 10000)


def run(argv, cwd):
    """Runs argv; returns (wall seconds, CPU seconds, peak RSS MB, exit status)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, process.returncode


def files_of(folder, kind=None):
    found = []
    for root, _, names in os.walk(folder):
        for name in names:
            if name.endswith(".yaml") and (kind is None or name.endswith(".%s.yaml" % kind)):
                found.append(os.path.join(root, name))
    return sorted(found)


def measure(commands, cwd, repeats, total_bytes):
    """Runs the commands (one after the other, as one measurement) `repeats` times."""
    walls, cpus, peaks, statuses = [], [], [], set()
    for _ in range(repeats):
        wall = cpu = peak = 0.0
        for argv in commands:
            w, c, p, status = run(argv, cwd)
            wall, cpu, peak = wall + w, cpu + c, max(peak, p)
            statuses.add(status)
        walls.append(wall)
        cpus.append(cpu)
        peaks.append(peak)
    wall = statistics.median(walls)
    cpu = statistics.median(cpus)
    megabytes = total_bytes / 1e6
    return {"wall_s": wall, "cpu_s": cpu, "runs": repeats, "mb": megabytes, "mb_per_s": megabytes / wall,
            "mb_per_s_per_core": megabytes / wall / os.cpu_count(), "mb_per_cpu_s": megabytes / cpu if cpu else None,
            "peak_rss_mb": max(peaks), "exit_statuses": sorted(statuses), "wall_runs": walls}


def ours(binary, paths):
    return [[binary, "lint", "--format", "json"] + paths]


def theirs(check_jsonschema, schemas, paths_by_kind):
    return [[check_jsonschema, "--schemafile", os.path.join(schemas, "%s.schema.json" % kind)] + paths
            for kind, paths in paths_by_kind.items() if paths]


def instructions(binary, folder, out):
    """Instructions executed by `lint FOLDER`, counted by callgrind (independent of machine load)."""
    log = os.path.join(out, "results", "callgrind.log")
    target = os.path.join(out, "results", "callgrind.out")
    subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + target, "--log-file=" + log,
                    binary, "lint", "--format", "json", folder], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(log) as f:
        match = re.search(r"Collected : (\d+)", f.read())
    return int(match.group(1)) if match else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--check-jsonschema", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    out = os.path.abspath(args.out)
    schemas = os.path.join(out, "schemas")
    repeats = 2 if args.quick else 5
    peer_repeats = 1 if args.quick else 3
    results = {"cores": os.cpu_count()}

    corpus = os.path.join(out, "corpus")
    paths = files_of(corpus)
    total = sum(os.path.getsize(p) for p in paths)
    relative = [os.path.relpath(p, corpus) for p in paths]
    by_kind = {kind: [p for p in relative if p.endswith(".%s.yaml" % kind)] for kind in KINDS}
    print("[lint] corpus: %d documents, %.1f MB" % (len(paths), total / 1e6), file=sys.stderr)
    results["corpus"] = {"documents": len(paths), "bytes": total,
                         "ours": measure(ours(args.binary, ["."]), corpus, repeats, total),
                         "check-jsonschema": measure(theirs(args.check_jsonschema, schemas, by_kind), corpus, peer_repeats, total)}

    results["sizes"] = {}
    for size in SIZES:
        folder = os.path.join(out, "sizes", "L%d" % size)
        sized = [os.path.basename(p) for p in files_of(folder)]
        size_bytes = sum(os.path.getsize(os.path.join(folder, p)) for p in sized)
        lines = sum(open(os.path.join(folder, p), encoding="utf-8").read().count("\n") for p in sized)
        print("[lint] %d lines" % size, file=sys.stderr)
        entry = {"documents": len(sized), "bytes": size_bytes, "lines": lines,
                 "ours": measure(ours(args.binary, ["."]), folder, repeats * 2, size_bytes),
                 "check-jsonschema": measure(theirs(args.check_jsonschema, schemas, {k: [p for p in sized if p.endswith(".%s.yaml" % k)] for k in KINDS}),
                                             folder, peer_repeats, size_bytes)}
        if shutil.which("valgrind"):
            entry["ours"]["instructions"] = instructions(args.binary, folder, out)
        results["sizes"][str(size)] = entry
    with open(os.path.join(out, "results", "lint.json"), "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
