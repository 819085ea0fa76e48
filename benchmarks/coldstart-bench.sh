#!/usr/bin/env bash
# Cold-start benchmark (issue 13), side by side in one run, for the StreamingNumbers sample and for FirstCall (a
# handler whose first call uses a regex, a stream with lambdas, String.format and java.time:
# benchmarks/first-call-function):
#   - each packaged for x86_64 with the JDK 25 builder image (jlinked JRE + AOT cache trained on its events) and
#     with the JDK 17 one (application CDS archive), run as /var/task/bootstrap;
#   - the same jars on the builder image's full JDK 25 with its default CDS archive and bootstrap's flags;
#   - timed by benchmarks' ColdStart harness inside a container of the JDK 25 image (its C library is the one the
#     zips' JREs need; /var/task is a symlink there that the harness points at each zip in turn, as Lambda mounts
#     the function at /var/task): exec → first GET /next, the first invocation, and the cold total;
#   - the sample's zip size, and arm64 (emulated) cold packaging time with the JDK 25 image against the JDK 17 one.
# Prints a Markdown table and writes it to benchmarks/results/coldstart.md.
#
#   benchmarks/coldstart-bench.sh               # STARTS=10 cold starts per subject, PACKAGE_RUNS=1
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS=${STARTS:-10}
PACKAGE_RUNS=${PACKAGE_RUNS:-1}
IMAGE_REPO=lambda-packager/builder-test
JDK25_IN_IMAGE=/usr/lib/jvm/java-25-openjdk-amd64/bin/java
FLAGS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:+ExitOnOutOfMemoryError -Xmx435m"
LAUNCHER=dev.lambdapackager.runtime.internal.Launcher
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

