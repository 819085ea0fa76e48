#!/usr/bin/env bash
# The README's main job: package the StreamingNumbers sample for arm64 and show it streaming.
#
#   scripts/demo.sh                  fresh Debian 12 machine as root, no registry: prepares the engine, arm64
#                                    emulation and a local builder image first (scripts/test-env.sh up)
#   scripts/demo.sh --default-image  a workstation with Docker running: the plugin pulls its default builder
#                                    image (amazoncorretto:25-al2023-jdk) instead
#
# It then unzips the packaged zip into /var/task of a linux/arm64 container and runs its bootstrap there. With no
# AWS_LAMBDA_RUNTIME_API set, the runtime serves a local Runtime API on 127.0.0.1:7000 (the container shares
# the host's network), and `curl --no-buffer -d '{}' localhost:7000/invoke` prints 1..10 as they are written.
set -euo pipefail
cd "$(dirname "$0")/.."

LOCAL_IMAGE=lambda-packager/builder-test:25-arm64
PORT=${LOCAL_LAMBDA_PORT:-7000}
ZIP=sample-project/target/lambda-packager/outputs/StreamingNumbers/StreamingNumbers.zip
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

if [ "${1:-}" = --default-image ]; then
  RUN_IMAGE=""
  maven_flags=()
else
  say "Preparing this machine (engine, arm64 emulation, local builder images)"
  LAMBDA_TEST_ENV_ARCHES=arm64 LAMBDA_TEST_ENV_JDKS=25 scripts/test-env.sh up
  RUN_IMAGE=$LOCAL_IMAGE
  maven_flags=(-Dlambda.builderImage="$LOCAL_IMAGE" -Dlambda.pullPolicy=never)
fi
for tool in curl unzip; do
  command -v $tool >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq $tool >/dev/null; }
done

say "Building the reactor and packaging StreamingNumbers for arm64"
log=$(mktemp)
if ! mvn -B -ntp package -DskipTests -pl sample-project -am "${maven_flags[@]}" >"$log" 2>&1; then
  tail -n 60 "$log"; exit 1
fi
sed -n 's/^\[INFO\] //p' "$log" | grep -E '^(\[builder\]|Building the JRE|Built the JRE|JRE cache hit|[0-9]+ archives? created|  target/)' || true

say "Running the packaged bootstrap in a linux/arm64 container (local Runtime API on 127.0.0.1:$PORT)"
# Unzipped as Lambda does: modes kept, entry times read as UTC (the CDS archive checks the jars' times).
task=sample-project/target/demo-task
rm -rf "$task" && mkdir -p "$task"
TZ=UTC unzip -q "$ZIP" -d "$task"
# Any linux/arm64 image with /bin/sh runs it: the zip carries its own JRE. The builder image is at hand; its
# JAVA_TOOL_OPTIONS (Corretto sets one) is dropped, as Lambda sets none.
RUN_IMAGE=${RUN_IMAGE:-public.ecr.aws/amazoncorretto/amazoncorretto:25-al2023-jdk}
name=lambda-packager-demo-$$
docker run -d --rm --pull=never --name "$name" --platform linux/arm64 --network host \
  -e LOCAL_LAMBDA_PORT="$PORT" -e AWS_LAMBDA_FUNCTION_MEMORY_SIZE=128 -e LAMBDA_TASK_ROOT=/var/task \
  -v "$PWD/$task":/var/task:ro "$RUN_IMAGE" env -u JAVA_TOOL_OPTIONS /var/task/bootstrap >/dev/null
trap 'docker rm -f "$name" >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 300); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null && break
  docker inspect "$name" >/dev/null 2>&1 || { echo "the function's container stopped"; exit 1; }
  sleep 0.2
done
docker logs "$name" 2>&1 | sed 's/^/  [function] /'

say "curl --no-buffer -d '{}' localhost:$PORT/invoke   (seconds since the request, then the line)"
start=${EPOCHREALTIME/./}
curl -sS --no-buffer -d '{}' "http://127.0.0.1:$PORT/invoke" | while IFS= read -r line; do
  elapsed=$(( (${EPOCHREALTIME/./} - start) / 10000 ))
  printf '  %3d.%02d s  %s\n' $((elapsed / 100)) $((elapsed % 100)) "$line"
done
say "Done. The zip to deploy: $ZIP (see sample-project/README.md)"
