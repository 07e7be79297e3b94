#!/usr/bin/env python3
"""Generate expected outputs for the pygil conformance corpus.

For every program tests/python/X.py (skipping helper modules named
mod_helper_*.py and anything inside package directories), run it with
CPython (the oracle) and record:

    tests/python/expected/X.out   stdout
    tests/python/expected/X.err   stderr (absolute test dir replaced by <DIR>)
    tests/python/expected/X.rc    exit code as text

Programs run with cwd tests/python, stdin /dev/null, a 30 s timeout and
PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8 (plus PYTHONDONTWRITEBYTECODE=1 so
no __pycache__ appears in the corpus).

Usage: python3 tests/gen_expected.py [substring-filter ...]
Never edit the expected files by hand; rerun this script instead.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYDIR = os.path.join(HERE, "python")
EXPDIR = os.path.join(PYDIR, "expected")
TIMEOUT = 30


def list_programs():
    names = []
    for name in sorted(os.listdir(PYDIR)):
        path = os.path.join(PYDIR, name)
        if not os.path.isfile(path) or not name.endswith(".py"):
            continue
        if name.startswith("mod_helper_"):
            continue
        names.append(name)
    return names


def run(name):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # keep the corpus dir free of __pycache__
    try:
        p = subprocess.run(
            [sys.executable, name],
            cwd=PYDIR,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None
    out = p.stdout.decode("utf-8", "surrogateescape")
    err = p.stderr.decode("utf-8", "surrogateescape")
    err = err.replace(PYDIR, "<DIR>")
    return out, err, p.returncode


def main(argv):
    if sys.version_info[:2] != (3, 11):
        print("warning: oracle is Python %d.%d, corpus targets 3.11" % sys.version_info[:2],
              file=sys.stderr)
    os.makedirs(EXPDIR, exist_ok=True)
    filters = argv[1:]
    progs = [n for n in list_programs() if not filters or any(f in n for f in filters)]
    counts = {}
    timeouts = []
    for name in progs:
        res = run(name)
        if res is None:
            timeouts.append(name)
            print("TIMEOUT", name)
            continue
        out, err, rc = res
        base = os.path.join(EXPDIR, name[:-3])
        for ext, data in ((".out", out), (".err", err), (".rc", "%d\n" % rc)):
            with open(base + ext, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
                f.write(data)
        counts[rc] = counts.get(rc, 0) + 1
        is_err = name.startswith("err_")
        if is_err and rc == 0:
            print("NOTE: %s is an err_ program but exited 0" % name)
        crashed = "Traceback (most recent call last)" in err or re.search(
            r"^(SyntaxError|IndentationError|TabError): ", err, re.M)
        if not is_err and crashed:
            print("NOTE: %s is not an err_ program but ended with an uncaught exception (rc=%d)" % (name, rc))
        if "SyntaxWarning" in err:
            print("NOTE: %s triggers a SyntaxWarning at compile time" % name)
    # drop stale expected files for programs that no longer exist
    stale = 0
    if not filters:
        live = {n[:-3] for n in list_programs()}
        for f in os.listdir(EXPDIR):
            stem, ext = os.path.splitext(f)
            if ext in (".out", ".err", ".rc") and stem not in live:
                os.remove(os.path.join(EXPDIR, f))
                stale += 1
    summary = ", ".join("rc=%d: %d" % (k, v) for k, v in sorted(counts.items()))
    print("generated %d programs (%s); %d timeouts; %d stale files removed"
          % (len(progs) - len(timeouts), summary or "none", len(timeouts), stale))
    return 1 if timeouts else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
