#!/usr/bin/python3
"""Whole models: forward-pass time under upytorch and under CPython + PyTorch 1.13.

    /usr/bin/python3 tests/models/gen_models.py          # weights and inputs, once
    /usr/bin/python3 bench/models.py [--upytorch build/upytorch] [-r 3] [-n 5] [-k NAME]

For every model of tests/models (same sizes and inputs as the tests), runs
bench/models/infer.py -r times under each: PyTorch with its default threads, PyTorch
with one thread, upytorch (single-threaded). Each run prints the median of -n
timed forward passes after a warm-up; the table shows the median over runs in
milliseconds and upytorch / PyTorch(1 thread). A second column group is the wall
time of one whole process (start-up, imports, building the model, torch.load,
one forward pass), median of -r runs. Output is a Markdown table.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = "/usr/bin/python3"
SCRIPT = os.path.join(ROOT, "bench", "models", "infer.py")
sys.path.insert(0, os.path.join(ROOT, "tests", "models"))


def run(cmd, name, n, threads=None):
    """(forward ms, process wall seconds) or (None, None) if the run failed."""
    args = [cmd, SCRIPT, name, str(n)] + ([str(threads)] if threads else [])
    t0 = time.perf_counter()
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=1800)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.stderr.write("%s %s failed: %s\n" % (os.path.basename(cmd), name,
                                                 p.stderr.decode()[-300:].strip()))
        return None, None
    return float(p.stdout.split()[-1]), wall


def medians(cmd, name, reps, n, threads=None):
    runs = [run(cmd, name, n, threads) for _ in range(reps)]
    if any(r[0] is None for r in runs):
        return None, None
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def fmt(v, spec="%.1f"):
    return "-" if v is None else spec % v


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--upytorch", default=os.path.join(ROOT, "build", "upytorch"))
    ap.add_argument("-r", dest="reps", type=int, default=3, help="process runs per interpreter")
    ap.add_argument("-n", dest="n", type=int, default=5, help="timed forward passes per run")
    ap.add_argument("-k", dest="pattern", default="", help="only models whose name contains it")
    args = ap.parse_args()
    if not os.access(args.upytorch, os.X_OK):
        sys.exit("bench/models.py: no executable at %s (build it first)" % args.upytorch)
    from gen_models import specs  # the model list, without running anything

    print("| model | PyTorch ms | PyTorch 1 thread ms | upytorch ms | ratio | "
          "PyTorch process s | upytorch process s |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in specs():
        if args.pattern not in name:
            continue
        pt, pt_wall = medians(REFERENCE, name, args.reps, args.n)
        pt1, _ = medians(REFERENCE, name, args.reps, args.n, threads=1)
        up, up_wall = medians(args.upytorch, name, args.reps, args.n)
        ratio = up / pt1 if up is not None and pt1 else None
        print("| %s | %s | %s | %s | %s | %s | %s |" % (
            name, fmt(pt, "%.2f"), fmt(pt1, "%.2f"), fmt(up, "%.2f"), fmt(ratio, "%.2f"),
            fmt(pt_wall, "%.2f"), fmt(up_wall, "%.2f")), flush=True)


if __name__ == "__main__":
    main()
