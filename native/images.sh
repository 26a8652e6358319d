#!/usr/bin/env bash
# Builds the sandbox's container images with podman, from local base images, on a machine without a container
# registry:
#
#   native/images.sh            # codat-customers-sandbox:jvm (the jar is built first if target/ has none);
#                               # codat-customers-sandbox:native too when target/*-runner exists
#   native/images.sh --native   # builds the native executable first (needs ../shared/native-toolchain), then both
#
# podman names local builds localhost/<name>:<tag>; the short name codat-customers-sandbox:jvm, which the client
# library uses, resolves to them (as it does, with Docker, to an image built with docker build -t).
#
# Base images cannot be pulled, so they are made locally: a Debian bookworm `debootstrap --variant=minbase` tree
# imported with `podman import` (the native image's base: glibc and zlib are all it needs), and that base plus
# Debian's openjdk-17-jre-headless and curl (the JVM image's base). The Dockerfiles are the ones a machine with a
# registry uses (src/main/docker/Dockerfile.jvm, Dockerfile.native-micro), given these bases as BASE_IMAGE.
set -euo pipefail
cd "$(dirname "$0")/.."

build_flags=(--runtime runc --cgroup-manager=cgroupfs --format docker)
minbase=localhost/sandbox-base-minbase:bookworm
jrebase=localhost/sandbox-base-jre17:bookworm

step() { echo "== $*"; }

need=()
for tool in podman buildah runc newuidmap fuse-overlayfs slirp4netns debootstrap curl; do
  command -v "$tool" >/dev/null || need+=("$tool")
done
if [ ${#need[@]} -gt 0 ]; then
  step "installing podman and its helpers (missing: ${need[*]})"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman buildah runc uidmap fuse-overlayfs slirp4netns \
    debootstrap curl >/dev/null
fi

if ! podman image exists "$minbase"; then
  step "making $minbase with debootstrap --variant=minbase"
  root=$(mktemp -d /var/tmp/sandbox-minbase.XXXXXX)
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
  tar -C "$root" -c . | podman import - "$minbase" >/dev/null
  rm -rf "$root"
fi
if ! podman image exists "$jrebase"; then
  step "making $jrebase (minbase + openjdk-17-jre-headless + curl)"
  ctx=$(mktemp -d)
  cat > "$ctx/Containerfile" <<CONTAINERFILE
FROM $minbase
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    openjdk-17-jre-headless curl ca-certificates >/dev/null && rm -rf /var/lib/apt/lists/*
CONTAINERFILE
  podman build "${build_flags[@]}" -q -t "$jrebase" "$ctx" >/dev/null
  rm -rf "$ctx"
fi

if [ "${1:-}" = "--native" ]; then
  step "building the native executable"
  toolchain=../shared/native-toolchain/install.sh
  [ -x "$toolchain" ] || toolchain=/work/shared/native-toolchain/install.sh
  eval "$("$toolchain")"
  ./mvnw -B -q package -Dnative -DskipTests
fi
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  step "building the jar"
  ./mvnw -B -q package -DskipTests
fi

step "building image codat-customers-sandbox:jvm"
podman build "${build_flags[@]}" -q -f src/main/docker/Dockerfile.jvm --build-arg BASE_IMAGE="$jrebase" \
  -t localhost/codat-customers-sandbox:jvm . >/dev/null
runner=$(ls target/*-runner 2>/dev/null | head -1 || true)
if [ -n "$runner" ]; then
  step "building image codat-customers-sandbox:native from $runner"
  podman build "${build_flags[@]}" -q -f src/main/docker/Dockerfile.native-micro --build-arg BASE_IMAGE="$minbase" \
    -t localhost/codat-customers-sandbox:native . >/dev/null
else
  step "no native executable in target/: skipping the native image (run with --native to build it)"
fi
podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep codat-customers-sandbox
