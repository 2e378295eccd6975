#!/usr/bin/env bash
# Benchmarks, side by side in one run on one machine (ratios, not absolute times, are what count
# on shared, noisy machines). Needs hyperfine, jq, python3 and a JDK; builds the jar if needed.
#
#   bench/run.sh            the full run: issue 13's table on every JDK (bench/issue13.py), targets 2-4 of issue 6
#                           (about half an hour)
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

echo "== 1. issue 13's table, every row on every JDK >= 17 installed, side by side in one run (bench/issue13.py):"
echo "   start-up vs java Hello; first read and model cache vs jq on $big clauses; peak RSS of every cold run; the broad question once loaded"
# start-up: bench/ab.py, Hello and terms on each JDK interleaved in a shuffled order every round, ratios per
# round. The launcher's archive is trained (terms train) on a mix of other runs, not on this one (TrainingTest)
python3 bench/issue13.py $($smoke && echo --smoke || echo "--clauses $big")

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
