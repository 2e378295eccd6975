#!/usr/bin/env python3
"""Start-up of one or more builds side by side, on one or more JDKs: java Hello and each build's
launcher, all of them on every JDK, in a shuffled order every round, each run timed alone (wall
clock, and CPU from wait4), so load that comes and goes on a shared machine falls on all of them
alike. Ratios are taken per round (a build against Hello on the same JDK, or against the first
build), then their median.

usage: bench/ab.py [--java-home DIR]... [--rounds N] NAME=DIR ...
  DIR holds a launcher and its jar as a checkout does: DIR/terms and DIR/target/terms.jar
  (copy them there from a build, or name the checkout itself; the launcher makes DIR's class
  archive on first use). Without --java-home: every JDK >= 17 under /usr/lib/jvm, one per major
  version (the launcher alone would pick the newest). Run from a directory whose terms.yaml the
  question is asked of (the checkout).
"""
import argparse, os, random, re, statistics, subprocess, sys, tempfile, time

from jdks import installed_jdks

# bench/run.sh's target 1, the row of issue 13's table (TrainingTest: no training run asks it)
QUESTION = ["ask", "Who holds the right of first refusal?", "-o", "json"]


def load_average():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


ap = argparse.ArgumentParser()
ap.add_argument("--java-home", action="append", default=None,
                help="a JDK for Hello and the launchers; repeatable (default: every installed JDK >= 17)")
ap.add_argument("--rounds", type=int, default=60)
ap.add_argument("--json", metavar="FILE", help="also write every run's times there (for bench/issue13.py)")
ap.add_argument("builds", nargs="+", metavar="NAME=DIR")
a = ap.parse_args()
builds = dict(b.split("=", 1) for b in a.builds)
homes = a.java_home or installed_jdks()
if not homes:
    sys.exit("no JDK >= 17 found under /usr/lib/jvm; give --java-home")

hello = tempfile.mkdtemp()
with open(hello + "/Hello.java", "w") as f:
    f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
cmds = {}  # (jdk, name) -> (argv, env)
for home in homes:
    env = dict(os.environ, JAVA_HOME=home)
    java = os.path.join(home, "bin", "java")
    jdk = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    jdk = re.sub(r'^\S+ version "([^"]+)".*', r"\1", jdk)
    out = os.path.join(hello, jdk)
    subprocess.run([os.path.join(home, "bin", "javac"), "--release", "17", "-d", out, hello + "/Hello.java"], check=True)
    cmds[(jdk, "hello")] = ([java, "-cp", out, "Hello"], env)
    for name, d in builds.items():
        cmds[(jdk, name)] = ([os.path.join(d, "terms")] + QUESTION, env)


def once(key):
    argv, env = cmds[key]
    t = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, ru = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{key[1]} on {key[0]} failed: {' '.join(argv)}")
    return (time.perf_counter() - t) * 1000, (ru.ru_utime + ru.ru_stime) * 1000


for key in cmds:  # warm-up: page cache, and each launcher makes its class archive for each JDK
    for _ in range(3):
        once(key)
wall = {k: [] for k in cmds}
cpu = {k: [] for k in cmds}
rng = random.Random(13)
loads = [load_average()]
for _ in range(a.rounds):
    order = list(cmds)
    rng.shuffle(order)
    for k in order:
        w, c = once(k)
        wall[k].append(w)
        cpu[k].append(c)
    loads.append(load_average())

med = statistics.median
names = list(builds)
print(f"{a.rounds} rounds; {' '.join(QUESTION[:1])} {QUESTION[1]!r} {' '.join(QUESTION[2:])}; "
      f"load average (1 min) {min(loads):.1f}-{max(loads):.1f}")
if a.json:
    import json
    with open(a.json, "w") as f:
        json.dump({"question": QUESTION, "loads": loads, "runs": [
            {"jdk": j, "name": n, "wall_ms": wall[(j, n)], "cpu_ms": cpu[(j, n)]} for (j, n) in cmds]}, f)
for jdk in dict.fromkeys(j for j, _ in cmds):
    h = wall[(jdk, "hello")]
    print(f"JDK {jdk}")
    print("  wall medians: " + ", ".join(f"{n} {med(wall[(jdk, n)]):.1f} ms" for n in ["hello"] + names))
    print("  CPU medians: " + ", ".join(f"{n} {med(cpu[(jdk, n)]):.0f} ms" for n in ["hello"] + names))
    print("  vs hello, per-round median (quartiles): " + ", ".join(
        f"{n} {med(r):.2f}x ({statistics.quantiles(r, n=4)[0]:.2f}-{statistics.quantiles(r, n=4)[2]:.2f})"
        for n in names for r in [[x / y for x, y in zip(wall[(jdk, n)], h)]]))
    for n in names[1:]:
        r = [x / y for x, y in zip(wall[(jdk, n)], wall[(jdk, names[0])])]
        q = statistics.quantiles(r, n=4)
        print(f"  {n}/{names[0]}: wall per-round median {med(r):.3f} (quartiles {q[0]:.3f}-{q[2]:.3f}), "
              f"CPU {med(cpu[(jdk, n)]) / med(cpu[(jdk, names[0])]):.3f}")
