#!/usr/bin/env python3
"""Interleaved A/B of two coursec binaries on one command: what a change
bought, measured so that a busy machine slows both sides alike.

Runs A, B, B, A, A, B, … (ABBA order cancels a drift in the machine's load),
each run of a build into a folder never used, and prints for each side the
median wall time, the median CPU time (user + system: the steadier number
on a shared machine) and the median peak memory, then B / A for each.

usage: bench-ab.py A_BIN B_BIN [--runs 10] -- ARGS...
ARGS are coursec's arguments; `{out}` in them becomes a fresh folder.
example: scripts/bench-ab.py /tmp/coursec-before .build/release/coursec --runs 12 -- check bench/corpus-4
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run(argv):
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"bench-ab: {' '.join(argv)} exited with {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    if "--" not in sys.argv:
        sys.exit(__doc__)
    split = sys.argv.index("--")
    parser = argparse.ArgumentParser()
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args(sys.argv[1:split])
    rest = sys.argv[split + 1:]
    scratch = tempfile.mkdtemp(prefix="coursec-ab-", dir=os.environ.get("COURSEC_AB_SCRATCH"))
    samples = {"A": [], "B": []}
    try:
        order = []
        for pair in range(args.runs):
            order += ["A", "B"] if pair % 2 == 0 else ["B", "A"]
        for n, side in enumerate(["A", "B"] + order):  # one warm-up each
            binary = args.a if side == "A" else args.b
            argv = [binary] + [part.replace("{out}", os.path.join(scratch, f"out-{n}")) for part in rest]
            sample = run(argv)
            if n >= 2:
                samples[side].append(sample)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    med = {side: [statistics.median(s[i] for s in samples[side]) for i in range(3)] for side in samples}
    print(f"{' '.join(rest)}  ({args.runs} runs each, interleaved)")
    print(f"{'':4}{'wall s':>10}{'CPU s':>10}{'peak MiB':>10}")
    for side in ("A", "B"):
        wall, cpu, peak = med[side]
        print(f"{side:4}{wall:10.3f}{cpu:10.3f}{peak:10.0f}")
    ratio = [med["B"][i] / med["A"][i] for i in range(3)]
    print(f"{'B/A':4}{ratio[0]:10.3f}{ratio[1]:10.3f}{ratio[2]:10.3f}")


if __name__ == "__main__":
    main()
