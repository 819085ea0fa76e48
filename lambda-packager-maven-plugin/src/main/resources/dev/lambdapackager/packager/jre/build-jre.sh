# Body of the build script run in the builder container (JreBuildScript puts the settings above it).
# POSIX sh on purpose: Amazon Linux gives bash, the test images busybox. Uses only sh, sed, cat, mkdir,
# rm, sleep, kill and the JDK's tools, all of which both have.
#
# Two phases, each run on its own (LP_PHASE):
#   link:       [jdeps, when LP_MODULES is empty] + jlink          -> /var/task/jre, out/{modules,java-version}
#   class-data: training start(s) + dump with the JRE at /var/task/jre (copied in from the cache, never changed)
#                                                                  -> /lambda-packager/class-data/, out/cds
# Exit: 0 done; 1 a step failed (ERROR: line); 3 a training start failed (TRAINING-* lines).
# In:  /var/task/lib/*.jar with the mtimes the zip will give them (CDS checks jar mtime and size),
#      /lambda-packager/training/ (the stub Runtime API for the training start)
# The class data is written beside the JRE, laid out as under jre/ (lib/server/app-cds.jsa), so that one linked
# JRE serves every version of the function's code.
set -eu
# One stream: the log follower gets stdout and stderr as separate frames, and partial lines must not interleave.
exec 2>&1

# Corretto's image sets JAVA_TOOL_OPTIONS; every JVM would print "Picked up ..." and take heap flags we
# did not choose. The function's JVM gets its flags from bootstrap only.
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS

OUT=/lambda-packager/out
TASK=/var/task
JRE=$TASK/jre
mkdir -p "$OUT"

fail() { printf 'ERROR: %s\n' "$*"; exit 1; }
# jdeps and jlink are short runs: C1 alone finishes them sooner, twice as fast under emulation.
TOOL_JVM="-J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC"
now() { date +%s; }

[ -n "${JAVA_HOME:-}" ] || fail "the builder image sets no JAVA_HOME; use a JDK image whose config sets it (e.g. amazoncorretto:21-al2023-jdk)"
for tool in java jdeps jlink; do
  [ -x "$JAVA_HOME/bin/$tool" ] || fail "$JAVA_HOME/bin/$tool is missing: the builder image needs a full JDK, not a JRE"
done
[ -f "$JAVA_HOME/jmods/java.base.jmod" ] || fail "$JAVA_HOME/jmods has no java.base.jmod: jlink needs the JDK's jmods (Corretto: the -jdk image, or the java-NN-amazon-corretto-jmods package)"

feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null || true)
[ -n "$feature" ] || fail "cannot read JAVA_VERSION from $JAVA_HOME/release"
printf '%s\n' "$feature" > "$OUT/java-version"
echo "JDK $feature at $JAVA_HOME on $(uname -m)"

cd "$TASK/lib"
classpath=""
for jar in $LP_JARS; do
  [ -f "$jar" ] || fail "input jar $jar is missing in the container"
  classpath="${classpath:+$classpath:}$TASK/lib/$jar"
done