log() { printf '%s\n' "$*" >&2; }
ms() { local s; s=$(date +%s%N); "$@" >"$scratch/last.log" 2>&1 || { cat "$scratch/last.log" >&2; return 1; }; echo $(( ($(date +%s%N) - s) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

LAMBDA_TEST_ENV_JDKS="17 25" scripts/test-env.sh up >&2
log "Installing the plugin and the runtime into the local repository..."
mvn -B -q -ntp install -DskipTests -Dinvoker.skip=true -Dlambda.skip=true -pl .,streaming-runtime,test-kit,lambda-packager-maven-plugin >&2
mvn -B -q -ntp package -DskipTests -pl benchmarks >&2
bench_jar=$(find benchmarks/target -maxdepth 1 -name 'lambda-packager-benchmarks-*.jar' | head -1)

# project dir, function name, jdk, arch, cache: packages into $scratch/<name>-<jdk>-<arch>.zip
package() {
  local project=$1 name=$2 jdk=$3 arch=$4 cache=$5
  mvn -B -q -ntp -f "$project/pom.xml" package -DskipTests -Derrorprone.skip -Dlambda.architecture="$arch" \
    -Dlambda.builderImage="$IMAGE_REPO:$jdk-$arch" -Dlambda.pullPolicy=never -Dlambda.cacheDirectory="$cache"
  cp "$project/target/lambda-packager/outputs/$name/$name.zip" "$scratch/$name-$jdk-$arch.zip"
}
unpack() { mkdir -p "$scratch/task-$1" && (cd "$scratch/task-$1" && TZ=UTC unzip -q "$scratch/$1.zip"); }

declare -A PACK=([17]=0 [25]=0)
for jdk in 17 25; do
  times=()
  # ARM64=0 leaves out the emulated packaging rows (they take minutes each on a busy machine).
  for r in $( [ "${ARM64:-1}" = 0 ] || seq 1 "$PACKAGE_RUNS"); do
    log "cold package StreamingNumbers, arm64 (emulated), JDK $jdk, run $r of $PACKAGE_RUNS..."
    times+=("$(ms package sample-project StreamingNumbers "$jdk" arm64 "$scratch/cache-arm64-$jdk-$r")")
  done
  [ ${#times[@]} -eq 0 ] || PACK[$jdk]=$(median "${times[@]}")
  for fn in sample-project:StreamingNumbers benchmarks/first-call-function:FirstCall; do
    log "package ${fn#*:} for x86_64 with JDK $jdk..."
    package "${fn%%:*}" "${fn#*:}" "$jdk" x86_64 "$scratch/cache-x86_64-$jdk"
    unpack "${fn#*:}-$jdk-x86_64"
  done
done

jars() { # the class path of an unzipped function's bootstrap, at /var/task
  sed -n 's/^  -cp "\(.*\)" \\$/\1/p' "$scratch/task-$1/bootstrap" | sed 's#\$LAMBDA_TASK_ROOT#/var/task#g'
}
coldstart() { # name, event file
  local name=$1 event=$2
  docker run --rm --pull=never --network none --platform linux/amd64 -v "$scratch:$scratch" -v "$PWD/$bench_jar:/bench.jar:ro" \
    -v "$PWD/$event:/event.json:ro" "$IMAGE_REPO:25-x86_64" \
    env -u JAVA_TOOL_OPTIONS java -XX:TieredStopAtLevel=1 -cp /bench.jar dev.lambdapackager.benchmarks.packaging.ColdStart "$STARTS" /event.json \
    "aot|$scratch/task-$name-25-x86_64|/var/task/bootstrap" \
    "default|$scratch/task-$name-25-x86_64|$JDK25_IN_IMAGE $FLAGS -cp $(jars "$name-25-x86_64") $LAUNCHER $(sed -n 's/^  [^ ]* \([^ ]*\)$/\1/p' "$scratch/task-$name-25-x86_64/bootstrap" | tail -1)" \
    "jdk17|$scratch/task-$name-17-x86_64|/var/task/bootstrap"
}
log "cold starts of FirstCall..."
first=$(coldstart FirstCall benchmarks/first-call-function/src/main/lambda-training/01-words.json)
log "cold starts of StreamingNumbers..."
sample=$(coldstart StreamingNumbers sample-project/src/main/lambda-training/01-first-call.json)
value() { printf '%s\n' "$1" | awk -F'\t' -v l="$2" -v c="$3" '$1 == l {print $c}'; }

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
sample_zip=$(stat -c %s "$scratch/StreamingNumbers-25-x86_64.zip")
{
  echo "Machine: $cpu, $(nproc) cores, $(uname -sr); Docker $(docker version --format '{{.Server.Version}}')  "
  echo "Builder images: the local Debian stand-ins (scripts/test-env.sh): trixie + OpenJDK 25.0.x, bookworm + OpenJDK 17.0.x; arm64 under qemu.  "
  echo "Medians of $STARTS cold starts per subject after 2 warm-up rounds, subjects taking turns; flags for all: \`$FLAGS\`. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| function, x86_64, run from /var/task | exec → first GET /next ms | first invocation ms | cold total ms | vs JDK 25 default CDS (target) | vs JDK 17 + AppCDS zip (target) |"
  echo "|---|---:|---:|---:|---:|---:|"
  for fn in FirstCall StreamingNumbers; do
    if [ $fn = FirstCall ]; then out=$first; total=4; label="FirstCall"; else out=$sample; total=5; label="StreamingNumbers (first invocation: to its first streamed line)"; fi
    first_col=$([ $fn = FirstCall ] && echo 3 || echo x)
    for s in aot default jdk17; do
      start=$(value "$out" $s 2); tot=$(value "$out" $s $total)
      if [ $fn = FirstCall ]; then inv=$(value "$out" $s 3); else inv=$(awk -v a="$tot" -v b="$start" 'BEGIN {printf "%.1f", a - b}'); fi
      case $s in
        aot) what="zip: jlinked JDK 25 + AOT cache trained on its event";
             vs="total $(ratio "$tot" "$(value "$out" default $total)")× (≤ 0.7), first invocation $(ratio "$inv" "$(value "$out" default 3)")× (≤ 0.5)"
             [ $fn = FirstCall ] || vs="total $(ratio "$tot" "$(value "$out" default $total)")× (≤ 0.7)"
             vs17="$(ratio "$tot" "$(value "$out" jdk17 $total)")× (≤ 0.65)" ;;
        default) what="same jars, the image's JDK 25 with its default CDS"; vs="1.00×"; vs17="" ;;
        jdk17) what="zip: jlinked JDK 17 + application CDS archive"; vs=""; vs17="1.00×" ;;
      esac
      echo "| $label — $what | $start | $inv | $tot | $vs | $vs17 |"
    done
  done
  echo
  echo "| packaging | measured | compared with | target |"
  echo "|---|---:|---:|---|"
  echo "| StreamingNumbers zip with its AOT cache (x86_64) | $(awk -v b="$sample_zip" 'BEGIN {printf "%.1f", b / 1e6}') MB | | ≤ 18 MB |"
  [ "${PACK[17]}" = 0 ] || echo "| cold \`mvn package\` of StreamingNumbers, arm64 emulated, JDK 25 (AOT cache) vs JDK 17 (AppCDS), median of $PACKAGE_RUNS | $(awk -v m="${PACK[25]}" 'BEGIN {printf "%.1f", m / 1000}') s | $(awk -v m="${PACK[17]}" 'BEGIN {printf "%.1f", m / 1000}') s: $(ratio "${PACK[25]}" "${PACK[17]}")× | ≤ 1.3× |"
  echo
  echo "| StreamingNumbers zip, JDK 25, x86_64 | zipped MB | unzipped MB |"
  echo "|---|---:|---:|"
  /usr/lib/jvm/java-17-openjdk-amd64/bin/java -cp "$bench_jar" dev.lambdapackager.benchmarks.packaging.ZipParts "$scratch/StreamingNumbers-25-x86_64.zip"
} | tee benchmarks/results/coldstart.md
