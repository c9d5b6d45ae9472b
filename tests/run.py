#!/usr/bin/python3
"""Test runner: runs every DIR/*.py (default tests/lang) under CPython (the
reference; for tests/torch that is CPython + PyTorch 1.13) and under upytorch, and
compares stdout and the exit status. A test that is meant to end with an
error says so with a line `# exit status: N`; otherwise the reference must exit
with 0.

  /usr/bin/python3 tests/run.py [DIR] [-k PATTERN] [-j N] [--upytorch PATH] [--sanitizer]

Expected output always comes from running the reference in the same run, so it can
never go stale. stderr is not compared (tracebacks and warnings differ in detail).
For tests/torch, numbers in the output may differ within REL_TOL / ABS_TOL, or by
one unit in their last printed digit (float kernels round differently; tests/models:
within DIR_TOL); all other text must match exactly.
"""
import argparse
import concurrent.futures
import difflib
import glob
import math
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG_DIR = os.path.join(ROOT, "tests", "lang")
REFERENCE = "/usr/bin/python3"
# Folders whose outputs are compared with a tolerance on numbers.
TOLERANT_DIRS = {"torch"}
REL_TOL, ABS_TOL = 1e-5, 1e-6
# Whole models (tests/models) chain millions of float operations: PyTorch's own
# float32 output differs from float64 by up to ~3e-5 of the largest logit, so
# 1e-4 relative, and 1e-4 absolute for logits near zero (outputs are O(1)).
DIR_TOL = {"models": (1e-4, 1e-4)}
TOLERANT_DIRS |= set(DIR_TOL)
NUMBER = re.compile(rb"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[-+]?inf|nan")


# Sanitizer reports get exit statuses of their own so they can't pass for an
# uncaught Python exception (status 1).
SANITIZER_ENV = {"ASAN_OPTIONS": "exitcode=86:detect_leaks=1",
                 "UBSAN_OPTIONS": "halt_on_error=1:exitcode=87:print_stacktrace=1",
                 "LSAN_OPTIONS": "exitcode=88"}


def run(cmd, script, timeout, extra_env=None):
    """(exit status, stdout bytes, stderr bytes) of `cmd script` run in the script's folder."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8", **(extra_env or {}))
    try:
        p = subprocess.run([cmd, os.path.basename(script)], cwd=os.path.dirname(script),
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or b"", b""
    except OSError as e:
        return "cannot run: %s" % e, b"", b""
    return p.returncode, p.stdout, p.stderr


LAST_PLACE = re.compile(rb"\.(\d+)(?:[eE]([-+]?\d+))?$")


def last_place(text):
    """The value of one unit in the last printed digit of a number with a
    fraction: 1e-4 for "0.1235", 1e-7 for "2.3346e-03"; 0 for an integer."""
    m = LAST_PLACE.search(text)
    return 10.0 ** (int(m.group(2) or 0) - len(m.group(1))) if m else 0.0


def close_enough(expected, got, rel_tol=REL_TOL, abs_tol=ABS_TOL):
    """Outputs equal except for numbers that agree within rel_tol / abs_tol, or
    within one unit of their last printed digit (a value near a rounding
    boundary prints either way after a last-bit difference)."""
    if NUMBER.split(expected) != NUMBER.split(got):
        return False
    for a, b in zip(NUMBER.findall(expected), NUMBER.findall(got)):
        if a == b:
            continue
        fa, fb = float(a), float(b)
        if math.isclose(fa, fb, rel_tol=rel_tol, abs_tol=abs_tol):
            continue
        if abs(fa - fb) <= 1.0000001 * min(last_place(a), last_place(b)):
            continue
        return False
    return True


EXIT_STATUS = re.compile(rb"^# exit status: (\d+)$", re.M)


def declared_status(script):
    """The exit status a test declares with a line `# exit status: N` (0 if none).
    A reference run that fails otherwise is a broken test, not a pass: the rest
    of the script would never run under either."""
    with open(script, "rb") as f:
        m = EXIT_STATUS.search(f.read())
    return int(m.group(1)) if m else 0


def check(script, binary, timeout, extra_env, tolerant):
    """None if upytorch matches the reference, else a failure report."""
    # A reference run that needs the binary under test (tests/torch/load_save_roundtrip.py
    # has it write a file for PyTorch to read) finds it in $UPYTORCH.
    exp_rc, exp_out, exp_err = run(REFERENCE, script, timeout,
                                   {"UPYTORCH": os.path.abspath(binary)})
    if exp_rc != declared_status(script):
        tail = exp_err.decode("utf-8", "replace").rstrip().splitlines()[-3:]
        return "\n".join(["FAIL %s: the reference exits with status %s, the test declares %s"
                          % (os.path.relpath(script, ROOT), exp_rc, declared_status(script))]
                         + ["    reference stderr: " + l for l in tail])
    got_rc, got_out, got_err = run(binary, script, timeout, extra_env)
    if exp_rc == got_rc and (exp_out == got_out
                             or tolerant and close_enough(exp_out, got_out, *tolerant)):
        return None
    name = os.path.relpath(script, ROOT)
    why = "stdout differs" if exp_rc == got_rc else "exit status %s, expected %s" % (got_rc, exp_rc)
    lines = ["FAIL %s: %s" % (name, why)]
    diff = difflib.unified_diff(exp_out.decode("utf-8", "replace").splitlines(),
                                got_out.decode("utf-8", "replace").splitlines(),
                                "cpython", "upytorch", lineterm="", n=1)
    lines += ["    " + l for l in list(diff)[:20]]
    if got_rc != exp_rc and got_err:
        tail = got_err.decode("utf-8", "replace").rstrip().splitlines()[-3:]
        lines += ["    stderr: " + l for l in tail]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", default=LANG_DIR, help="folder of test scripts (tests/lang)")
    ap.add_argument("-k", dest="pattern", default="", help="only tests whose name contains PATTERN")
    ap.add_argument("-j", dest="jobs", type=int, default=os.cpu_count() or 2, help="parallel jobs")
    ap.add_argument("--upytorch", help="binary under test (default build/upytorch)")
    ap.add_argument("--sanitizer", action="store_true",
                    help="test the sanitizer build (build-asan/upytorch unless --upytorch is given)")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per run")
    args = ap.parse_args()

    binary = os.path.abspath(args.upytorch or os.path.join(
        ROOT, "build-asan" if args.sanitizer else "build", "upytorch"))
    if not os.access(binary, os.X_OK):
        sys.exit("tests/run.py: no executable at %s (build it first)" % binary)
    timeout = args.timeout * (4 if args.sanitizer else 1)
    extra_env = SANITIZER_ENV if args.sanitizer else None

    test_dir = os.path.abspath(args.dir)
    tolerant = os.path.basename(test_dir) in TOLERANT_DIRS and DIR_TOL.get(
        os.path.basename(test_dir), (REL_TOL, ABS_TOL))
    # In tests/torch, gen_*.py are helpers that make test inputs, not tests
    # (in tests/lang, gen_* are the generator tests).
    helpers = "gen_" if tolerant else None
    scripts = sorted(s for s in glob.glob(os.path.join(test_dir, "*.py"))
                     if args.pattern in os.path.basename(s)
                     and not (helpers and os.path.basename(s).startswith(helpers)))
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for report in pool.map(lambda s: check(s, binary, timeout, extra_env, tolerant), scripts):
            if report:
                failed += 1
                print(report, flush=True)
    print("%d passed, %d failed" % (len(scripts) - failed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
