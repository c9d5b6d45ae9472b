#!/usr/bin/python3
"""Per-op overhead: torch.add under upytorch and under CPython + PyTorch 1.13.

    /usr/bin/python3 bench/simple_add.py [--upytorch build/upytorch] [-r 5] [--no-callgrind]

For tensors of 1 and 1024 float32 elements, `torch.add(a, b, out=a)` and
`a = torch.add(a, b)`, N = 10000 and 100000 iterations: ns per iteration (median
of -r runs) under each, and the ratio. Then instructions per iteration counted by
valgrind's callgrind as (I(2N) - I(N)) / N with N = 3000, which cancels start-up
and is repeatable on a busy machine.
"""
import argparse
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = "/usr/bin/python3"
SCRIPT = os.path.join(ROOT, "bench", "ops", "add.py")
CASES = [(form, size) for size in (1, 1024) for form in ("out", "new")]


def ns_per_iter(cmd, form, size, n):
    p = subprocess.run([cmd, SCRIPT, form, str(size), str(n)], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=1800)
    if p.returncode != 0:
        sys.stderr.write("%s failed: %s\n" % (cmd, p.stderr.decode()[-300:]))
        return None
    return float(p.stdout.split()[-1])


def median(cmd, form, size, n, reps):
    vals = [ns_per_iter(cmd, form, size, n) for _ in range(reps)]
    return None if None in vals else statistics.median(vals)


def instructions(cmd, form, size, n):
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", cmd,
                        SCRIPT, form, str(size), str(n)],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=3600)
    for line in p.stderr.decode().splitlines():
        if "refs:" in line:
            return int(line.split()[-1].replace(",", ""))
    return None


def per_iter_instructions(cmd, form, size, n=3000):
    a, b = instructions(cmd, form, size, n), instructions(cmd, form, size, 2 * n)
    return None if a is None or b is None else (b - a) / n


def fmt(v):
    return "failed" if v is None else "%.0f" % v


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--upytorch", default=os.path.join(ROOT, "build", "upytorch"))
    ap.add_argument("-r", dest="reps", type=int, default=5)
    ap.add_argument("--no-callgrind", action="store_true")
    args = ap.parse_args()
    upy = os.path.abspath(args.upytorch)
    print("| form | elements | N | upytorch ns/iter | PyTorch ns/iter | upytorch / PyTorch |")
    print("|---|---:|---:|---:|---:|---:|")
    for form, size in CASES:
        for n in (10000, 100000):
            u, c = median(upy, form, size, n, args.reps), median(REFERENCE, form, size, n, args.reps)
            ratio = "%.2f" % (u / c) if u and c else "-"
            print("| %s | %d | %d | %s | %s | %s |" % (form, size, n, fmt(u), fmt(c), ratio), flush=True)
    if args.no_callgrind:
        return
    print()
    print("| form | elements | upytorch instructions/iter | PyTorch instructions/iter | ratio |")
    print("|---|---:|---:|---:|---:|")
    for form, size in CASES:
        u, c = per_iter_instructions(upy, form, size), per_iter_instructions(REFERENCE, form, size)
        ratio = "%.2f" % (u / c) if u and c else "-"
        print("| %s | %d | %s | %s | %s |" % (form, size, fmt(u), fmt(c), ratio), flush=True)


if __name__ == "__main__":
    main()
