#!/usr/bin/env bash
# What WordNet's first use adds to a one-shot question (dev.terms.bench.WordNetFirstUse), on the
# launcher's JVM flags, in fresh JVMs:
#   1. hyperfine, whole process: none (loads a terms file and parses a question) vs word (+ one
#      lookup) vs question (+ a question's worth: six words' parts of speech, three relations);
#   2. the in-process time of that step alone, wall and this thread's CPU, median of RUNS runs
#      (on a shared machine wall time mostly measures the neighbours: read the CPU column);
#   3. the same with a dynamic CDS archive trained on the question mode, as the launcher's
#      archive will be once its training run reaches WordNet.
# JAVA_HOME picks the JDK (default: the JDK 17 under /usr/lib/jvm).
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java"
runs="${RUNS:-15}"
agreement=/work/shared/acceptance/agreements/common-paper-mnda.yaml
[ -f "$agreement" ] || agreement=terms.yaml
mvn -q -B -o -Dstyle.color=never -DskipTests package >/dev/null
mvn -q -B -o -Dstyle.color=never test-compile
out=target/wordnet-bench
rm -rf "$out" && mkdir -p "$out/classes/dev/terms/bench"
cp target/test-classes/dev/terms/bench/WordNetFirstUse.class "$out/classes/dev/terms/bench/"
(cd "$out/classes" && jar cf ../bench.jar dev)   # a jar: CDS refuses directories on the class path
cp="target/terms.jar:$out/bench.jar"
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
run() { "$java" $flags "$@" -cp "$cp" dev.terms.bench.WordNetFirstUse; }

if command -v hyperfine >/dev/null; then
    hyperfine -N -w 3 -r "$runs" \
        "$java $flags -cp $cp dev.terms.bench.WordNetFirstUse none $agreement" \
        "$java $flags -cp $cp dev.terms.bench.WordNetFirstUse word $agreement" \
        "$java $flags -cp $cp dev.terms.bench.WordNetFirstUse question $agreement"
fi

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
report() { # label, extra JVM flags...
    label=$1; shift
    for mode in none word question; do
        for _ in $(seq "$runs"); do "$java" $flags "$@" -cp "$cp" dev.terms.bench.WordNetFirstUse "$mode" "$agreement" print; done > "$out/$mode.txt"
        printf '%-8s %-9s wall %6s us   cpu %6s us   (median of %s)\n' "$label" "$mode" \
            "$(cut -d' ' -f1 "$out/$mode.txt" | median)" "$(cut -d' ' -f2 "$out/$mode.txt" | median)" "$runs"
    done
}
report "no CDS"
"$java" $flags -XX:ArchiveClassesAtExit="$out/bench.jsa" -cp "$cp" dev.terms.bench.WordNetFirstUse question "$agreement" >/dev/null 2>&1
report "CDS" -XX:SharedArchiveFile="$out/bench.jsa" -Xlog:disable
