#!/usr/bin/env python3
"""Every row of issue 13's table, side by side in one run, on every JDK >= 17 installed, printed as
one table at the end:

  1. start-up: ./terms ask "Who holds the right of first refusal?" -o json vs java Hello
     (bench/ab.py: both interleaved in a shuffled order every round, ratio per round);
  2. N clauses, first read (an empty model cache) of the YAML and of the JSON, and from the model
     cache, each vs jq selecting on the JSON: every command of every JDK and jq in a shuffled
     order every round, each run timed alone (wall, CPU and peak RSS from wait4), the ratio taken
     against jq's run of the same round; the cold runs' peak RSS is the RSS batch (one run of each
     file a round, so --rounds 10 is issue 13's 10-run batch);
  3. the broad question once loaded ("who shares revenue" on N clauses): JMH's QuestionBenchmark.ask
     on a warm engine, in a JVM with the flags the launcher gives a session (terms repl), median of its samples.

usage: bench/issue13.py [--rounds N] [--startup-rounds N] [--clauses N] [--smoke]
Run from the checkout; needs python3, jq, mvn and a JDK. --smoke: tiny sizes, one round, proves the
script runs (CI), measures nothing.
"""
import argparse, json, os, random, re, shutil, statistics, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
sys.path.insert(0, here)
from jdks import installed_jdks  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--rounds", type=int, default=10)
ap.add_argument("--startup-rounds", type=int, default=30)
ap.add_argument("--clauses", type=int, default=100000)
ap.add_argument("--smoke", action="store_true")
a = ap.parse_args()
if a.smoke:
    a.rounds, a.startup_rounds, a.clauses = 1, 2, 200  # ab.py needs two rounds for quartiles
os.chdir(root)

homes = installed_jdks()  # one per major version >= 17 under /usr/lib/jvm, as bench/ab.py
if not homes:
    sys.exit("no JDK >= 17 under /usr/lib/jvm")


