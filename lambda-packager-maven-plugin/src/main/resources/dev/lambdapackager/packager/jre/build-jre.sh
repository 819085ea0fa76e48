# Body of the build script run in the builder container (JreBuildScript puts the settings above it).
# POSIX sh on purpose: Amazon Linux gives bash, the test images busybox. Uses only sh, sed, cat, mkdir, tr, sort,
# rm, sleep, kill and the JDK's tools, all of which both have.
#
# Phases, each run on its own (LP_PHASE):
#   link:       [jdeps, when LP_MODULES is empty] + jlink          -> /var/task/jre, out/{modules,java-version}
#   class-data: training start per function + AOT cache (JDK 25+) or CDS dump, with the JRE at /var/task/jre (copied
#               in from the cache, never changed); with LP_EXPECT_MODULES, jdeps checks alongside that the jars
#               still need exactly the JRE's modules               -> /lambda-packager/class-data/, out/cds
# Exit: 0 done; 1 a step failed (ERROR: line); 3 a training start failed (TRAINING-* lines); 4 the jars need
#       another module set than LP_EXPECT_MODULES (out/modules names it; the class data made is not valid).
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

[ -n "${JAVA_HOME:-}" ] || fail "the builder image sets no JAVA_HOME; use a JDK image whose config sets it (e.g. amazoncorretto:25-al2023-jdk)"
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

# The modules the jars need: jdeps, then the same choices as ResolveModules.select makes after jdeps on the host
# (keep the two in step). $1: where jdeps writes its output. Sets $modules; logs each choice.
find_modules() {
  t=$(now)
  # jdeps prints the module list as its last line; anything before it is a warning worth showing.
  "$JAVA_HOME/bin/jdeps" $TOOL_JVM --print-module-deps --ignore-missing-deps --multi-release "$feature" $LP_JARS > "$1" 2>&1 \
    || { cat "$1"; fail "jdeps could not analyse the jars (output above)"; }
  modules=$(sed -n '$p' "$1")
  case "$modules" in
    ""|*[!a-z0-9.,]*) cat "$1"; fail "jdeps printed no module list (output above)" ;;
  esac
  echo "jdeps: modules $modules ($(( $(now) - t )) s)"
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
}
# A module list in one order, for comparing two.
sorted() { printf '%s\n' "$1" | tr ',' '\n' | sort -u | tr '\n' ',' ; }

if [ "$LP_PHASE" = link ]; then
  # 1. Which JDK modules the jars need, unless the plugin found them already (jdeps on the host, same JDK feature).
  if [ -n "$LP_MODULES" ]; then
    modules=$LP_MODULES
    echo "modules $modules (analysed by the plugin)"
  else
    find_modules "$OUT/jdeps.txt"
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
  # Debian's JDK 25 jmods carry separate native debug files (libjvm.debuginfo alone is 730 MB): never link them.
  "$JAVA_HOME/bin/jlink" $TOOL_JVM --add-modules "$modules" $strip --exclude-files='**.debuginfo' \
    --no-header-files --no-man-pages --output "$JRE" \
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
# The JRE came from the cache as the one the last build of these jars used; whether the changed jars still need
# exactly its modules, jdeps answers beside the training (in a subshell: its output is shown at the end, in order).
if [ -n "${LP_EXPECT_MODULES:-}" ]; then
  ( find_modules "$OUT/jdeps.txt" > "$OUT/jdeps.log" 2>&1; printf '%s\n' "$modules" > "$OUT/modules" ) &
  jdeps_job=$!
