#!/usr/bin/env bash
# Runs a command with Testcontainers pointed at podman's Docker-compatible API, on a machine with no Docker engine
# and no registry (the images must already be in podman's store: native/images.sh builds them).
#
#   native/with-podman-api.sh ./mvnw -B -f client/pom.xml test -Dcodat.sandbox.source=container
#
# What it takes: podman's API service on a private socket, with cgroupfs, runc and the ulimits this kind of machine
# needs (a containers.conf of its own); DOCKER_HOST pointed at it; Ryuk (Testcontainers' reaper, an image from
# Docker Hub) and Testcontainers' start-up checks off, since nothing can be pulled.
set -euo pipefail
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
trap 'kill $service 2>/dev/null || true; wait $service 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -S "$socket" ] && break; sleep 0.1; done
[ -S "$socket" ] || { echo "podman's API did not start:"; cat "$work/service.log"; exit 1; }

export DOCKER_HOST="unix://$socket"
export TESTCONTAINERS_RYUK_DISABLED=true
export TESTCONTAINERS_CHECKS_DISABLE=true
export CONTAINERS_CONF="$work/containers.conf"
"$@"
