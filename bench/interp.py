#!/usr/bin/python3
"""Interpreter micro-benchmarks: upytorch vs CPython, in one run.

  /usr/bin/python3 bench/interp.py [--upytorch build/upytorch] [-r 5] [-k pattern]
  /usr/bin/python3 bench/interp.py --instructions [-k pattern]

Each bench/interp/*.py times its own hot loop with time.perf_counter and prints
ns per iteration as its last line. Every script runs under both interpreters
`-r` times; the table reports the medians and upytorch/CPython (lower is
better). Also reported: the stripped binary size and `-c pass` start-up time.

--instructions counts instructions with valgrind's callgrind instead of timing:
repeatable whatever else the machine does. Each script runs once with its N
divided by 20, and the instructions of an interpreter that only imports `time`
are subtracted, so the ratio compares the benchmark's own work.
"""
import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = "/usr/bin/python3"


def ns_per_iter(cmd, script):
    """The number the script prints, or None if it failed."""
    p = subprocess.run([cmd, os.path.basename(script)], cwd=os.path.dirname(script),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    lines = p.stdout.decode().split()
    if p.returncode != 0 or not lines:
        sys.stderr.write("%s %s failed: %s\n" % (cmd, script, p.stderr.decode()[-300:]))
        return None
    return float(lines[-1])


def median_of(cmd, script, reps):
    vals = [ns_per_iter(cmd, script) for _ in range(reps)]
    return None if None in vals else statistics.median(vals)


def startup_ms(cmd, runs=20):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([cmd, "-c", "pass"], check=True)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def stripped_size(binary):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "stripped")
        subprocess.run(["strip", "-o", out, binary], check=True)
        return os.path.getsize(out)


def instructions(cmd, script):
    """Instructions callgrind counts for running `script` (None on failure)."""
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", cmd, script],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=1800)
    for line in p.stderr.decode().splitlines():
        if "refs:" in line:
            return int(line.split()[-1].replace(",", ""))
    return None


def scaled_copy(script, folder):
    """The script with its `N = ...` divided by 20, written into folder."""
    out = os.path.join(folder, os.path.basename(script))
    with open(script) as f, open(out, "w") as g:
        for line in f:
            if line.startswith("N = "):
                line = "N = max(1, (%s) // 20)\n" % line[4:].strip()
            g.write(line)
    return out


def instruction_table(upy, pattern):
    print("| benchmark | upytorch instructions | CPython instructions | upytorch / CPython |")
    print("|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as d:
        base = os.path.join(d, "base.py")
        with open(base, "w") as f:
            f.write("import time\n")
        u0, c0 = instructions(upy, base), instructions(REFERENCE, base)
        for script in sorted(glob.glob(os.path.join(ROOT, "bench", "interp", "*.py"))):
            name = os.path.splitext(os.path.basename(script))[0]
            if pattern not in name:
                continue
            copy = scaled_copy(script, d)
            u, c = instructions(upy, copy), instructions(REFERENCE, copy)
            if None in (u, c, u0, c0):
                print("| %s | failed | failed | - |" % name)
                continue
            print("| %s | %d | %d | %.2f |" % (name, u - u0, c - c0, (u - u0) / (c - c0)), flush=True)


def fmt(v, unit=""):
    return "failed" if v is None else ("%.1f%s" % (v, unit))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--upytorch", default=os.path.join(ROOT, "build", "upytorch"))
    ap.add_argument("-r", dest="reps", type=int, default=5, help="repetitions per benchmark (median)")
    ap.add_argument("-k", dest="pattern", default="", help="only benchmarks whose name contains PATTERN")
    ap.add_argument("--instructions", action="store_true", help="count instructions (callgrind) instead of timing")
    args = ap.parse_args()
    upy = os.path.abspath(args.upytorch)
    if not os.access(upy, os.X_OK):
        sys.exit("bench/interp.py: no executable at %s (build it first)" % upy)
    if args.instructions:
        instruction_table(upy, args.pattern)
        return

    print("| benchmark | upytorch ns/iter | CPython ns/iter | upytorch / CPython |")
    print("|---|---:|---:|---:|")
    for script in sorted(glob.glob(os.path.join(ROOT, "bench", "interp", "*.py"))):
        name = os.path.splitext(os.path.basename(script))[0]
        if args.pattern not in name:
            continue
        u = median_of(upy, script, args.reps)
        c = median_of(REFERENCE, script, args.reps)
        ratio = "%.2f" % (u / c) if u and c else "-"
        print("| %s | %s | %s | %s |" % (name, fmt(u), fmt(c), ratio), flush=True)

    print()
    print("| | upytorch | CPython |")
    print("|---|---:|---:|")
    up_ms, py_ms = startup_ms(upy), startup_ms(REFERENCE)
    print("| start-up, `-c pass` (median of 20) | %.1f ms | %.1f ms |" % (up_ms, py_ms))
    if shutil.which("strip"):
        print("| stripped binary size | %d KB | %d KB |" % (stripped_size(upy) // 1024, stripped_size(REFERENCE) // 1024))


if __name__ == "__main__":
    main()
