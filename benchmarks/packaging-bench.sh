#!/usr/bin/env bash
# Packaging benchmark, for the StreamingNumbers sample with the default JDK's builder images (JDK 25: jlinked JRE +
# AOT cache), side by side in one run:
#   - cold `mvn package` (empty cache) on x86_64 and on arm64 (emulated here), and the same build with the plugin
#     skipped, so that the plugin's own part shows;
#   - after a one-line change to the handler (the module set unchanged), the rebuild on each architecture against
#     its cold build (the JRE comes from the cache; only the class data is made again) — issue 9's targets;
#   - `mvn clean package` with no change and no outputTimestamp (the jar's entry times change on every build), the
#     second build against the same build without the plugin;
#   - EVICT_BUILDS (20) builds of distinct code under a small cacheMaxSize: the cache's size after them, and whether
#     the last two builds' code still hits;
#   - zip and unzipped size per part;
#   - with BY_HAND=1 (JDK 17 images, issue 7's comparison): the cold build against the same steps by hand, and the
#     packaged x86_64 bootstrap's time from exec to the first GET /next against the plain-JVM floor.
# Prints a Markdown table and writes it to benchmarks/results/packaging.md.
#
#   benchmarks/packaging-bench.sh                 # RUNS=1 cold runs per architecture, 5 cached, 20 evicting builds
#   ARM64=0 benchmarks/packaging-bench.sh         # x86_64 only (arm64 under emulation takes minutes per build)
#   RUNS=3 EVICT_BUILDS=10 EVICT_MAX=200MB benchmarks/packaging-bench.sh
#
# Needs root on Debian 12 like the tests (it runs scripts/test-env.sh up).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-1}
CACHED_RUNS=${CACHED_RUNS:-5}
STARTS=${STARTS:-20}
EVICT_BUILDS=${EVICT_BUILDS:-20}
EVICT_MAX=${EVICT_MAX:-250MB}
BY_HAND=${BY_HAND:-0}
JDK=$([ "$BY_HAND" = 1 ] && echo 17 || echo "${JDK:-25}")
ARCHES=(x86_64); [ "${ARM64:-1}" = 0 ] || ARCHES+=(arm64)
JAVA=${JAVA:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
declare -A IMAGE=([x86_64]=lambda-packager/builder-test:$JDK-x86_64 [arm64]=lambda-packager/builder-test:$JDK-arm64)
declare -A PLATFORM=([x86_64]=linux/amd64 [arm64]=linux/arm64)
SAMPLE=sample-project
ZIP=$SAMPLE/target/lambda-packager/outputs/StreamingNumbers/StreamingNumbers.zip
HANDLER=$SAMPLE/src/main/java/com/example/SendNumbersWithPause.java
scratch=$(mktemp -d)
cp "$HANDLER" "$scratch/handler.java"
trap 'cp "$scratch/handler.java" "$HANDLER"; rm -rf "$scratch"; [ -L /var/task ] && [ "$(readlink /var/task)" = "$scratch/task" ] && rm -f /var/task' EXIT

log() { printf '%s\n' "$*" >&2; }
ms() { local s; s=$(date +%s%N); "$@" >"$scratch/last.log" 2>&1 || { cat "$scratch/last.log" >&2; return 1; }; echo $(( ($(date +%s%N) - s) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
sec() { awk -v m="$1" 'BEGIN {printf "%.1f", m / 1000}'; }

scripts/test-env.sh up >&2
log "Installing the plugin and the runtime into the local repository..."
mvn -B -q -ntp install -DskipTests -Dinvoker.skip=true -pl .,streaming-runtime,test-kit,lambda-packager-maven-plugin >&2
mvn -B -q -ntp package -DskipTests -pl benchmarks >&2
bench_cp=$(find benchmarks/target -maxdepth 1 -name 'lambda-packager-benchmarks-*.jar' | head -1)

package() { # arch, cache dir, extra flags...
  local arch=$1 cache=$2; shift 2
  mvn -B -o -ntp -f $SAMPLE/pom.xml package -DskipTests -Derrorprone.skip -Dlambda.architecture="$arch" \
    -Dlambda.builderImage="${IMAGE[$arch]}" -Dlambda.pullPolicy=never -Dlambda.cacheDirectory="$cache" "$@"
}
package x86_64 "$scratch/warm-up" >/dev/null   # compiles the sample once, fills Maven's own caches
clean_package() { # arch, cache dir, extra flags...: without outputTimestamp, so the jar's entry times change each time
  local arch=$1 cache=$2; shift 2
  mvn -B -o -ntp -f $SAMPLE/pom.xml clean package -DskipTests -Derrorprone.skip -Dproject.build.outputTimestamp= \
    -Dlambda.architecture="$arch" -Dlambda.builderImage="${IMAGE[$arch]}" -Dlambda.pullPolicy=never \
    -Dlambda.cacheDirectory="$cache" "$@"
}
change_handler() { # revision: a one-line change to the handler's code (a new constant); the module set stays
  cp "$scratch/handler.java" "$HANDLER"
  sed -i "s|^public class SendNumbersWithPause implements StreamingLambdaHandler {|&\\n    static final String REVISION = \"$1\";|" "$HANDLER"
  grep -q "REVISION = \"$1\"" "$HANDLER" || { log "could not change $HANDLER"; exit 1; }
}

by_hand() { # arch: the same steps as the plugin, one container each, as a person would run them
  local arch=$1 w="$scratch/by-hand-$1"
  rm -rf "$w" && mkdir -p "$w/lib"
  cp $SAMPLE/target/streaming-numbers-*.jar streaming-runtime/target/lambda-streaming-runtime-*[0-9T].jar "$w/lib/"
  local run=(docker run --rm --pull=never --network none --platform "${PLATFORM[$arch]}" -v "$w:/w" "${IMAGE[$arch]}" sh -c)
  local a b c d
  a=$(ms "${run[@]}" 'unset JAVA_TOOL_OPTIONS; jdeps --print-module-deps --ignore-missing-deps --multi-release 17 /w/lib/*.jar > /w/modules')
  b=$(ms "${run[@]}" 'unset JAVA_TOOL_OPTIONS; jlink --add-modules "$(cat /w/modules)" --strip-java-debug-attributes --no-header-files --no-man-pages --output /w/jre')
  c=$(ms "${run[@]}" 'unset JAVA_TOOL_OPTIONS; /w/jre/bin/java -Xshare:dump')
  d=$(ms sh -c "cd '$w' && rm -f fn.zip && zip -qr fn.zip jre lib")
  echo $((a + b + c + d))
}
command -v zip >/dev/null || { apt-get update -qq && apt-get install -y -qq zip >/dev/null; }

declare -A COLD COLD_SKIP HAND
for arch in "${ARCHES[@]}"; do
  with=() skip=() hand=()
  for r in $(seq 1 "$RUNS"); do
    log "cold package $arch, run $r of $RUNS..."
    with+=("$(ms package "$arch" "$scratch/cold-$arch-$r")")
    skip+=("$(ms package "$arch" "$scratch/cold-$arch-$r" -Dlambda.skip=true)")
    [ "$BY_HAND" = 1 ] && hand+=("$(by_hand "$arch")") || hand+=(0)
  done
  COLD[$arch]=$(median "${with[@]}"); COLD_SKIP[$arch]=$(median "${skip[@]}"); HAND[$arch]=$(median "${hand[@]}")
  cp "$ZIP" "$scratch/$arch.zip"
done

declare -A REBUILD REBUILD_SKIP
for arch in "${ARCHES[@]}"; do
  rebuild=() skip=()
  for r in $(seq 1 "$RUNS"); do
    log "rebuild after a one-line change, $arch, run $r of $RUNS..."
    change_handler "$arch-$r"   # the cache of cold run r holds the unchanged code's JRE and class data
    rebuild+=("$(ms package "$arch" "$scratch/cold-$arch-$r")")
    grep -q "Reusing the cached JRE" "$scratch/last.log" || { log "the rebuild did not reuse the JRE:"; cat "$scratch/last.log" >&2; exit 1; }
    change_handler "$arch-$r-skip"
    skip+=("$(ms package "$arch" "$scratch/cold-$arch-$r" -Dlambda.skip=true)")
  done
  cp "$scratch/handler.java" "$HANDLER"
  REBUILD[$arch]=$(median "${rebuild[@]}"); REBUILD_SKIP[$arch]=$(median "${skip[@]}")
done

log "$EVICT_BUILDS builds of distinct code with cacheMaxSize $EVICT_MAX..."
for i in $(seq 1 "$EVICT_BUILDS"); do
  change_handler "evict-$i"
  package x86_64 "$scratch/evict" -Dlambda.cacheMaxSize="$EVICT_MAX" >/dev/null
done
evict_size=$(du -sb "$scratch/evict" | cut -f1)
evict_hits=""
for i in $((EVICT_BUILDS - 1)) "$EVICT_BUILDS"; do
  change_handler "evict-$i"
  package x86_64 "$scratch/evict" -Dlambda.cacheMaxSize="$EVICT_MAX" > "$scratch/evict.log"
  if grep -q "JRE cache hit" "$scratch/evict.log"; then evict_hits+="build $i: hit; "; else evict_hits+="build $i: MISS; "; fi
done
cp "$scratch/handler.java" "$HANDLER"

log "clean package twice without outputTimestamp..."
clean_package x86_64 "$scratch/clean" >/dev/null
with=() skip=()
for r in $(seq 1 "$CACHED_RUNS"); do
  with+=("$(ms clean_package x86_64 "$scratch/clean")")
  skip+=("$(ms clean_package x86_64 "$scratch/clean" -Dlambda.skip=true)")
done
clean_with=$(median "${with[@]}"); clean_skip=$(median "${skip[@]}")

log "cached rebuilds..."
last_arch=${ARCHES[${#ARCHES[@]}-1]}
package "$last_arch" "$scratch/cached" >/dev/null
with=() skip=()
for r in $(seq 1 "$CACHED_RUNS"); do
  with+=("$(ms package "$last_arch" "$scratch/cached")")
  skip+=("$(ms package "$last_arch" "$scratch/cached" -Dlambda.skip=true)")
done
cached=$(median "${with[@]}"); cached_skip=$(median "${skip[@]}")

startup_rows=""
if [ "$BY_HAND" = 1 ]; then
log "start-up of the packaged x86_64 bootstrap..."
mkdir -p "$scratch/task" && (cd "$scratch/task" && TZ=UTC unzip -q "$scratch/x86_64.zip")
if [ -e /var/task ] && ! [ -L /var/task ]; then
  log "/var/task exists and is not a symlink: leaving it alone, start-up rows skipped"; startup_rows=""
else
  ln -sfn "$scratch/task" /var/task
  startup_rows=$("$JAVA" -cp "$bench_cp" dev.lambdapackager.benchmarks.packaging.StartToFirstNext "$STARTS" \
    "plain JVM floor: \`java FloorMain\`, JDK 17, default flags=$JAVA -cp $bench_cp dev.lambdapackager.benchmarks.floor.FloorMain" \
    "the floor with bootstrap's flags (C1, SerialGC, no perf data)=$JAVA -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -cp $bench_cp dev.lambdapackager.benchmarks.floor.FloorMain" \
    "packaged StreamingNumbers: /var/task/bootstrap (jlinked JRE, AppCDS)=/var/task/bootstrap")
fi
fi

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
sec_ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
{
  echo "Machine: $cpu, $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); Docker $(docker version --format '{{.Server.Version}}')  "
  echo "Builder images: the local Debian stand-ins with OpenJDK $JDK (scripts/test-env.sh); arm64 runs under qemu emulation. Maven runs on JDK $(java -version 2>&1 | sed -n 's/.*version \"\([0-9]*\).*/\1/p;q').  "
  echo "Medians of $RUNS cold run(s) and rebuild(s) per architecture, $CACHED_RUNS cached runs. \"Plugin's part\": the build minus the same build with \`-Dlambda.skip=true\`. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| packaging | measured | compared with | target |"
  echo "|---|---:|---:|---|"
  for arch in "${ARCHES[@]}"; do
    target=$([ $arch = arm64 ] && echo "≤ 0.35×" || echo "≤ 0.5×")
    plugin_re=$(( REBUILD[$arch] - REBUILD_SKIP[$arch] )); plugin_cold=$(( COLD[$arch] - COLD_SKIP[$arch] ))
    echo "| after a one-line change to the handler, $arch: \`mvn package\` (JRE from the cache, class data made again) | $(sec ${REBUILD[$arch]}) s ($(sec_ratio ${REBUILD[$arch]} ${COLD[$arch]})×); plugin's part $(sec $plugin_re) s ($(sec_ratio $plugin_re $plugin_cold)×) | cold build: $(sec ${COLD[$arch]}) s; plugin's part $(sec $plugin_cold) s | $target |"
  done
  echo "| \`mvn clean package\` again, no change, no outputTimestamp, x86_64: with the plugin vs without | $(sec $clean_with) s vs $(sec $clean_skip) s: adds $(sec $((clean_with - clean_skip))) s | | adds ≤ 1 s |"
  echo "| $EVICT_BUILDS builds of distinct code, x86_64, \`cacheMaxSize\` $EVICT_MAX: the cache folder after them; the last two builds' code again | $(awk -v b="$evict_size" 'BEGIN {printf "%.0f", b / 1048576}') MiB; ${evict_hits% } | limit $EVICT_MAX | ≤ cacheMaxSize, last builds hit |"
  echo "| cached rebuild, $last_arch: \`mvn package\` with the plugin vs without | $(sec $cached) s vs $(sec $cached_skip) s: adds $(sec $((cached - cached_skip))) s | | adds ≤ 1 s |"
  if [ "$BY_HAND" = 1 ]; then
    for arch in "${ARCHES[@]}"; do
      plugin=$(( COLD[$arch] - COLD_SKIP[$arch] ))
      echo "| cold \`mvn package\`, $arch, empty JRE cache: time the plugin adds | $(sec $plugin) s ($(awk -v p=$plugin -v h=${HAND[$arch]} 'BEGIN {printf "%.2f", p / h}')×) | by hand, one container per step: $(sec ${HAND[$arch]}) s | ≤ 0.7× by hand |"
    done
  fi
  echo
  for arch in "${ARCHES[@]}"; do
    echo "| $arch zip ($(awk -v b="$(stat -c %s "$scratch/$arch.zip")" 'BEGIN {printf "%.2f", b / 1e6}') MB file) | zipped MB | unzipped MB |"
    echo "|---|---:|---:|"
    "$JAVA" -cp "$bench_cp" dev.lambdapackager.benchmarks.packaging.ZipParts "$scratch/$arch.zip"
    echo
  done
  if [ -n "$startup_rows" ]; then
    echo "| exec → first GET /next (x86_64, native) | median ms | min ms | max ms |"
    echo "|---|---:|---:|---:|"
    echo "$startup_rows"
  fi
} | tee benchmarks/results/packaging.md
