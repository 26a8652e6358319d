#!/usr/bin/env bash
# Builds the sandbox's container images with podman on a machine without a container registry, runs them, and
# checks that each answers byte-identically to the plain JVM server (native/compare-bodies.sh).
#
#   native/containers.sh            # JVM image; native image too when target/*-runner exists
#   native/containers.sh --native   # also builds the native executable first (needs ../shared/native-toolchain)
#
# The images are built by native/images.sh, from local base images (base images cannot be pulled here).
#
# Prints each step, each image's start-up time (container start to first 200) and RSS, and the comparison; exits
# non-zero if an image does not start or answers differently.
set -euo pipefail
cd "$(dirname "$0")/.."

plain_port=${PLAIN_PORT:-18181}
jvm_port=${JVM_IMAGE_PORT:-18182}
native_port=${NATIVE_IMAGE_PORT:-18183}
native_plain_port=${NATIVE_PLAIN_PORT:-18184}
key='Authorization: Basic ZGVtbw=='
probe=/companies/919371ab-763c-4bc7-99a4-9723cade34d3/data/customers?pageSize=1
run_flags=(--runtime runc --cgroup-manager=cgroupfs --ulimit nofile=1024:1024 --ulimit nproc=1024:1024)

step() { echo "== $*"; }

if [ "${1:-}" = "--native" ]; then
  native/images.sh --native
else
  native/images.sh
fi
images=(jvm)
runner=$(ls target/*-runner 2>/dev/null | head -1 || true)
if [ -n "$runner" ]; then
  images+=(native)
fi

plain_pid=
native_pid=
cleanup() {
  [ -n "$plain_pid" ] && kill "$plain_pid" 2>/dev/null || true
  [ -n "$native_pid" ] && kill "$native_pid" 2>/dev/null || true
  podman rm -f sandbox-jvm sandbox-native >/dev/null 2>&1 || true
}
trap cleanup EXIT

wait_ready() { # url, timeout seconds
  local deadline=$((SECONDS + $2))
  until curl -fs -o /dev/null -H "$key" "$1$probe" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || { echo "not ready: $1"; return 1; }
    sleep 0.02
  done
}
millis() { date +%s%3N; }
rss_of_pid() { awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$1/status"; }

step "starting the plain JVM server on port $plain_port"
started=$(millis)
java -Xmx256m -Xms16m -XX:+UseSerialGC -Dquarkus.http.port="$plain_port" -jar target/quarkus-app/quarkus-run.jar >/tmp/sandbox-plain.log 2>&1 &
plain_pid=$!
wait_ready "http://localhost:$plain_port" 60
ready=$(millis)
sleep 1
echo "jar: start to first 200 in $((ready - started)) ms; RSS $(rss_of_pid "$plain_pid")"

status=0
if [ -n "$runner" ]; then
  step "starting the plain native executable on port $native_plain_port"
  started=$(millis)
  "$runner" -Dquarkus.http.port="$native_plain_port" >/tmp/sandbox-native.log 2>&1 &
  native_pid=$!
  wait_ready "http://localhost:$native_plain_port" 60
  ready=$(millis)
  sleep 1
  echo "native executable: start to first 200 in $((ready - started)) ms; RSS $(rss_of_pid "$native_pid")"
  step "comparing bodies: plain JVM server vs plain native executable"
  native/compare-bodies.sh "http://localhost:$plain_port" "http://localhost:$native_plain_port" || status=1
  kill "$native_pid" 2>/dev/null || true
fi

for image in "${images[@]}"; do
  port_var=${image}_port
  port=${!port_var}
  step "running codat-customers-sandbox:$image on port $port"
  started=$(millis)
  podman run -d --name "sandbox-$image" "${run_flags[@]}" -p "$port:8080" \
    "localhost/codat-customers-sandbox:$image" >/dev/null 2>&1
  wait_ready "http://localhost:$port" 60
  ready=$(millis)
  pid=$(podman inspect --format '{{.State.Pid}}' "sandbox-$image")
  sleep 1
  echo "$image image: container start to first 200 in $((ready - started)) ms; RSS $(rss_of_pid "$pid")"
  health=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/q/health/ready")
  echo "$image image: /q/health/ready answers $health"
  # podman runs HEALTHCHECK from systemd timers, absent here: run the image's health check once by hand
  if podman healthcheck run "sandbox-$image" 2>/dev/null; then
    echo "$image image: HEALTHCHECK passes"
  else
    echo "$image image: HEALTHCHECK fails"; status=1
  fi
  step "comparing bodies: plain JVM server vs $image image"
  if ! native/compare-bodies.sh "http://localhost:$plain_port" "http://localhost:$port"; then
    status=1
  fi
  podman rm -f "sandbox-$image" >/dev/null 2>&1
done
if [ $status -eq 0 ]; then
  step "every image answers byte-identically to the plain JVM server"
else
  step "an image answers differently"
fi
exit $status
