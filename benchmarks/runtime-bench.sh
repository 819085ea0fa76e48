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

echo "Building the runtime and the benchmarks..." >&2
mvn -B -q -pl benchmarks -am package -DskipTests >&2

target=benchmarks/target
class_path() { find "$1" -name '*.jar' | sort | paste -sd: -; }
bench_jar=$(find "$target" -maxdepth 1 -name 'lambda-packager-benchmarks-*.jar' | head -1)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
machine="$cpu, $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"

"$JAVA" -cp "$bench_jar:$(class_path "$target/subjects/runtime")" dev.lambdapackager.benchmarks.RuntimeBenchmark \
  --java "$JAVA" \
  --flags "$BENCH_FLAGS" \
  --jdk-label "$("$JAVA" -version 2>&1 | sed -n 2p)" \
  --machine-label "$machine" \
  --runtime-cp "$(class_path "$target/subjects/runtime")" \
  --ric-cp "$(class_path "$target/subjects/ric")" \
  --bench-jar "$bench_jar" \
  --starts "${STARTS:-20}" \
  --invokes "${INVOKES:-1000}" \
  --out benchmarks/results/runtime.md
