#!/usr/bin/env bash
# JMH benchmarks of the engine on generated portfolios: load, index and one question on 1,000 and
# 10,000 clauses (EngineBenchmark); questions of several shapes on 100,000 (QuestionBenchmark).
#   bench/jmh.sh            the full run
#   bench/jmh.sh --smoke    one short iteration, for CI (no timing assertions)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Dstyle.color=never test-compile
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
if [ "${1:-}" = "--smoke" ]; then
    java -cp "$cp" org.openjdk.jmh.Main 'EngineBenchmark|QuestionBenchmark' -p clauses=200 -f 0 -wi 0 -i 1 -r 200ms
else
    java -cp "$cp" org.openjdk.jmh.Main EngineBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
    java -cp "$cp" org.openjdk.jmh.Main QuestionBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
fi
