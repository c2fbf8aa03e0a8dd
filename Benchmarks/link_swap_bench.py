#!/usr/bin/env python3
"""Counts `lint` runs whose output shows an outside file while a link is switched (stdlib only).

    python3 Benchmarks/link_swap_bench.py BINARY RUNS

`flip.hypotheses.yaml` is switched by atomic rename, on a thread, between a hypothesis set inside
the workspace and one outside it whose id is a marker; a strategy names it. Prints how many of
RUNS runs of `BINARY lint` printed the marker (anything but 0 is a leak).
"""
import os, subprocess, sys, tempfile, threading, shutil
binary, runs = sys.argv[1], int(sys.argv[2])
base = tempfile.mkdtemp(prefix="lint-race-")
ws, out = os.path.join(base, "ws"), os.path.join(base, "out")
os.makedirs(os.path.join(ws, "real")); os.makedirs(out); os.makedirs(os.path.join(ws, ".git"))
open(os.path.join(ws, "real/inside.hypotheses.yaml"), "w").write("kind: hypothesis-set\ntitle: Inside\npopulation: P\naims: [x]\nhypotheses:\n  - {id: INSIDE-1, statement: S.}\n")
open(os.path.join(out, "secret.hypotheses.yaml"), "w").write("kind: hypothesis-set\ntitle: MARKER\npopulation: P\naims: [x]\nhypotheses:\n  - {id: OUTSIDE-MARKER, statement: S.}\n")
open(os.path.join(ws, "a.strategy.yaml"), "w").write("kind: commissioning-strategy\ntitle: T\npopulation: P\nhypotheses: flip.hypotheses.yaml\nfuture-services:\n  - {service: S, change: new, hypotheses: [NOPE-1]}\n")
link, tmp = os.path.join(ws, "flip.hypotheses.yaml"), os.path.join(ws, ".flip-tmp")
targets = [os.path.join(ws, "real/inside.hypotheses.yaml"), os.path.join(out, "secret.hypotheses.yaml")]
os.symlink(targets[0], link)
stop = False
def flip():
    turn = 0
    while not stop:
        turn += 1
        try: os.unlink(tmp)
        except FileNotFoundError: pass
        os.symlink(targets[turn % 2], tmp); os.rename(tmp, link)
thread = threading.Thread(target=flip); thread.start()
leaked = 0
try:
    for _ in range(runs):
        r = subprocess.run([binary, "lint"], cwd=ws, capture_output=True, text=True)
        if "OUTSIDE-MARKER" in r.stdout + r.stderr: leaked += 1
finally:
    stop = True; thread.join(); shutil.rmtree(base)
print("%d of %d lint runs showed the outside file" % (leaked, runs))