fi
# Waits for that check (once) and ends the phase with exit 4 when the module set changed. Also called before a
# training failure is reported: a class of a module the cached JRE lacks fails the start, and is no failure then.
check_modules() {
  [ -n "${LP_EXPECT_MODULES:-}" ] && [ -n "${jdeps_job:-}" ] || return 0
  wait "$jdeps_job" || { cat "$OUT/jdeps.log"; fail "the module check failed (output above)"; }
  jdeps_job=
  cat "$OUT/jdeps.log"
  found=$(cat "$OUT/modules")
  if [ "$(sorted "$found")" != "$(sorted "$LP_EXPECT_MODULES")" ]; then
    echo "modules: the jars now need $found, not the cached JRE's $LP_EXPECT_MODULES: a JRE is linked for them"
    exit 4
  fi
}
CLASS_DATA=/lambda-packager/class-data
mkdir -p "$CLASS_DATA/lib/server"
ready=/tmp/lambda-packager-training.ready
# Names the current training start for the stand-in: an id, its events folder, then the JVM's pid.
startfile=/tmp/lambda-packager-training.start
rm -f "$ready" "$startfile"
"$JAVA_HOME/bin/java" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp /lambda-packager/training \
  dev.lambdapackager.packager.jre.TrainingRuntimeApi 9001 "$ready" "$startfile" "$LP_TRAINING_TIMEOUT" \
  > "$OUT/training-api.log" 2>&1 &
stub=$!

