#!/usr/bin/env bash
# Writes the AppCDS archive of a Quarkus jar (quarkus-app/app-cds.jsa) from a training run: the JVM started with
# -XX:ArchiveClassesAtExit (JDK 13 and later), asked the given paths once it answers the first of them, then stopped,
# so that the archive holds the classes start-up and first requests load, not only those of the run without requests
# that -Dquarkus.package.jar.appcds.enabled=true makes during the build. The archive is used as Quarkus' is:
# java -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar, run from the quarkus-app folder, with the same JDK.
#
#   bench/appcds.sh QUARKUS_APP_DIR PORT PATH [PATH...]   (JVM options in JAVA_OPTS; -D options after --)
set -euo pipefail
APP="$1"; PORT="$2"; shift 2
PATHS=(); while [ $# -gt 0 ] && [ "$1" != "--" ]; do PATHS+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
cd "$APP"
rm -f app-cds.jsa app-cds.trained
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit=app-cds.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dquarkus.http.port="$PORT" "$@" -jar quarkus-run.jar >appcds-training.log 2>&1 &
PID=$!
for _ in $(seq 1 1200); do
  if curl -sf -o /dev/null -H 'Authorization: Basic ZGVtbw==' "http://127.0.0.1:$PORT${PATHS[0]}"; then break; fi
  kill -0 "$PID" 2>/dev/null || { tail -20 appcds-training.log >&2; exit 1; }
  sleep 0.1
done
for path in "${PATHS[@]}"; do
  curl -s -o /dev/null -H 'Authorization: Basic ZGVtbw==' "http://127.0.0.1:$PORT$path"
done
sleep 2
kill -TERM "$PID"
wait "$PID" || true
[ -f app-cds.jsa ] || { echo "no archive written: see $APP/appcds-training.log" >&2; exit 1; }
# Marks the archive as a training run's, which bench/run.sh checks (Quarkus' own build writes the same file name).
touch app-cds.trained
