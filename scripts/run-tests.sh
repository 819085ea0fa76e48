#!/usr/bin/env bash
# The README's test command: prepares the machine (scripts/test-env.sh up), runs every unit test and
# invoker IT of the reactor against the real Docker engine, then stops the engine if it started one.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/test-env.sh up
trap 'scripts/test-env.sh down' EXIT

# No registry is reachable here: the sample is packaged with the local arm64 builder image that test-env.sh
# built (the invoker ITs choose their images themselves, see src/it/setup-it-parent/pom.xml).
# Without Podman (LAMBDA_TEST_ENV_PODMAN=0) the podman-package IT is left out rather than failing.
[ "${LAMBDA_TEST_ENV_PODMAN:-1}" = 1 ] || set -- -Dlambda.it.podman=false "$@"
mvn -B -V -ntp verify \
  -Dlambda.builderImage=lambda-packager/builder-test:25-arm64 -Dlambda.pullPolicy=never \
  "$@"