# 3. Class data, made by the linked JVM itself (this is why the build runs on the target architecture), from a
#    training start of each function: it starts as on Lambda, gets its training events (if any) from the stand-in
#    Runtime API, and ends at the next GET /next. JDK 25 and later: an AOT cache per function (AOTMode=record/create,
#    JEP 483/514/515: classes loaded and linked, method profiles, as of the training run). Earlier JDKs, or when
#    the AOT cache fails: one application CDS archive from the class lists of all starts. Else the default archive.
# Runs one training start per function; $1 = aot or cds. Fails (status 1) if a start made no AOT cache.
train() {
  made_all=0
  init_errors=$(grep -c 'training: init error: ' "$OUT/training-api.log" || true)
  : > "$list"
  for function in $LP_FUNCTIONS; do
    name=${function%%=*}
    handler=${function#*=}
    one=/tmp/lambda-packager-classes.lst
    rm -f "$one"
    if [ "$1" = aot ]; then
      # Two steps (record, then create) rather than -XX:AOTCacheOutput: the same natively (7.6 s against 8.4 s),
      # but 207 s against 990 s for the arm64 sample under qemu on a busy machine.
      record="-XX:AOTMode=record -XX:AOTConfiguration=$OUT/$name.aotconf"
      what="AOT cache"
    else
      record="-XX:DumpLoadedClassList=$one"
      what="CDS archive"
    fi
    status=0
    starts=$((starts + 1))
    printf '%s\n%s\n' "$starts" "/lambda-packager/training-events/$name" > "$startfile"
    ended=$(grep -c 'ending the training start' "$OUT/training-api.log" || true)
    # The function's own JVM options (LP_JVM_OPTIONS: shell-quoted words, as bootstrap passes them) come last, as there:
    # the training start is a real Lambda init with them. exec: $! is the JVM's pid.
    ( export AWS_LAMBDA_RUNTIME_API=127.0.0.1:9001 LAMBDA_TASK_ROOT=$TASK _HANDLER=$handler \
        AWS_LAMBDA_FUNCTION_NAME=$name AWS_LAMBDA_FUNCTION_VERSION='$LATEST' AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512
      eval "exec \"\$JRE/bin/java\" \$record \$LP_TRAINING_FLAGS $LP_JVM_OPTIONS -cp \"\$classpath\" \"\$LP_LAUNCHER\" \"\$handler\"" ) \
      > "$OUT/training.log" 2>&1 &
    printf '%s\n' "$!" >> "$startfile"
    wait "$!" || status=$?
    # The stand-in logs each start; an init error it received came from this one. A start that did not reach its
    # first GET /next fails the build (exit 3), reported by the TRAINING-* lines the build parses (TrainingFailure);
    # only the handler's own init failure may pass, with initFailure=warn.
    errors=$(grep -c 'training: init error: ' "$OUT/training-api.log" || true)
    if [ "${errors:-0}" -gt "$init_errors" ]; then
      check_modules
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
    elif [ "$(grep -c 'ending the training start' "$OUT/training-api.log" || true)" -le "${ended:-0}" ]; then
      check_modules
      printf 'TRAINING-EXIT %s %s\n' "$handler" "$status"
      cat "$OUT/training.log"
      echo "TRAINING-END"
      exit 3
    fi
    if [ "$1" = aot ] && [ -s "$OUT/$name.aotconf" ]; then
      # With the function's JVM options too: a cache made under other flags (another GC, say) would not map.
      eval "\"\$JRE/bin/java\" -XX:AOTMode=create -XX:AOTConfiguration=\"\$OUT/\$name.aotconf\" \
        -XX:AOTCache=\"\$CLASS_DATA/lib/server/\$name.aot\" \$LP_TRAINING_FLAGS $LP_JVM_OPTIONS -cp \"\$classpath\"" \
        > "$OUT/aot-create.log" 2>&1 || cat "$OUT/aot-create.log"
      rm -f "$OUT/$name.aotconf"
    fi
    if [ "$1" = aot ]; then
      # Only a cache this JVM maps with this class path counts (-XX:AOTMode=on fails instead of running without).
      if [ -s "$CLASS_DATA/lib/server/$name.aot" ] && eval "\"\$JRE/bin/java\" \
          -XX:AOTCache=\"\$CLASS_DATA/lib/server/\$name.aot\" -XX:AOTMode=on \$LP_TRAINING_FLAGS $LP_JVM_OPTIONS \
          -cp \"\$classpath\" -version" > "$OUT/aot-check.log" 2>&1; then
        echo "aot: cache for $name ($(( $(wc -c < "$CLASS_DATA/lib/server/$name.aot") / 1000000 )) MB)"
      else
        echo "WARNING: no AOT cache for $name (exit $status). Training output:"
        cat "$OUT/training.log"
        [ ! -s "$OUT/aot-check.log" ] || cat "$OUT/aot-check.log"
        made_all=1
      fi
    elif [ -s "$one" ]; then
      # Merge by class name: ids and @-records are per-run, so only the first run's are kept.
      if [ -s "$list" ]; then
        sed -n 's/^\([^@# ][^ ]*\)\( id: [0-9]*\)\{0,1\}$/\1/p' "$one" > /tmp/lambda-packager-names
        sed -n 's/^\([^@# ][^ ]*\).*/\1/p' "$list" > /tmp/lambda-packager-known
        while read -r class; do
          grep -qxF "$class" /tmp/lambda-packager-known || printf '%s\n' "$class" >> "$list"
        done < /tmp/lambda-packager-names
      else
        cat "$one" > "$list"
      fi
    else
      echo "WARNING: training start of $handler loaded no classes (exit $status). Its output:"
      cat "$OUT/training.log"
    fi
  done
  return $made_all
}
t=$(now)
list=$OUT/classes.lst
starts=0
cds=none
waited=0
while [ ! -s "$ready" ] && [ $waited -lt 600 ]; do sleep 0.1; waited=$((waited + 1)); done
[ -s "$ready" ] || { cat "$OUT/training-api.log"; fail "the training Runtime API did not start (output above)"; }
if [ "$feature" -ge 25 ]; then
  if train aot; then
    cds=aot
    echo "aot: AOT cache per function, trained in $(( $(now) - t )) s"
  else
    rm -f "$CLASS_DATA"/lib/server/*.aot
    echo "WARNING: JDK $feature could not make an AOT cache for every function (see above); making an application CDS archive instead"
  fi
else
  echo "WARNING: JDK $feature cannot make an AOT cache (JDK 25 or later can, e.g. amazoncorretto:25-al2023-jdk); making an application CDS archive instead"
fi
[ "$cds" = aot ] || train cds || true
kill "$stub" 2>/dev/null || true # gone already unless it stopped by itself
wait "$stub" 2>/dev/null || true
cat "$OUT/training-api.log"
if [ "$cds" = aot ]; then
  :
elif [ -s "$list" ] && "$JRE/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" \
      -XX:SharedArchiveFile="$CLASS_DATA/lib/server/app-cds.jsa" $LP_TRAINING_FLAGS -cp "$classpath" > "$OUT/cds-dump.log" 2>&1 \
   && "$JRE/bin/java" -Xshare:on -XX:SharedArchiveFile="$CLASS_DATA/lib/server/app-cds.jsa" $LP_TRAINING_FLAGS \
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
check_modules
printf '%s\n' "$cds" > "$OUT/cds"
echo "done"
