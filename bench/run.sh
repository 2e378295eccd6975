#!/usr/bin/env bash
# Benchmarks, side by side in one run on one machine (ratios, not absolute times, are what count
# on shared, noisy machines). Needs hyperfine, jq, python3 and a JDK; builds the jar if needed.
#
#   bench/run.sh            the full run: targets 1-3 of issue 6, target 1 on every JDK (several minutes)
#   bench/run.sh --smoke    a tiny version for CI: proves the scripts run, measures nothing
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=false
[ "${1:-}" = "--smoke" ] && smoke=true
runs=30; batch=1000; big=100000
if $smoke; then runs=2; batch=20; big=200; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./terms --version >/dev/null # builds the jar and the class archive once

java_bin=$(./terms --launcher-java)
echo "JDK the launcher picks (sections 2-4): $("$java_bin" -version 2>&1 | head -n 1)"

echo "== 1. one question on the bundled file, through the launcher, vs java Hello, on every JDK >= 17 installed"
# bench/ab.py: Hello and terms on each JDK interleaved in a shuffled order every round, ratios per
# round (issue 13's row). The launcher's archive is trained (terms train) on a mix of other runs,
# not on this one (TrainingTest)
python3 bench/ab.py --rounds "$runs" ${JAVA_HOME:+--java-home "$JAVA_HOME"} terms=.

echo "== 2. $batch questions: one ask --batch vs jq run $batch times on the JSON form"
python3 - "$batch" > "$work/questions.txt" <<'PY'
import sys
qs = ["Who holds the right of first refusal?", "where is the api hosted", "Who shares revenue?",
      "Can OpenAI offer its API on Google Cloud?", "When did Microsoft's cloud exclusivity end?"]
print("\n".join(qs[i % len(qs)] for i in range(int(sys.argv[1]))))
PY
./terms show $(./terms clauses --all -o ndjson | jq -r .id) -o json > "$work/terms.json"
cat > "$work/jq-loop.sh" <<SH
for i in \$(seq $batch); do jq -c '[.[] | select(.kind == "right-of-first-refusal") | .party]' $work/terms.json > /dev/null; done
SH
hyperfine -w 1 -r "$($smoke && echo 1 || echo 5)" --export-markdown "$work/batch.md" \
    "./terms ask --batch -o ndjson < $work/questions.txt > /dev/null" \
    "bash $work/jq-loop.sh"

echo "== 3. $big clauses: one question end to end vs jq selecting on the JSON form"
python3 bench/generate.py "$big" "$work/big.yaml" "$work/big.json"
ls -l "$work/big.yaml" "$work/big.json" | awk '{print $5, $9}'
# 0 (answered) or 1 (the file does not say: the generated data need not hold such a clause); any other status fails
big_q="./terms -f $work/big.yaml ask 'who holds a right of first refusal on widgets in europe' -o json > /dev/null; test \$? -le 1"
# the model cache is the run's own: the first run parses the YAML and fills it, later runs read it
export TERMS_CACHE_DIR="$work/model-cache"
echo "first run (parses the YAML, fills the model cache): time and peak RSS"
/usr/bin/time -f "%e s, %M KB" sh -c "$big_q"
echo "peak RSS of a run from the model cache:"
/usr/bin/time -f "%e s, %M KB" sh -c "$big_q"
hyperfine -w 1 -r "$($smoke && echo 1 || echo 5)" --export-markdown "$work/big.md" \
    "$big_q" \
    "jq '[.clauses[] | select(.kind == \"right-of-first-refusal\" and .object == \"widgets\" and .where == \"europe\") | .party]' $work/big.json > /dev/null"
echo "== 3b. $big clauses on each JDK: first read (cold model cache) of the YAML and of the JSON, and from the cache, vs jq; peak RSS of every cold run"
# issue 13's rows, side by side in one hyperfine run per JDK. --prepare empties the model cache
# before every timed run of the first-read rows (jq's too: it does not care).
q='who holds a right of first refusal on widgets in europe'
jq_big="jq '[.clauses[] | select(.kind == \"right-of-first-refusal\" and .object == \"widgets\" and .where == \"europe\") | .party]' $work/big.json > /dev/null"
rss_runs=10; first_runs=5
if $smoke; then rss_runs=1; first_runs=1; fi
jdks=()
for j in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64; do [ -x "$j/bin/java" ] && jdks+=("$j"); done
for jh in "${jdks[@]}"; do
    name=$(basename "$jh")
    echo "-- $name: $("$jh/bin/java" -version 2>&1 | head -n 1)"
    JAVA_HOME=$jh ./terms --version > /dev/null # its class archive, once
    cold="$work/cold-$name"
    first() { echo "JAVA_HOME=$jh TERMS_CACHE_DIR=$cold ./terms -f $work/$1 ask '$q' -o json > /dev/null; test \$? -le 1"; }
    hyperfine -w 0 -r "$first_runs" --prepare "rm -rf $cold" --export-markdown "$work/first-$name.md" \
        "$(first big.yaml)" "$(first big.json)" "$jq_big"
    warm="$work/warm-$name"
    cached() { echo "JAVA_HOME=$jh TERMS_CACHE_DIR=$warm ./terms -f $work/$1 ask '$q' -o json > /dev/null; test \$? -le 1"; }
    sh -c "$(cached big.yaml)"; sh -c "$(cached big.json)" # fill the cache
    hyperfine -w 1 -r "$first_runs" --export-markdown "$work/cached-$name.md" \
        "$(cached big.yaml)" "$(cached big.json)" "$jq_big"
    for f in big.yaml big.json; do
        all=""; most=0
        for i in $(seq "$rss_runs"); do
            rm -rf "$cold"
            kb=$( { /usr/bin/time -f "%M" sh -c "$(first $f)" > /dev/null; } 2>&1 | tail -n 1)
            all="$all $kb"; [ "$kb" -gt "$most" ] && most=$kb
        done
        echo "$name $f, cold: peak RSS of each of $rss_runs runs (KB):$all; the most $most KB$([ "$most" -le 1048576 ] && echo ' (<= 1 GiB)' || echo ' (OVER 1 GiB)')"
    done
done

echo "== 3+. every other command on $big clauses, from the model cache (one run each: none should grow faster than the file)"
# each must end with its own status (hyperfine stops the run on any other), so a crash is never
# timed as a fast run: diff exits 1 when something changed, as diff(1); the rest 0
cmds=()
for c in "clauses" "clauses -o json" "parties" "timeline" "graph" "search widgets europe" \
         "diff --from 2020-01-01 --to 2024-01-01" "coverage" "ask --explain 'who shares revenue'"; do
    want=0
    case "$c" in diff*) want=1 ;; esac
    cmds+=("./terms -f $work/big.yaml $c > /dev/null; test \$? -eq $want")
done
hyperfine -w 0 -r 1 --export-markdown "$work/big-commands.md" "${cmds[@]}"
unset TERMS_CACHE_DIR

echo "== 4. --help, --version and completion read no terms file"
(cd "$work" && "$OLDPWD/terms" --help > /dev/null && "$OLDPWD/terms" --version > /dev/null && echo "ok: no terms.yaml needed")

cat "$work"/*.md
