#!/usr/bin/env bash
# Java's own HTTP client (java.net.http with its defaults, as Codat's Java SDK uses it) against fresh starts of the
# sandbox: for each start, 8 clients x 40 parallel requests mixing a page of 5,000 customers, pages of 100 and 20 and
# one customer (dev.codatsandbox.edge.JavaClientLoad), every body compared with its HTTP/1.1 twin. Each protocol gets
# a start of its own, so every load meets a server that has just started.
#
#   bench/java-client-load.sh                   # 20 starts of the jar and 10 of the native executable, each
#                                               # over the plain port and over HTTPS
#   JAR_STARTS=5 NATIVE_STARTS=0 bench/java-client-load.sh
#   H2C=1 bench/java-client-load.sh             # the plain port with sandbox.http.h2c=true, as before HTTP/1.1
#                                               # became its default: Java's client then upgrades to h2c
#
# Needs target/quarkus-app (./mvnw -DskipTests package, which also compiles the test classes) and, for the native
# part, target/*-runner (./mvnw -DskipTests package -Dnative). Prints one line per start and the totals; exits 1
# when any request failed or any body differed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jar_starts=${JAR_STARTS:-20}
native_starts=${NATIVE_STARTS:-10}
port=${LOAD_PORT:-18380}
ssl_port=${LOAD_SSL_PORT:-18743}
h2c=${H2C:-0}
tls=$root/bench/target/tls
mkdir -p "$root/bench/target"
log=$root/bench/target/java-client-load-server.log
pid=""
failures=0

cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

flags=(-Dquarkus.http.port="$port" -Dquarkus.http.ssl-port="$ssl_port" -Dsandbox.https.enabled=true
  -Dsandbox.https.dir="$tls" -Dsandbox.fixtures.dir="$root/fixtures")
if [ "$h2c" = 1 ]; then
  flags+=(-Dsandbox.http.h2c=true)
fi

# Starts the server given as arguments and waits for its first answer.
start() {
  "$@" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 400); do
    if curl -s -o /dev/null -f "http://localhost:$port/q/health/ready"; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the server exited:"; cat "$log"; exit 1
    fi
    sleep 0.05
  done
  echo "the server did not answer within 20 s:"; cat "$log"; exit 1
}

stop() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}

# run NAME STARTS COMMAND...: the load on STARTS fresh starts, over the plain port and over HTTPS.
run() {
  local name=$1 starts=$2
  shift 2
  local i protocol url line
  for protocol in plain https; do
    for i in $(seq 1 "$starts"); do
      start "$@"
      if [ "$protocol" = plain ]; then url="http://localhost:$port"; else url="https://localhost:$ssl_port"; fi
      if line=$(java -cp target/test-classes dev.codatsandbox.edge.JavaClientLoad "$url" "$tls/ca.pem"); then
        :
      else
        failures=$((failures + 1))
      fi
      printf '%-7s %-5s start %2d: %s\n' "$name" "$protocol" "$i" "$line"
      stop
    done
  done
}

echo "java.net.http with its defaults, $(java -version 2>&1 | head -1); h2c on the plain port: $([ "$h2c" = 1 ] && echo on || echo off)"
if [ "$jar_starts" -gt 0 ]; then
  run jar "$jar_starts" java -Xmx256m -Xms16m -XX:+UseSerialGC "${flags[@]}" -jar target/quarkus-app/quarkus-run.jar
fi
if [ "$native_starts" -gt 0 ]; then
  runner=$(ls target/*-runner 2>/dev/null | head -1 || true)
  if [ -z "$runner" ]; then
    echo "no native executable in target/ (./mvnw -DskipTests package -Dnative): its starts are skipped"
  else
    run native "$native_starts" "$runner" "${flags[@]}"
  fi
fi
echo "starts with a failed request or a differing body: $failures"
[ "$failures" -eq 0 ]
