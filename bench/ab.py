#!/usr/bin/env python3
"""Start-up of two or more builds side by side: java Hello and each build's launcher, in a shuffled
order every round, each run timed alone (wall clock, and CPU from wait4), so load that comes and
goes on a shared machine falls on all of them alike. Ratios per round, then their median.

usage: bench/ab.py [--java-home DIR] [--rounds N] NAME=DIR ...
  DIR holds a launcher and its jar as a checkout does: DIR/terms and DIR/target/terms.jar
  (copy them there from a build; the launcher makes DIR's class archive on first use).
  Run from a directory whose terms.yaml the question is asked of (the checkout).
"""
import argparse, os, random, statistics, subprocess, sys, tempfile, time

ap = argparse.ArgumentParser()
ap.add_argument("--java-home", default=None, help="the JDK for Hello and the launchers (default: the launcher's)")
ap.add_argument("--rounds", type=int, default=60)
ap.add_argument("builds", nargs="+", metavar="NAME=DIR")
a = ap.parse_args()
builds = dict(b.split("=", 1) for b in a.builds)
env = dict(os.environ)
if a.java_home:
    env["JAVA_HOME"] = a.java_home
first = next(iter(builds.values()))
java = subprocess.run([first + "/terms", "--launcher-java"], env=env, capture_output=True, text=True).stdout.strip()
hello = tempfile.mkdtemp()
with open(hello + "/Hello.java", "w") as f:
    f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
subprocess.run([os.path.dirname(java) + "/javac", "-d", hello, hello + "/Hello.java"], check=True)
question = ["ask", "Who holds the right of first refusal?", "-o", "json"]  # bench/run.sh's target 1
cmds = {"hello": [java, "-cp", hello, "Hello"]}
for name, d in builds.items():
    cmds[name] = [d + "/terms"] + question

def once(name):
    t = time.perf_counter()
    p = subprocess.Popen(cmds[name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, ru = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{name} failed: {' '.join(cmds[name])}")
    return (time.perf_counter() - t) * 1000, (ru.ru_utime + ru.ru_stime) * 1000

for name in cmds:  # warm-up: page cache, class archives
    for _ in range(3):
        once(name)
wall = {n: [] for n in cmds}
cpu = {n: [] for n in cmds}
rng = random.Random(13)
for _ in range(a.rounds):
    order = list(cmds)
    rng.shuffle(order)
    for n in order:
        w, c = once(n)
        wall[n].append(w)
        cpu[n].append(c)
med = statistics.median
names = list(builds)
print(f"{a.rounds} rounds, {java}")
print("wall medians: " + ", ".join(f"{n} {med(v):.1f} ms" for n, v in wall.items()))
print("CPU medians: " + ", ".join(f"{n} {med(v):.0f} ms" for n, v in cpu.items()))
print("vs hello, per-round median: " + ", ".join(
    f"{n} {med([x / h for x, h in zip(wall[n], wall['hello'])]):.2f}x" for n in names))
for n in names[1:]:
    r = [x / y for x, y in zip(wall[n], wall[names[0]])]
    q = statistics.quantiles(r, n=4)
    print(f"{n}/{names[0]}: wall per-round median {med(r):.3f} (quartiles {q[0]:.3f}-{q[2]:.3f}), "
          f"CPU {med(cpu[n]) / med(cpu[names[0]]):.3f}")