if [ "$LP_PHASE" = link ]; then
  # 1. Which JDK modules the jars need, unless the plugin found them already (jdeps on the host, same JDK feature).
  t=$(now)
  if [ -n "$LP_MODULES" ]; then
    modules=$LP_MODULES
    echo "modules $modules (analysed by the plugin)"
  else
    # jdeps prints the module list as its last line; anything before it is a warning worth showing.
    "$JAVA_HOME/bin/jdeps" $TOOL_JVM --print-module-deps --ignore-missing-deps --multi-release "$feature" $LP_JARS > "$OUT/jdeps.txt" 2>&1 \
      || { cat "$OUT/jdeps.txt"; fail "jdeps could not analyse the jars (output above)"; }
    modules=$(sed -n '$p' "$OUT/jdeps.txt")
    case "$modules" in
      ""|*[!a-z0-9.,]*) cat "$OUT/jdeps.txt"; fail "jdeps printed no module list (output above)" ;;
    esac
    echo "jdeps: modules $modules ($(( $(now) - t )) s)"
    # The same choices as ModuleSelection makes after jdeps on the host (keep the two in step).
    for module in $(printf '%s' "$LP_EXCLUDE_MODULES" | tr ',' ' '); do
      case ",$modules," in
        *",$module,"*)
          modules=$(printf ',%s,' "$modules" | sed "s/,$module,/,/; s/^,//; s/,\$//")
          echo "modules: leaving out $module (excludeModules); the training start checks that the function starts without it" ;;
        *) echo "WARNING: excluded module $module is not among the modules jdeps found ($modules); nothing to leave out" ;;
      esac
    done
    # Before JDK 22 the EC algorithms TLS needs are in jdk.crypto.ec, a security provider jdeps never reports.
    if [ "$feature" -lt 22 ]; then
      case ",$modules,$LP_ADDITIONAL_MODULES,$LP_EXCLUDE_MODULES," in
        *,jdk.crypto.ec,*) ;;
        *) modules="$modules,jdk.crypto.ec"
           echo "modules: added jdk.crypto.ec (Java $feature keeps the EC algorithms TLS needs in it; jdeps cannot see security providers)" ;;
      esac
    fi
    if [ -n "$LP_ADDITIONAL_MODULES" ]; then
      modules="$modules,$LP_ADDITIONAL_MODULES"
      echo "modules: added $LP_ADDITIONAL_MODULES (additionalModules)"
    fi
  fi
  printf '%s\n' "$modules" > "$OUT/modules"

  # 2. The trimmed runtime. No --compress: compressed modules do not zip again, so the zip gets bigger
  #    (and an uncompressed jimage is mapped straight into memory at start-up).
  t=$(now)
  if command -v objcopy >/dev/null 2>&1; then
    strip=--strip-debug
  else
    strip=--strip-java-debug-attributes
    echo "jlink: objcopy is not in the builder image; using $strip (native symbol tables are removed after the build)"
  fi
  rm -rf "$JRE"
  "$JAVA_HOME/bin/jlink" $TOOL_JVM --add-modules "$modules" $strip --no-header-files --no-man-pages --output "$JRE" \
    || fail "jlink failed for modules $modules"
  echo "jlink: $JRE ($(( $(now) - t )) s)"
  for module in $(printf '%s' "$LP_EXCLUDE_MODULES" | tr ',' ' '); do
    if "$JRE/bin/java" --list-modules | grep -q "^$module@"; then
      echo "WARNING: excluded module $module is linked all the same: another linked module requires it"
    fi
  done
  echo "done"
  exit 0
fi

[ "$LP_PHASE" = class-data ] || fail "unknown phase '$LP_PHASE'"
[ -x "$JRE/bin/java" ] || fail "no linked JRE at $JRE for the class-data phase"
CLASS_DATA=/lambda-packager/class-data
mkdir -p "$CLASS_DATA/lib/server"
handlers=0
for handler in $LP_HANDLERS; do handlers=$((handlers + 1)); done
ready=/tmp/lambda-packager-training.ready
rm -f "$ready"
"$JAVA_HOME/bin/java" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp /lambda-packager/training \
  dev.lambdapackager.packager.jre.TrainingRuntimeApi 9001 "$ready" "$handlers" > "$OUT/training-api.log" 2>&1 &
stub=$!

