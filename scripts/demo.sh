#!/usr/bin/env bash
# The README's main job: package the StreamingNumbers sample for arm64 and show it streaming.
#
#   scripts/demo.sh                  fresh Debian 12 machine as root, no registry: prepares the engine, arm64
#                                    emulation and a local builder image first (scripts/test-env.sh up)
#   scripts/demo.sh --default-image  a workstation with Docker running: the plugin pulls its default builder
#                                    image (amazoncorretto:25-al2023-jdk) instead
#
# It then runs the zip with `mvn lambda:invoke`: in a linux/arm64 container shaped like Lambda's sandbox, with the
# Runtime API served inside it, printing 1..10 as they are written and Lambda's REPORT line.
set -euo pipefail
cd "$(dirname "$0")/.."

LOCAL_IMAGE=lambda-packager/builder-test:25-arm64
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

say "Building the reactor and packaging StreamingNumbers for arm64"
log=$(mktemp)
# install, not package: the second Maven run below finds the plugin in the local repository.
if ! mvn -B -ntp install -DskipTests -Dinvoker.skip=true -pl sample-project -am "${maven_flags[@]}" >"$log" 2>&1; then
  tail -n 60 "$log"; exit 1
fi
sed -n 's/^\[INFO\] //p' "$log" | grep -E '^(\[builder\]|Building the JRE|Built the JRE|JRE cache hit|[0-9]+ archives? created|  target/)' || true

# lambda:invoke runs the zip in a linux/arm64 container shaped like Lambda's sandbox (emulated on x86), with the
# Runtime API served inside it; the body reaches the console as it streams, each line stamped here as it arrives.
say "mvn lambda:invoke   (seconds since the invocation started, then the line)"
invoke_flags=("${maven_flags[@]}")
if [ -n "$RUN_IMAGE" ]; then invoke_flags+=(-Dlambda.invokeImage="$RUN_IMAGE"); fi
start=""
reported=""
mvn -B -ntp -f sample-project/pom.xml lambda:invoke "${invoke_flags[@]}" 2>&1 | while IFS= read -r line; do
  case "$line" in
    *"START RequestId"*) start=${EPOCHREALTIME/./} ;;
    *"BUILD SUCCESS"*|*"BUILD FAILURE"*) echo "  $line"; continue ;;
  esac
  if [ -n "$reported" ]; then
    if [[ "$line" == *ERROR* ]]; then echo "  $line"; fi
  elif [ -n "$start" ]; then
    if [[ "$line" == *"REPORT RequestId"* ]]; then reported=1; fi
    elapsed=$(( (${EPOCHREALTIME/./} - start) / 10000 ))
    printf '  %3d.%02d s  %s\n' $((elapsed / 100)) $((elapsed % 100)) "$line"
  elif [[ "$line" == *"Invoking "* || "$line" == *ERROR* ]]; then
    echo "  $line"
  fi
done
say "Done. The zip to deploy: $ZIP (see sample-project/README.md)"
