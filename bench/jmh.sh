#!/usr/bin/env bash
# Runs the JMH microbenchmarks of src/jmh/java (docs/benchmarks.md): compiles them with the jmh profile (into
# target/jmh/, apart from the default build), then runs JMH's main. The benchmarks' own annotations set short runs
# (one fork with -Xmx256m, 3 warm-up and 5 measured iterations of 2 s); arguments go to JMH and override them: a
# name pattern (bench/jmh.sh CustomerDraw), -f 3, -i 10, -prof gc... JVM options for JMH itself go in JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/jmh
./mvnw -B -q -Pjmh test-compile
./mvnw -B -q -Pjmh dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
CLASSPATH="$OUT/test-classes:$OUT/classes:$(cat "$OUT/classpath.txt")"

# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -cp "$CLASSPATH" org.openjdk.jmh.Main -rf json -rff "$OUT/jmh-result.json" "$@"
