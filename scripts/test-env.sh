#!/usr/bin/env bash
# Prepares this machine for lambda-packager's tests and its main job, without any container registry:
#   scripts/test-env.sh up      install what is missing, start a Docker engine if none answers,
#                               enable arm64 emulation, build the local builder images if missing,
#                               and beside them install Podman, start its Docker-compatible service and give it
#                               the x86_64 JDK 25 image
#   scripts/test-env.sh down    stop the engines that `up` started (exactly those PIDs), nothing else
#   scripts/test-env.sh status  say what is there
# Safe to run twice: every step checks first and does nothing when its result is already there.
# LAMBDA_TEST_ENV_PODMAN=0 leaves Podman out (run-tests.sh then leaves the Podman IT out: -Dlambda.it.podman=false).
# It never pulls an image. Run it as root on Debian 12 (as CI does); on a workstation that already has
# Docker and a builder image it only checks.
set -euo pipefail

STATE_DIR=${LAMBDA_TEST_ENV_DIR:-/var/lib/lambda-packager-test-env}
PIDFILE="$STATE_DIR/dockerd.pid"
DOCKERD_LOG="$STATE_DIR/dockerd.log"
DEBIAN_MIRROR=${LAMBDA_TEST_ENV_MIRROR:-http://deb.debian.org/debian}
IMAGE_REPO=${LAMBDA_TEST_ENV_IMAGE_REPO:-lambda-packager/builder-test}
# JDK feature releases with the Debian release that packages them: 17 is the oldest JDK the plugin supports,
# 21 the previous LTS, 25 the default (the Corretto image's JDK). Trixie packages 21 and 25, bookworm 17.
JDKS=(${LAMBDA_TEST_ENV_JDKS:-17 21 25})
declare -A DEBIAN_RELEASE=([17]=bookworm [21]=trixie [25]=trixie)
# Bump when the image recipe below changes, so that existing images are rebuilt once.
RECIPE_VERSION=2
ARCHES=(${LAMBDA_TEST_ENV_ARCHES:-x86_64 arm64})
# Podman, for the podman-package IT: rootful, its Docker-compatible API on Podman's usual rootful socket.
PODMAN=${LAMBDA_TEST_ENV_PODMAN:-1}
PODMAN_SOCKET=/run/podman/podman.sock
PODMAN_PIDFILE="$STATE_DIR/podman.pid"
PODMAN_LOG="$STATE_DIR/podman.log"
# The one image the Podman IT needs (the ITs' default x86_64 image), copied from the Docker engine.
PODMAN_IMAGE=(25 x86_64)
PODMAN_ULIMITS_DROPIN=/etc/containers/containers.conf.d/50-lambda-packager-test-env.conf

log() { printf '[test-env] %s\n' "$*"; }
die() { printf '[test-env] ERROR: %s\n' "$*" >&2; exit 1; }

# Runs "$@" as one named step and prints how long it took.
step() {
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  "$@"
  end=$(date +%s%N)
  printf '[test-env] %-34s %6.1f s\n' "$name" "$(( (end - start) / 1000000 ))e-3"
}

need_root() { [ "$(id -u)" -eq 0 ] || die "$1 needs root; run: sudo $0 up"; }

# Starts "$@" detached as a daemon of this script: its PID in $2, its output in $3; waits up to $5 seconds for the
# function $4 to succeed. $1 names it in messages.
start_daemon() {
  local name=$1 pidfile=$2 logfile=$3 answers=$4 limit=$5
  shift 5
  setsid nohup "$@" >"$logfile" 2>&1 </dev/null &
  echo $! >"$pidfile"
  local i
  for i in $(seq 1 $((limit * 2))); do
    "$answers" && { log "$name: started (PID $(cat "$pidfile"), log $logfile)"; return; }
    kill -0 "$(cat "$pidfile")" 2>/dev/null || { tail -n 20 "$logfile" >&2; rm -f "$pidfile"; die "$name exited at start (log above)"; }
    sleep 0.5
  done
  die "$name did not answer within $limit s; see $logfile"
}

# Stops the daemon whose PID this script recorded in $2, if that PID is still a $3 process (never anything else).
stop_daemon() {
  local name=$1 pidfile=$2 comm=$3
  if [ ! -f "$pidfile" ]; then
    log "$name: not started by this script; nothing to stop"
    return
  fi
  local pid i
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null && [ "$(cat /proc/"$pid"/comm 2>/dev/null)" = "$comm" ]; then
    kill -TERM "$pid"
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && die "$name (PID $pid) did not stop within 30 s"
    log "$name: stopped PID $pid"
  else
    log "$name: PID $pid from $pidfile is no longer $comm; nothing to stop"
  fi
  rm -f "$pidfile"
}

engine_answers() { timeout 5 docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

install_packages() {
  local missing=()
  command -v docker >/dev/null 2>&1 && command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
  [ -x /usr/bin/qemu-aarch64-static ] || missing+=(qemu-user-static)
  command -v update-binfmts >/dev/null 2>&1 || missing+=(binfmt-support)
  command -v mmdebstrap >/dev/null 2>&1 || missing+=(mmdebstrap)
  # The streaming runtime's tests build a small Go net/http Runtime API (Lambda's is one) with it.
  command -v go >/dev/null 2>&1 || missing+=(golang-go)
  if [ ${#missing[@]} -eq 0 ]; then
    log "packages: all present (docker, qemu-user-static, binfmt-support, mmdebstrap, golang-go)"
    return
  fi
  need_root "installing ${missing[*]}"
  log "packages: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

enable_emulation() {
  if [ "$(uname -m)" = aarch64 ]; then
    log "emulation: not needed on an aarch64 host"
    return
  fi
  if [ -f /proc/sys/fs/binfmt_misc/qemu-aarch64 ] && grep -q '^enabled' /proc/sys/fs/binfmt_misc/qemu-aarch64; then
    :
  else
    need_root "enabling arm64 emulation"
    [ -f /proc/sys/fs/binfmt_misc/register ] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
    update-binfmts --enable qemu-aarch64
  fi
  grep -q '^flags:.*F' /proc/sys/fs/binfmt_misc/qemu-aarch64 \
    || die "qemu-aarch64 is registered without the F flag, so it cannot run inside containers; reinstall qemu-user-static"
  log "emulation: qemu-aarch64 enabled with flag F"
}

start_engine() {
  if engine_answers; then
    log "engine: already answering ($(docker version --format '{{.Server.Version}}' 2>/dev/null)); left as it is"
    return
  fi
  need_root "starting dockerd"
  mkdir -p "$STATE_DIR"
  # A stale socket from an engine that died would make the client hang instead of failing fast.
  [ -S /var/run/docker.sock ] && ! pgrep -x dockerd >/dev/null && rm -f /var/run/docker.sock
  start_daemon dockerd "$PIDFILE" "$DOCKERD_LOG" engine_answers 60 \
    /usr/sbin/dockerd --iptables=false --ip6tables=false --bridge=none \
    --pidfile "$STATE_DIR/dockerd.engine.pid" -H unix:///var/run/docker.sock
}

stop_engine() { stop_daemon dockerd "$PIDFILE" dockerd; }

# Podman is installed by its own apt call, beside the image builds (mmdebstrap keeps its own package database, so
# the two do not wait on each other's lock).
install_podman() {
  if command -v podman >/dev/null 2>&1; then
    log "podman: installed ($(podman --version))"
    return
  fi
  need_root "installing podman"
  log "podman: installing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman >/dev/null
}

podman_answers() {
  timeout 5 podman --remote --url "unix://$PODMAN_SOCKET" version --format '{{.Server.Version}}' >/dev/null 2>&1
}

# Podman (rootful) gives every container nofile and nproc limits far above the current ones, and sets them with
# setrlimit; where root lacks CAP_SYS_RESOURCE (as in CI's VMs) that fails and no container starts ("error setting
# rlimit type 7: operation not permitted"). There, and only there, a drop-in of our own caps them at the hard
# limits this machine grants: the user's containers.conf is never edited, and when it (or another drop-in) already
# says default_ulimits, that choice is kept, since a drop-in would override it.
configure_podman_ulimits() {
  if (ulimit -Hn 1048576) 2>/dev/null; then
    log "podman: root can raise rlimits here; containers.conf left alone"
    return
  fi
  local set_in
  set_in=$(grep -lsE '^[[:space:]]*default_ulimits[[:space:]]*=' /etc/containers/containers.conf \
    /etc/containers/containers.conf.d/*.conf || true)
  if [ -n "$set_in" ]; then
    log "podman: default_ulimits already set in $(echo $set_in); left as it is"
    return
  fi
  need_root "writing $PODMAN_ULIMITS_DROPIN"
  local nofile nproc pid_max limits=()
  nofile=$(ulimit -Hn); nproc=$(ulimit -Hu); pid_max=$(cat /proc/sys/kernel/pid_max)
  # Podman runs itself with nproc at most pid_max (measured: 32768 here, under a hard limit of 96364), and a
  # container may not get more than Podman has.
  if [ "$nproc" = unlimited ] || [ "$nproc" -gt "$pid_max" ]; then nproc=$pid_max; fi
  [ "$nofile" = unlimited ] || limits+=("\"nofile=$nofile:$nofile\"")
  limits+=("\"nproc=$nproc:$nproc\"")
  mkdir -p "$(dirname "$PODMAN_ULIMITS_DROPIN")"
  { echo "# Written by lambda-packager's scripts/test-env.sh: root cannot raise rlimits on this machine, so Podman's"
    echo "# defaults would stop every container from starting. These are the highest limits Podman may give here."
    echo "[containers]"
    local IFS=,
    echo "default_ulimits = [${limits[*]}]"
  } >"$PODMAN_ULIMITS_DROPIN"
  log "podman: wrote $PODMAN_ULIMITS_DROPIN (default_ulimits = ${limits[*]})"
}

start_podman() {
  if podman_answers; then
    log "podman: already answering at unix://$PODMAN_SOCKET; left as it is"
    return
  fi
  need_root "starting podman system service"
  mkdir -p "$STATE_DIR" "$(dirname "$PODMAN_SOCKET")"
  # A socket left by a service that died would be refused as "address already in use".
  rm -f "$PODMAN_SOCKET"
  # --time=0: no idle timeout, it serves until `down` stops it.
  start_daemon "podman system service" "$PODMAN_PIDFILE" "$PODMAN_LOG" podman_answers 30 \
    podman system service --time=0 "unix://$PODMAN_SOCKET"
}

stop_podman() { stop_daemon "podman system service" "$PODMAN_PIDFILE" podman; }

# Podman cannot pull here either: it gets the Docker engine's image, the same bytes (so the same image ID, the
# digest of its config). A copy of an older recipe is replaced.
ensure_podman_image() {
  local tag want got
  tag=$(image_tag "${PODMAN_IMAGE[@]}")
  want=$(docker image inspect --format '{{.Id}}' "$tag" 2>/dev/null) \
    || die "$tag is not in the Docker engine, so it cannot be copied into Podman"
  got=$(podman image inspect --format '{{.Id}}' "$tag" 2>/dev/null || true)
  if [ "sha256:${got#sha256:}" = "$want" ]; then
    log "podman: image $tag present"
    return
  fi
  docker save "$tag" | podman load -q >/dev/null
  [ -z "$got" ] || podman image rm "$got" >/dev/null 2>&1 || true
  log "podman: image $tag loaded from the Docker engine"
}

# All of Podman's set-up, run beside the image builds; $1 is the PID of the build of the image Podman gets (empty
# when this run does not build it), which the copy waits for.
setup_podman() {
  local build=$1
  step "podman install" install_podman
  step "podman ulimits" configure_podman_ulimits
  step "podman service" start_podman
  if [ -n "$build" ]; then
    while kill -0 "$build" 2>/dev/null; do sleep 1; done
  fi
  step "podman image" ensure_podman_image
}

docker_arch() { case $1 in arm64) echo arm64 ;; x86_64) echo amd64 ;; *) die "unknown architecture $1" ;; esac; }

image_is_current() {
  [ "$(docker image inspect --format '{{index .Config.Labels "dev.lambdapackager.recipe"}}' "$1" 2>/dev/null)" = "$RECIPE_VERSION" ]
}

# Builds one builder image from Debian packages: mmdebstrap's extract variant unpacks the packages without
# running anything of the target architecture, then we write a `docker save` archive whose config names the
# right architecture (engine 20.10's `docker import` would record amd64 whatever it is told).
build_image() {
  local jdk=$1 arch=$2 tag=$3 darch work root jhome release hooks=()
  darch=$(docker_arch "$arch")
  release=${DEBIAN_RELEASE[$jdk]}
  work=$(mktemp -d "${TMPDIR:-/tmp}/builder-image.XXXXXX")
  # shellcheck disable=SC2064
  trap "rm -rf '$work'" RETURN
  root="$work/rootfs"
  # Trixie's packages keep everything under /usr and rely on the merged-/usr links (/bin, /lib64 for the ELF
  # loader, ...), which only maintainer scripts would create: make them before anything is unpacked.
  # Bookworm's 17 image stays as it was (same recipe, not rebuilt).
  [ "$release" = bookworm ] \
    || hooks=(--setup-hook='for d in bin sbin lib lib64; do mkdir -p "$1/usr/$d"; ln -s "usr/$d" "$1/$d"; done')
  mmdebstrap --quiet --arch="$darch" --variant=extract "${hooks[@]}" \
    --include=libc6,zlib1g,libstdc++6,libgcc-s1,busybox-static,openjdk-${jdk}-jdk-headless \
    "$release" "$root" "$DEBIAN_MIRROR" >"$work/mmdebstrap.log" 2>&1 \
    || { tail -n 20 "$work/mmdebstrap.log" >&2; die "mmdebstrap ($release, JDK $jdk, $darch) failed (log above)"; }
  jhome=/usr/lib/jvm/java-${jdk}-openjdk-$darch
  # jlink needs the jmods; Debian ships them inside -jdk-headless for 17, 21 and 25 (no separate package).
  [ -x "$root$jhome/bin/jlink" ] && [ -f "$root$jhome/jmods/java.base.jmod" ] || die "no jlink/jmods in $jhome for $darch"
  # Like the Corretto image, the config sets JAVA_TOOL_OPTIONS (which makes every JVM print "Picked up ..."),
  # so the tests meet what users' builds meet.
  # The extract variant runs no maintainer scripts: give the image a shell, the usual tools, users and a temp dir.
  local applet
  for applet in $("$root/bin/busybox" --list); do
    [ -e "$root/bin/$applet" ] || [ -e "$root/usr/bin/$applet" ] || [ -e "$root/sbin/$applet" ] || ln -s busybox "$root/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nbuilder:x:1000:1000:builder:/home/builder:/bin/sh\n' >"$root/etc/passwd"
  printf 'root:x:0:\nbuilder:x:1000:\n' >"$root/etc/group"
  mkdir -p "$root/root" "$root/home/builder" "$root/tmp" "$root/proc" "$root/sys"
  chmod 1777 "$root/tmp"
  rm -rf "$root/usr/share/doc" "$root/usr/share/man" "$root/usr/share/locale" "$root/var/cache/apt" "$root/var/lib/apt/lists"
  find "$root/dev" -mindepth 1 -delete

  local img="$work/image"
  mkdir -p "$img/layer"
  tar --numeric-owner -C "$root" -cf "$img/layer/layer.tar" .
  local diff_id config config_id
  diff_id=sha256:$(sha256sum "$img/layer/layer.tar" | cut -d' ' -f1)
  config=$(cat <<JSON
{"architecture":"$darch",$( [ "$darch" = arm64 ] && printf '"variant":"v8",' )"os":"linux",
 "config":{"Env":["PATH=$jhome/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$jhome","LANG=C.UTF-8",
     "JAVA_TOOL_OPTIONS=-XX:InitialRAMPercentage=60.0 -XX:MaxRAMPercentage=80.0"],
   "Cmd":["/bin/sh"],"WorkingDir":"/",
   "Labels":{"dev.lambdapackager.recipe":"$RECIPE_VERSION","dev.lambdapackager.description":"Debian $release + OpenJDK $jdk, a local stand-in for the Amazon Corretto builder image"}},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created_by":"lambda-packager scripts/test-env.sh (mmdebstrap $release, recipe $RECIPE_VERSION)"}]}
JSON
)
  printf '%s' "$config" >"$img/config.json"
  config_id=$(sha256sum "$img/config.json" | cut -d' ' -f1)
  mv "$img/config.json" "$img/$config_id.json"
  printf '[{"Config":"%s.json","RepoTags":["%s"],"Layers":["layer/layer.tar"]}]' "$config_id" "$tag" >"$img/manifest.json"
  tar -C "$img" -cf "$work/image.tar" manifest.json "$config_id.json" layer/layer.tar
  docker load -q -i "$work/image.tar" >/dev/null
}

image_tag() { echo "$IMAGE_REPO:$1-$2"; }

# Builds the image of one JDK and architecture unless the current recipe's image is there.
ensure_image() {
  local jdk=$1 arch=$2 tag
  tag=$(image_tag "$jdk" "$arch")
  if image_is_current "$tag"; then
    log "image: $tag present"
    return
  fi
  local old
  old=$(docker image inspect --format '{{.Id}}' "$tag" 2>/dev/null || true)
  step "build image $tag" build_image "$jdk" "$arch" "$tag"
  # The image of an older recipe lost its tag to the new one: drop it rather than leave it dangling.
  [ -z "$old" ] || docker image rm "$old" >/dev/null 2>&1 || true
}

check_image() {
  local tag want got
  tag=$(image_tag "$1" "$2")
  want="linux/$(docker_arch "$2")"
  got=$(docker image inspect --format '{{.Os}}/{{.Architecture}}' "$tag")
  [ "$got" = "$want" ] || die "$tag inspects as $got, expected $want"
  log "image: $tag is $got$(docker image inspect --format '{{if .Variant}}/{{.Variant}}{{end}}' "$tag")"
}

# The missing images are built in parallel: mmdebstrap mostly waits for downloads and the disk, so on two
# cores six builds take about the time of the two slowest rather than their sum. Podman's set-up runs beside
# them and copies its image as soon as that one is built. Each job's output is kept apart and printed when
# it ends, so that the log stays readable.
ensure_images() {
  local jdk arch pids=() names=() logs=() i failed=0 out podman_build=""
  out=$(mktemp -d "${TMPDIR:-/tmp}/builder-images.XXXXXX")
  for jdk in "${JDKS[@]}"; do
    [ -n "${DEBIAN_RELEASE[$jdk]:-}" ] || die "no recipe for JDK $jdk (known: ${!DEBIAN_RELEASE[*]})"
    for arch in "${ARCHES[@]}"; do
      ( ensure_image "$jdk" "$arch" ) >"$out/$jdk-$arch.log" 2>&1 &
      pids+=($!); names+=("building image $jdk-$arch"); logs+=("$out/$jdk-$arch.log")
      [ "$jdk-$arch" != "${PODMAN_IMAGE[0]}-${PODMAN_IMAGE[1]}" ] || podman_build=$!
    done
  done
  if [ "$PODMAN" = 1 ]; then
    ( setup_podman "$podman_build" ) >"$out/podman.log" 2>&1 &
    pids+=($!); names+=("setting up podman"); logs+=("$out/podman.log")
  fi
  for i in "${!pids[@]}"; do
    if ! wait "${pids[$i]}"; then
      if [ "${names[$i]}" = "setting up podman" ] && [ "$(id -u)" -ne 0 ]; then
        # Only one IT needs Podman: on a workstation without root the rest is still ready.
        log "podman: not set up (output below); the podman-package IT needs it: run sudo $0 up, or leave that IT out with -Dlambda.it.podman=false"
      else
        failed=1; log "${names[$i]} failed"
      fi
    fi
    cat "${logs[$i]}"
  done
  rm -rf "$out"
  [ "$failed" -eq 0 ] || die "some builder images could not be built or podman not set up (output above)"
  for jdk in "${JDKS[@]}"; do
    for arch in "${ARCHES[@]}"; do check_image "$jdk" "$arch"; done
  done
}

up() {
  local start=$(date +%s)
  step "packages" install_packages
  step "arm64 emulation" enable_emulation
  step "docker engine" start_engine
  [ "$PODMAN" = 1 ] || log "podman: left out (LAMBDA_TEST_ENV_PODMAN=$PODMAN); run the ITs with -Dlambda.it.podman=false"
  step "builder images$([ "$PODMAN" != 1 ] || echo ' and podman')" ensure_images
  log "ready in $(( $(date +%s) - start )) s"
}

status() {
  if engine_answers; then log "engine: answering"; else log "engine: not answering"; fi
  [ -f "$PIDFILE" ] && log "engine: started by this script, PID $(cat "$PIDFILE")"
  if podman_answers; then log "podman: answering at unix://$PODMAN_SOCKET"; else log "podman: not answering at unix://$PODMAN_SOCKET"; fi
  [ -f "$PODMAN_PIDFILE" ] && log "podman: started by this script, PID $(cat "$PODMAN_PIDFILE")"
  local podman_tag
  podman_tag=$(image_tag "${PODMAN_IMAGE[@]}")
  podman image inspect --format "podman: image $podman_tag {{.Id}}" "$podman_tag" 2>/dev/null \
    || log "podman: image $podman_tag missing"
  local jdk arch
  for jdk in "${JDKS[@]}"; do
    for arch in "${ARCHES[@]}"; do
      docker image inspect --format "{{.RepoTags}} {{.Os}}/{{.Architecture}}" "$(image_tag "$jdk" "$arch")" 2>/dev/null \
        || log "image: $(image_tag "$jdk" "$arch") missing"
    done
  done
}

case "${1:-up}" in
  up) up ;;
  down) stop_podman; stop_engine ;;
  status) status ;;
  *) die "usage: $0 up|down|status" ;;
esac