def version(home):
    out = subprocess.run([home + "/bin/java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return re.sub(r'^\S+ version "([^"]+)".*', r"\1", out)


jdks = {version(h): h for h in homes}
loads = []


def load_average():
    return os.getloadavg()[0]


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    return f"{os.cpu_count()} cores of {cpu}, {mem / 1048576:.0f} GiB"


med = statistics.median


def quartiles(xs):
    if len(xs) < 2:
        return xs[0], xs[0]
    q = statistics.quantiles(xs, n=4)
    return q[0], q[2]


work = tempfile.mkdtemp(prefix="issue13-")
results = []  # rows of the final table
started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
loads.append(load_average())
for jdk, home in jdks.items():  # the jar and each JDK's class archive, before anything is timed
    subprocess.run(["./terms", "--version"], env=dict(os.environ, JAVA_HOME=home), check=True, stdout=subprocess.DEVNULL)

# 1. start-up
print(f"== 1. start-up vs java Hello, {a.startup_rounds} rounds (bench/ab.py)", flush=True)
subprocess.run([sys.executable, os.path.join(here, "ab.py"), "--rounds", str(a.startup_rounds), "--json",
                work + "/ab.json"] + sum((["--java-home", h] for h in homes), []) + ["terms=."], check=True)
ab = json.load(open(work + "/ab.json"))
loads += ab["loads"]
runs = {(r["jdk"], r["name"]): r for r in ab["runs"]}
for jdk in jdks:
    t, h = runs[(jdk, "terms")], runs[(jdk, "hello")]
    r = [x / y for x, y in zip(t["wall_ms"], h["wall_ms"])]
    goal = 2.5 if int(jdk.split(".")[0]) >= 25 else 3.0
    results.append(("start-up: `ask … -o json` vs `java Hello`", jdk,
                    f"{med(t['wall_ms']):.0f} ms vs {med(h['wall_ms']):.0f} ms (CPU {med(t['cpu_ms']):.0f} vs {med(h['cpu_ms']):.0f})",
                    med(r), quartiles(r), f"≤ {goal}×", med(r) <= goal))

# 2. the large file
n = a.clauses
print(f"== 2. {n} clauses: first read and from the model cache vs jq, {a.rounds} rounds", flush=True)
big_yaml, big_json = work + "/big.yaml", work + "/big.json"
subprocess.run([sys.executable, os.path.join(here, "generate.py"), str(n), big_yaml, big_json], check=True)
Q = "who holds a right of first refusal on widgets in europe"
JQ = ["jq", '[.clauses[] | select(.kind == "right-of-first-refusal" and .object == "widgets" and .where == "europe") | .party]',
      big_json]
cmds = {("jq", "jq"): (JQ, dict(os.environ), None)}
for jdk, home in jdks.items():
    for fmt, f in (("yaml", big_yaml), ("json", big_json)):
        for cache in ("cold", "cached"):
            d = f"{work}/{cache}-{jdk}"
            env = dict(os.environ, JAVA_HOME=home, TERMS_CACHE_DIR=d)
            cmds[(jdk, f"{fmt} {cache}")] = (["./terms", "-f", f, "ask", Q, "-o", "json"], env, d if cache == "cold" else None)


def once(key):
    argv, env, empty = cmds[key]
    if empty:
        shutil.rmtree(empty, ignore_errors=True)
    t = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    err = p.stderr.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code > (0 if key[0] == "jq" else 1):  # terms: 0 answered, 1 the file does not say
        sys.exit(f"{key} exited {code}: {' '.join(argv)}\n{err}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss  # ru_maxrss: KB on Linux


for key in cmds:  # fill each JDK's cache (and the page cache)
    if key[1].endswith("cached"):
        once(key)
times = {k: [] for k in cmds}
rng = random.Random(13)
for i in range(a.rounds):
    order = list(cmds)
    rng.shuffle(order)
    for k in order:
        times[k].append(once(k))
    loads.append(load_average())
    print(f"  round {i + 1}/{a.rounds}, load {loads[-1]:.1f}: " + ", ".join(
        f"{k[0]} {k[1]} {times[k][-1][0]:.2f} s {times[k][-1][2] // 1024} MiB" for k in order), flush=True)
jq = times[("jq", "jq")]
for jdk in jdks:
    for row, goal in (("yaml cold", 4.0), ("json cold", 4.0), ("yaml cached", 1.5), ("json cached", 1.5)):
        t = times[(jdk, row)]
        r = [x[0] / y[0] for x, y in zip(t, jq)]
        fmt, cache = row.split()
        what = f"{n:,} clauses, {fmt.upper()}, " + ("first read (empty model cache)" if cache == "cold" else "from the model cache") + " vs jq"
        results.append((what, jdk, f"{med(x[0] for x in t):.2f} s vs {med(x[0] for x in jq):.2f} s (CPU {med(x[1] for x in t):.2f} vs {med(x[1] for x in jq):.2f} s)",
                        med(r), quartiles(r), f"≤ {goal}×", med(r) <= goal))
    for fmt in ("yaml", "json"):
        rss = [x[2] for x in times[(jdk, f"{fmt} cold")]]
        results.append((f"{n:,} clauses, {fmt.upper()}, first read: peak RSS of each of {len(rss)} runs", jdk,
                        " ".join(f"{k / 1024:.0f}" for k in rss) + " MiB", max(rss) / 1048576, None, "≤ 1 GiB every run",
                        max(rss) <= 1048576))

# 3. the broad question once loaded
print(f"== 3. 'who shares revenue' once loaded, {n} clauses (JMH QuestionBenchmark.ask, a session's flags)", flush=True)
mvn = ["mvn", "-q", "-B", "-Dstyle.color=never"]
subprocess.run(mvn + ["test-compile"], check=True)
subprocess.run(mvn + ["dependency:build-classpath", "-Dmdep.includeScope=test",
                      "-Dmdep.outputFile=target/test-classpath.txt"], check=True, stdout=subprocess.DEVNULL)
cp = "target/test-classes:target/classes:" + open("target/test-classpath.txt").read().strip()
# a session's flags (terms repl), which is what answers a question once the file is loaded
launcher_flags = subprocess.run(["./terms", "--launcher-flags", "repl"], capture_output=True, text=True,
                                check=True).stdout.strip()
for jdk, home in jdks.items():
    out = f"{work}/jmh-{jdk}.json"
    iters = ["-wi", "0", "-i", "1", "-r", "200ms"] if a.smoke else ["-wi", "3", "-i", "5", "-w", "2s", "-r", "2s"]
    subprocess.run([home + "/bin/java", "-cp", cp, "org.openjdk.jmh.Main", "QuestionBenchmark.ask",
                    "-p", f"clauses={n}", "-p", "question=who shares revenue", "-f", "1", *iters,
                    "-jvm", home + "/bin/java", "-jvmArgs", launcher_flags, "-rf", "json", "-rff", out],
                   check=True, stdout=subprocess.DEVNULL if not a.smoke else None)
    m = json.load(open(out))[0]["primaryMetric"]
    p = m["scorePercentiles"]
    results.append((f"'who shares revenue' once loaded, {n:,} clauses (warm engine)", jdk,
                    f"median {p['50.0']:.1f} ms, p90 {p['90.0']:.1f} ms ({m['scoreUnit']})", p["50.0"], None, "≤ 10 ms",
                    p["50.0"] <= 10))
loads.append(load_average())

answers = subprocess.run(["./terms", "-f", big_yaml, "ask", "who shares revenue", "-o", "json"], capture_output=True,
                         text=True, env=dict(os.environ, TERMS_CACHE_DIR=f"{work}/cached-{next(iter(jdks))}"))
try:
    count = len(json.loads(answers.stdout).get("answers", []))
except (ValueError, AttributeError):
    count = "?"
shutil.rmtree(work, ignore_errors=True)

print()
if a.smoke:
    print("(--smoke: tiny sizes and one round; the figures below measure nothing)")
print(f"Issue 13, measured {started} on {machine()}; load average (1 min) "
      f"{min(loads):.1f}-{max(loads):.1f} during the run; JDKs: " + ", ".join(jdks) +
      f"; 'who shares revenue' has {count} answers on this file")
print()
print("| row | JDK | measured (medians) | ratio or figure: per-round median (quartiles) | goal | met? |")
print("|---|---|---|---|---|---|")
for what, jdk, measured, ratio, q, goal, met in results:
    if goal.startswith("≤ 1 GiB"):
        fig = f"most {ratio:.2f} GiB"
    elif goal.endswith("ms"):
        fig = f"{ratio:.1f} ms"
    else:
        fig = f"{ratio:.2f}× ({q[0]:.2f}–{q[1]:.2f})"
    print(f"| {what} | {jdk} | {measured} | {fig} | {goal} | {'yes' if met else 'no'} |")
