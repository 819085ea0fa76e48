#!/usr/bin/env bash
# Benchmarks the streaming runtime against the AWS RIC and the plain-JVM floor, with the same JVM and flags,
# against a fake Runtime API on loopback. Prints one Markdown table and writes it to
# benchmarks/results/runtime.md.
#
#   benchmarks/runtime-bench.sh                         # JDK 17, default flags
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 benchmarks/runtime-bench.sh
#   BENCH_FLAGS="-XX:+UseSerialGC" STARTS=40 benchmarks/runtime-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
# What a Lambda function on provided.al2023 would typically run with; the same for every subject.
BENCH_FLAGS="${BENCH_FLAGS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto}"
# BENCH_PIN=1 pins the runtimes under test to CPU 1 and the fake Runtime API to CPU 0. Off by default: on
# this kind of virtual machine a wake-up across CPUs costs ~100 us, which then dominates every round trip.
harness_prefix=() subject_prefix=""
if [ "${BENCH_PIN:-0}" = 1 ] && [ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null; then
  harness_prefix=(taskset -c 0)
  subject_prefix="taskset -c 1"
fi

echo "Building the runtime and the benchmarks..." >&2
mvn -B -q -pl benchmarks -am package -DskipTests >&2

target=benchmarks/target
class_path() { find "$1" -name '*.jar' | sort | paste -sd: -; }
bench_jar=$(find "$target" -maxdepth 1 -name 'lambda-packager-benchmarks-*.jar' | head -1)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
machine="$cpu, $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"

"${harness_prefix[@]}" "$JAVA" -cp "$bench_jar:$(class_path "$target/subjects/runtime")" dev.lambdapackager.benchmarks.RuntimeBenchmark \
  --java "$JAVA" \
  --flags "$BENCH_FLAGS" \
  --launch-prefix "$subject_prefix" \
  --jdk-label "$("$JAVA" -version 2>&1 | sed -n 2p)" \
  --machine-label "$machine" \
  --runtime-cp "$(class_path "$target/subjects/runtime")" \
  --ric-cp "$(class_path "$target/subjects/ric")" \
  --bench-jar "$bench_jar" \
  --starts "${STARTS:-30}" \
  --invokes "${INVOKES:-1000}" \
  --out benchmarks/results/runtime.md
