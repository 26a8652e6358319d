#!/usr/bin/env bash
# Benchmarks this sandbox against WireMock standalone serving the same bytes (docs/benchmarks.md).
# Installs what it needs (wrk from Debian, WireMock from Maven Central), builds the jar if it is missing and the
# start-up floor (bench/floor), then runs bench/bench.py. Options are environment variables: see bench/bench.py's
# docstring.
set -euo pipefail
cd "$(dirname "$0")/.."

WIREMOCK_VERSION="${WIREMOCK_VERSION:-3.13.2}"
OUT=bench/target
mkdir -p "$OUT"

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk (Debian package)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null; fi
fi

# The jar, with an AppCDS archive made by a training run (bench/appcds.sh: start-up and a first page, a customer and
# the readiness check; BENCH_APPCDS=0 to leave an existing build and archive as they are). The archive is made again
# whenever the jar is newer than it (an archive Quarkus' build made, -Dquarkus.package.jar.appcds.enabled=true, is
# replaced by one from a training run).
SANDBOX_RUN_OPTIONS="-Xmx256m -Xms16m -XX:+UseSerialGC"
COMPANY_PATH=/companies/919371ab-763c-4bc7-99a4-9723cade34d3/data/customers
APP=target/quarkus-app
if [ ! -f "$APP/quarkus-run.jar" ]; then
  echo "building the sandbox jar" >&2
  ./mvnw -B -q -DskipTests package
fi
if [ "${BENCH_APPCDS:-1}" = 1 ] && { [ ! -f "$APP/app-cds.trained" ] || [ "$APP/quarkus-run.jar" -nt "$APP/app-cds.trained" ]; }; then
  echo "making the sandbox's AppCDS archive (training run)" >&2
  JAVA_OPTS="${BENCH_SANDBOX_JAVA_OPTS:-$SANDBOX_RUN_OPTIONS}" bench/appcds.sh "$APP" "${BENCH_PORT:-18081}" \
      "$COMPANY_PATH?page=1&pageSize=100" "$COMPANY_PATH/71" /q/health/ready -- -Dsandbox.fixtures.dir="$PWD/fixtures"
fi

# The start-up floor (bench/floor): a Quarkus REST hello world with the sandbox's Quarkus version, built as the sandbox
# is (jar with an AppCDS archive from a training run that asks GET /hello); its native executable too with BENCH_FLOOR_NATIVE=1 (GraalVM's native-image needed,
# as for the sandbox's own). Rebuilt when the sandbox's Quarkus version changes.
QUARKUS_VERSION="$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' pom.xml | head -1)"
FLOOR=bench/floor/target
build_floor() {
  ./mvnw -B -q -f bench/floor/pom.xml -DskipTests package -Dquarkus.platform.version="$QUARKUS_VERSION" "$@"
}
if [ "$(cat "$FLOOR/built-with" 2>/dev/null)" != "$QUARKUS_VERSION" ]; then rm -rf "$FLOOR"; fi
if [ "${BENCH_FLOOR_NATIVE:-0}" = 1 ] && ! ls "$FLOOR"/*-runner >/dev/null 2>&1; then
  echo "building the start-up floor's native executable (Quarkus $QUARKUS_VERSION)" >&2
  build_floor -Dquarkus.native.enabled=true -Dquarkus.package.jar.enabled=false >"$OUT/floor-native-build.log" 2>&1 \
      || { tail -40 "$OUT/floor-native-build.log" >&2; exit 1; }
fi
if [ ! -f "$FLOOR/quarkus-app/quarkus-run.jar" ]; then
  echo "building the start-up floor, a Quarkus REST hello world (Quarkus $QUARKUS_VERSION)" >&2
  build_floor
  echo "$QUARKUS_VERSION" > "$FLOOR/built-with"
fi
if [ ! -f "$FLOOR/quarkus-app/app-cds.trained" ] || [ "$FLOOR/quarkus-app/quarkus-run.jar" -nt "$FLOOR/quarkus-app/app-cds.trained" ]; then
  echo "making the start-up floor's AppCDS archive (training run)" >&2
  JAVA_OPTS="${BENCH_SANDBOX_JAVA_OPTS:-$SANDBOX_RUN_OPTIONS}" bench/appcds.sh "$FLOOR/quarkus-app" "${BENCH_PORT:-18081}" /hello
fi

WIREMOCK_JAR="$OUT/wiremock-standalone-$WIREMOCK_VERSION.jar"
if [ ! -f "$WIREMOCK_JAR" ]; then
  echo "fetching WireMock $WIREMOCK_VERSION from Maven Central" >&2
  ./mvnw -B -q dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" \
      -DoutputDirectory="$OUT" -Dmdep.overWriteReleases=true
fi

exec python3 bench/bench.py --wiremock-jar "$WIREMOCK_JAR" "$@"
