#!/usr/bin/env python3
"""Hostile inputs, timed side by side with a plain run (ProcessTest checks what they print; this
checks what they cost, since a unit test must not time anything on a shared machine).

Each input of ProcessTest's "refused quickly" and "costs little" tests is written again here, and
every round runs `terms check` on the bundled file (the baseline) and each hostile run once, in a
shuffled order, each timed alone; the ratio to the baseline is taken per round. A run that does
not end with the status ProcessTest expects fails the script.

    python3 bench/hostile.py              10 rounds; a table of median ratios (quartiles)
    python3 bench/hostile.py --smoke      1 round, for CI: the script runs and the statuses hold
"""
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEAD = "version: 1\nagreement: {id: a, title: A}\n"
CLAUSE = ", title: T, kind: payment, modality: obligation, party: p"


def chain(n, cycle):
    lines = ["version: 1\nagreement: {id: a, title: A}\nparties: {p: {name: P}}\nclauses:\n"]
    for i in range(n):
        sup = ", supersedes: [c%d]" % ((i + 1) % n) if i + 1 < n or cycle else ""
        lines.append("  - {id: c%d%s%s}\n" % (i, CLAUSE, sup))
    return "".join(lines)


def inputs():
    """name -> (file text or None, argument list, expected status)."""
    merge = [HEAD, "x-base: &b\n"] + ["  k%d: v\n" % i for i in range(20000)] + ["x-merged:\n  <<: *b\n"]
    merge += ["  j%d: v\n" % i for i in range(20000)]
    merge += ["parties: {p: {name: P}}\nclauses:\n  - {id: c%s}\n" % CLAUSE]
    long_id = HEAD + "parties: {p: {name: P}}\nclauses:\n" + "  - {id: %s%s}\n" % ("a" * 45000, CLAUSE) \
        + "  - {id: c%s, supersedes: [%s]}\n" % (CLAUSE, "b" * 45000)
    refs = [HEAD, "parties:\n"] + ["  party-number-%d: {name: P}\n" % i for i in range(1000)] + ["clauses:\n"]
    refs += ["  - {id: c%d, title: T, kind: payment, modality: obligation, party: prty-nmbr-%d, supersedes: [x%d]}\n"
             % (i, i, i) for i in range(5000)]
    fan = [HEAD, "parties: {p: {name: P}}\nclauses:\n"]
    for i in range(2000):
        fan.append("  - {id: c%d%s, supersedes: [%s]}\n"
                   % (i, CLAUSE, ", ".join("c%d" % j for j in range(i + 1, min(i + 50, 1999) + 1))))
    long_string = "version: 1\nnote: >\n" + "".join("  " + "w" * 1000 + "\n" for _ in range(1100))
    return {
        "a 2 MB token": ("version: 1\nnote: " + "x" * (2 * 1024 * 1024) + "\n", ["clauses"], 65),
        "20,000 levels of nesting": ("version: 1\nx: " + "[" * 20000 + "]" * 20000 + "\n", ["clauses"], 65),
        "a 1.1 MB string": (long_string, ["clauses"], 65),
        "a supersession chain of 6,000": (chain(6000, False), ["check"], 0),
        "a supersession cycle of 6,000": (chain(6000, True), ["clauses"], 65),
        "20,000 merged keys": ("".join(merge), ["clauses"], 0),
        "a 45,000-character id": (long_id, ["clauses"], 65),
        "10,000 bad references": ("".join(refs), ["clauses"], 65),
        "a fan-out of 100,000 supersessions": ("".join(fan), ["check"], 0),
        "an alias bomb": (None, ["clauses", "-f", os.path.join(ROOT, "src/test/resources/bad/alias-bomb.yaml")], 65),
        "a runaway --jq": (None, ["clauses", "--jq", "[range(1e9)]"], 2),
        "a 100 MB file": ("", ["clauses"], 65),  # written sparse below
    }


def main():
    smoke = "--smoke" in sys.argv
    rounds = 1 if smoke else 10
    terms = os.path.join(ROOT, "terms")
    subprocess.run([terms, "--version"], check=True, stdout=subprocess.DEVNULL)  # builds the jar once
    work = tempfile.mkdtemp()
    try:
        runs = {"baseline: check the bundled file": ([terms, "-f", os.path.join(ROOT, "terms.yaml"), "check"], 0)}
        for i, (name, (text, args, status)) in enumerate(inputs().items()):
            cmd = [terms] + args
            if text is not None:
                path = os.path.join(work, "in%d.yaml" % i)
                with open(path, "w") as f:
                    if name == "a 100 MB file":
                        f.truncate(100 * 1024 * 1024)
                    else:
                        f.write(text)
                cmd = [terms, "-f", path] + args
            runs[name] = (cmd, status)
        env = dict(os.environ, TERMS_NO_CACHE="1")
        times = {name: [] for name in runs}
        ratios = {name: [] for name in runs}
        for _ in range(rounds):
            order = list(runs)
            random.shuffle(order)
            took = {}
            for name in order:
                cmd, status = runs[name]
                t0 = time.perf_counter()
                p = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                took[name] = time.perf_counter() - t0
                if p.returncode != status:
                    sys.exit("%s: exit %d, expected %d: %s" % (name, p.returncode, status, p.stderr[:300]))
            for name in runs:
                times[name].append(took[name])
                ratios[name].append(took[name] / took["baseline: check the bundled file"])
        print("| input | median wall | × the baseline, per round (quartiles) |")
        print("|---|---|---|")
        for name in runs:
            r = sorted(ratios[name])
            q = statistics.quantiles(r, n=4) if len(r) > 1 else [r[0], r[0], r[0]]
            print("| %s | %.0f ms | %.2f (%.2f–%.2f) |" % (name, 1000 * statistics.median(times[name]),
                                                       statistics.median(r), q[0], q[2]))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
