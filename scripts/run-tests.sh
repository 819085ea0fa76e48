#!/usr/bin/env bash
# The README's test command: prepares the machine (scripts/test-env.sh up), runs every unit test and
# invoker IT of the reactor against the real Docker engine, then stops the engine if it started one.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/test-env.sh up
trap 'scripts/test-env.sh down' EXIT

mvn -B -V -ntp verify "$@"
