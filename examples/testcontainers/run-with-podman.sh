#!/usr/bin/env bash
# Runs this example's Testcontainers tests against podman's Docker-compatible API, on a machine with no Docker
# engine and no registry (the sandbox's image must already be in podman's store: native/containers.sh builds it).
#
#   examples/testcontainers/run-with-podman.sh [image]     # default localhost/codat-customers-sandbox:jvm
#
# What it takes: podman's API service on a private socket, with cgroupfs, runc and the ulimits this kind of machine
# needs (a containers.conf of its own); Testcontainers pointed at it with DOCKER_HOST; Ryuk (its reaper, an image
# from Docker Hub) and its start-up checks off, since nothing can be pulled here.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
image=${1:-localhost/codat-customers-sandbox:jvm}
work=$(mktemp -d)
socket="$work/podman.sock"
cat > "$work/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]
[engine]
cgroup_manager = "cgroupfs"
runtime = "runc"
events_logger = "file"
CONF
CONTAINERS_CONF="$work/containers.conf" podman system service --time=0 "unix://$socket" >"$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
echo "podman API on $socket: $(curl -s --unix-socket "$socket" http://d/version | head -c 120)"

export DOCKER_HOST="unix://$socket"
export TESTCONTAINERS_RYUK_DISABLED=true
export TESTCONTAINERS_CHECKS_DISABLE=true
cd "$here"
"$here/../../mvnw" -B test -Dsandbox.image="$image"
