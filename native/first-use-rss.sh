#!/usr/bin/env bash
# Measures the server's resident memory before and after many distinct companies are first used.
#
#   native/first-use-rss.sh [companies] [port] [pageSize]   # defaults: 50000 companies, port 8090, page size 100
#
# Starts the built JVM server (target/quarkus-app/quarkus-run.jar) with JAVA_OPTS (default: the heap setting the
# docs/running.md documents), reads its RSS, requests page 1 of `companies` distinct first-use companies (8 clients in
# parallel, keep-alive), and reads RSS again, with the peak (VmHWM). Build first: ./mvnw -B -DskipTests package
set -euo pipefail
COMPANIES=${1:-50000}
PORT=${2:-8090}
PAGE_SIZE=${3:-100}
APP=${APP:-target/quarkus-app}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -Xms16m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}
cd "$(dirname "$0")/.."

java $JAVA_OPTS -Dquarkus.http.port="$PORT" -jar "$APP/quarkus-run.jar" > "${TMPDIR:-/tmp}/first-use-rss.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -s -o /dev/null "localhost:$PORT/q/none" 2>/dev/null && break
  sleep 0.5
done
# one request so that the request path is loaded before the first reading
curl -s -o /dev/null -H 'Authorization: Basic ZGVtbw==' \
  "localhost:$PORT/companies/919371ab-763c-4bc7-99a4-9723cade34d3/data/customers"
rss() { awk '/VmRSS|VmHWM/ {printf "%s %d MB  ", $1, $2/1024}' "/proc/$PID/status"; echo; }
echo "JAVA_OPTS: $JAVA_OPTS"
echo -n "before: "; rss

python3 - "$PORT" "$COMPANIES" "$PAGE_SIZE" <<'PY'
import http.client, sys, threading, time, uuid
port, total, page_size = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
failures, done = [], [0]
lock = threading.Lock()
def client(first):
    conn = http.client.HTTPConnection("localhost", port, timeout=60)
    for i in range(first, total, 8):
        company = uuid.UUID(int=(0x5eed << 96) + i)
        conn.request("GET", f"/companies/{company}/data/customers?pageSize={page_size}", headers={"Authorization": "Basic ZGVtbw=="})
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            failures.append(response.status)
        with lock:
            done[0] += 1
started = time.time()
threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(f"{done[0]} companies requested in {time.time() - started:.0f} s, {len(failures)} not 200")
PY

echo -n "after:  "; rss