# 3. Class data sharing, made by the linked JVM itself (this is why the build runs on the target architecture).
#    Preferred: an application archive from a short training start of each handler, stopped at its first
#    GET /next; otherwise the JDK's default archive.
t=$(now)
list=$OUT/classes.lst
: > "$list"
waited=0
while [ ! -f "$ready" ] && [ $waited -lt 600 ]; do sleep 0.1; waited=$((waited + 1)); done
[ -f "$ready" ] || { cat "$OUT/training-api.log"; fail "the training Runtime API did not start (output above)"; }
# The function's JVM options, one shell-quoted word each, as bootstrap passes them: the training start is a real
# Lambda init with them. A start that does not reach its first GET /next fails the build (exit 3): the build parses
# the TRAINING-* lines (TrainingFailure).
eval "set -- $LP_JVM_OPTIONS"
init_errors=0
for handler in $LP_HANDLERS; do
  one=/tmp/lambda-packager-classes.lst
  rm -f "$one"
  starts=$(grep -c 'ready for its first invocation' "$OUT/training-api.log" || true)
  status=0
  AWS_LAMBDA_RUNTIME_API=127.0.0.1:9001 LAMBDA_TASK_ROOT=$TASK _HANDLER=$handler \
    AWS_LAMBDA_FUNCTION_NAME=cds-training AWS_LAMBDA_FUNCTION_VERSION='$LATEST' AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512 \
    "$JRE/bin/java" -XX:DumpLoadedClassList="$one" $LP_TRAINING_FLAGS "$@" -cp "$classpath" "$LP_LAUNCHER" "$handler" \
    > "$OUT/training.log" 2>&1 || status=$?
  # The stand-in logs each start; an init error it received came from this one.
  errors=$(grep -c 'training: init error: ' "$OUT/training-api.log" || true)
  if [ "${errors:-0}" -gt "$init_errors" ]; then
    init_errors=$errors
    report=$(grep 'training: init error: ' "$OUT/training-api.log" | sed -n '$s/^training: init error: //p')
    printf 'TRAINING-INIT-ERROR %s %s\n' "$handler" "$report"
    cat "$OUT/training.log"
    echo "TRAINING-END"
    case "$report" in
      "type=Runtime.HandlerConstructorError "*|"type=java.lang.ExceptionInInitializerError "*)
        [ "$LP_INIT_FAILURE" = warn ] || exit 3 ;;
      *) exit 3 ;;
    esac
  elif [ "$(grep -c 'ready for its first invocation' "$OUT/training-api.log" || true)" -le "${starts:-0}" ]; then
    printf 'TRAINING-EXIT %s %s\n' "$handler" "$status"
    cat "$OUT/training.log"
    echo "TRAINING-END"
    exit 3
  fi
  if [ -s "$one" ]; then
    # Merge by class name: ids and @-records are per-run, so only the first run's are kept.
    if [ -s "$list" ]; then
      sed -n 's/^\([^@# ][^ ]*\)\( id: [0-9]*\)\{0,1\}$/\1/p' "$one" > /tmp/lambda-packager-names
      sed -n 's/^\([^@# ][^ ]*\).*/\1/p' "$list" > /tmp/lambda-packager-known
      while read -r name; do
        grep -qxF "$name" /tmp/lambda-packager-known || printf '%s\n' "$name" >> "$list"
      done < /tmp/lambda-packager-names
    else
      cat "$one" > "$list"
    fi
  fi
done
kill "$stub" 2>/dev/null || true # gone already unless a start ended before its first GET /next
wait "$stub" 2>/dev/null || true
cat "$OUT/training-api.log"
if [ -s "$list" ] && "$JRE/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" \
      -XX:SharedArchiveFile="$CLASS_DATA/lib/server/app-cds.jsa" $LP_TRAINING_FLAGS "$@" -cp "$classpath" > "$OUT/cds-dump.log" 2>&1 \
   && "$JRE/bin/java" -Xshare:on -XX:SharedArchiveFile="$CLASS_DATA/lib/server/app-cds.jsa" $LP_TRAINING_FLAGS "$@" \
      -cp "$classpath" -version > "$OUT/cds-check.log" 2>&1; then
  cds=app
  echo "cds: application archive of $(sed -n '$=' "$list") classes ($(( $(now) - t )) s)"
else
  [ ! -s "$OUT/cds-dump.log" ] || cat "$OUT/cds-dump.log"
  [ ! -s "$OUT/cds-check.log" ] || cat "$OUT/cds-check.log"
  rm -f "$CLASS_DATA/lib/server/app-cds.jsa"
  echo "WARNING: no application CDS archive (see above); making the JDK's default archive instead"
  "$JRE/bin/java" -Xshare:dump -XX:SharedArchiveFile="$CLASS_DATA/lib/server/classes.jsa" $LP_TRAINING_FLAGS \
    > "$OUT/cds-dump.log" 2>&1 \
    || { cat "$OUT/cds-dump.log"; fail "java -Xshare:dump failed"; }
  cds=default
  echo "cds: default archive ($(( $(now) - t )) s)"
fi
printf '%s\n' "$cds" > "$OUT/cds"
echo "done"
