#!/usr/bin/env python3
"""Records the machine a benchmark run is on (stdlib only): cores, CPU model, RAM, load average
before and after, Swift version, commit. Updates OUT/results/machine.json.

    python3 Benchmarks/machine.py --out Benchmarks/out --phase before|after
"""

import argparse
import json
import os
import subprocess


def first_line(argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=60).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--phase", choices=["before", "after"], required=True)
    args = parser.parse_args()
    path = os.path.join(args.out, "results", "machine.json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    machine = {}
    if args.phase == "after" and os.path.exists(path):
        with open(path) as f:
            machine = json.load(f)
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    if args.phase == "before":
        cpu = None
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            total_kb = int(next(line for line in f if line.startswith("MemTotal")).split()[1])
        machine = {"cores": os.cpu_count(), "cpu": cpu, "ram_gib": total_kb / 1024 / 1024, "load_before": load,
                   "swift": first_line(["swift", "--version"]), "node": first_line(["node", "--version"]),
                   "commit": first_line(["git", "rev-parse", "--short", "HEAD"])}
    else:
        machine["load_after"] = load
    with open(path, "w") as f:
        json.dump(machine, f, indent=1)


if __name__ == "__main__":
    main()
