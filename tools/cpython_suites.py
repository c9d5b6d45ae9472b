#!/usr/bin/python3
"""Run CPython 3.11's own test modules (Debian's libpython3.11-testsuite, in
/usr/lib/python3.11/test) under upytorch, as a bug finder. Not part of CI:
these suites exercise far more than upytorch supports, so the point is the
crashes, sanitizer reports and wrong results they turn up, not a pass count.

    tools/cpython_suites.py [--upytorch PATH] [--timeout S] [--log DIR] test_list test_set ...

Prints one line per module: tests run and unittest's verdict, or why it could
not run (a missing module, unsupported syntax, a crash: exit status < 0 or a
sanitizer's). With --log DIR, each module's full output goes to DIR/NAME.log.

The suites import modules upytorch does not have (signal, weakref, pickle,
...); the prelude below stands in for a few of them so that unittest itself
and most suites load. Tests needing the real thing fail or skip.
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STDLIB = "/usr/lib/python3.11"

# Runs inside upytorch before the suite: stand-ins for what is missing, then
# unittest's loader and runner on the module.
PRELUDE = r'''
import sys, types
sys.path.append(%(stdlib)r)

def _stand_in(name, **attrs):
    try:
        __import__(name)
    except Exception:  # ImportError, or the SystemError of codecs without _codecs
        m = types.ModuleType(name)
        m.__dict__.update(attrs)
        sys.modules[name] = m

import builtins
if not hasattr(builtins, 'complex'):
    builtins.complex = type('complex', (), {})
_stand_in('signal', SIGINT=2, default_int_handler=None,
          getsignal=lambda s: None, signal=lambda s, h: None)
class _WeakKeyDictionary(dict): pass
class _WeakValueDictionary(dict): pass
class _WeakSet(set): pass
_stand_in('weakref', WeakKeyDictionary=_WeakKeyDictionary,
          WeakValueDictionary=_WeakValueDictionary, WeakSet=_WeakSet,
          ref=lambda o, cb=None: (lambda: o))
for _k, _v in dict(prefix='/usr', exec_prefix='/usr', base_prefix='/usr',
                   base_exec_prefix='/usr', platlibdir='lib', abiflags='').items():
    if not hasattr(sys, _k):
        setattr(sys, _k, _v)
if not hasattr(sys, 'flags'):
    sys.flags = types.SimpleNamespace(debug=0, inspect=0, interactive=0, optimize=0,
        dont_write_bytecode=1, no_user_site=0, no_site=0, ignore_environment=0, verbose=0,
        bytes_warning=0, quiet=0, hash_randomization=1, isolated=0, dev_mode=False,
        utf8_mode=0, warn_default_encoding=0, safe_path=False, int_max_str_digits=-1)
_stand_in('_imp', extension_suffixes=lambda: [])
_stand_in('shutil')  # needs posix, os.open; test.support.import_helper only imports it
if not hasattr(sys, 'hash_info'):
    class _HashInfo:
        width = 64; modulus = 2**61 - 1; inf = 314159; nan = 0; imag = 1000003
        algorithm = 'siphash13'
    sys.hash_info = _HashInfo
import unittest
def _no_pickle(*args, **kwargs):
    raise unittest.SkipTest('no pickle')
for _name in ('pickle', 'copyreg'):
    _stand_in(_name, HIGHEST_PROTOCOL=5, DEFAULT_PROTOCOL=4, dumps=_no_pickle,
              loads=_no_pickle, dump=_no_pickle, load=_no_pickle,
              PicklingError=Exception, UnpicklingError=Exception)
import importlib
_mod = importlib.import_module('test.' + %(name)r)
_suite = unittest.defaultTestLoader.loadTestsFromModule(_mod)
unittest.TextTestRunner(verbosity=%(verbosity)d).run(_suite)
'''


def run(upytorch, name, timeout, verbosity):
    code = PRELUDE % {"stdlib": STDLIB, "name": name, "verbosity": verbosity}
    try:
        p = subprocess.run([upytorch, "-c", code], capture_output=True, timeout=timeout,
                           env=dict(os.environ, ASAN_OPTIONS="exitcode=86:detect_leaks=0"))
        out, status = p.stdout + p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        out, status = (e.stdout or b"") + (e.stderr or b""), "timeout"
    text = out.decode("utf-8", "replace")
    ran = re.findall(r"^Ran (\d+) tests?", text, re.M)
    verdict = re.findall(r"^(OK.*|FAILED .*)$", text, re.M)
    if "ERROR: AddressSanitizer" in text or "runtime error:" in text or status == 86:
        summary = "SANITIZER"
    elif status == "timeout" or (isinstance(status, int) and status < 0):
        summary = "CRASH (%s)" % status
    elif verdict:
        summary = "ran %s: %s" % (ran[-1] if ran else "?", verdict[-1])
    else:
        errors = re.findall(r"^\w*(?:Error|Exception)\b.*$", text, re.M)
        summary = "did not run: " + (errors[-1][:150] if errors else "status %s" % status)
    return summary, text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("modules", nargs="+")
    ap.add_argument("--upytorch", default=os.path.join(ROOT, "build", "upytorch"))
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--log")
    ap.add_argument("-v", action="store_true", help="one line per test in the logs")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(STDLIB, "test", "support")):
        sys.exit("needs CPython's test suite: apt-get install libpython3.11-testsuite")
    if args.log:
        os.makedirs(args.log, exist_ok=True)
    for name in args.modules:
        summary, text = run(args.upytorch, name, args.timeout, 2 if args.v else 1)
        print("%-28s %s" % (name, summary), flush=True)
        if args.log:
            with open(os.path.join(args.log, name + ".log"), "w") as f:
                f.write(text)


if __name__ == "__main__":
    main()
