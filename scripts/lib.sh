# shellcheck shell=bash
# Shared by bin/jmlir-opt and scripts/*: finding a JDK and the shared corpus, building the
# runnable jar. Set JMLIR_ROOT (the repository root) before sourcing this file.

JMLIR_JAR=$JMLIR_ROOT/target/jmlir-opt.jar      # installed copy of cli/target/jmlir-opt.jar
JMLIR_AOT=$JMLIR_ROOT/target/jmlir-opt.aot      # JDK AOT cache made by jmlir.cli.AotTraining
JMLIR_MIN_JAVA=25

# JVM flags for a short command-line run. Only the C1 compiler: on runs of a second or two,
# C2's compile time on a 2-core machine costs more than its faster code saves (measured on
# 1-6 MB inputs). A long loop (a megabyte of hex digits, a block of 100k ops) is compiled on
# stack after 2,000 iterations instead of 60,000: at start-up the compiler queue is long, and
# the loop would run interpreted meanwhile. No perf-data file for jstat (a few milliseconds of
# start-up). An AOT cache only loads with the flags it was trained
# with, so training uses these too. JVM log output goes to stderr (never into the printed IR),
# and an unusable AOT cache is ignored silently.
JMLIR_JVM_FLAGS=(-XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:TieredStopAtLevel=1 -XX:Tier3BackEdgeThreshold=2000
  -XX:-UsePerfData
  -Xlog:disable -Xlog:all=warning:stderr '-Xlog:aot*=off:stderr' '-Xlog:cds*=off:stderr')

jmlir_die() {
  printf '%s: %s\n' "${0##*/}" "$*" >&2
  exit 1
}

# Sets JMLIR_JAVA_VERSION to the feature version (25, 17, ...) of the JDK whose home is $1.
_jmlir_java_version() {
  local line v=
  [[ -x $1/bin/java ]] || return 1
  if [[ -r $1/release ]]; then
    while IFS= read -r line; do
      if [[ $line == JAVA_VERSION=* ]]; then v=${line#JAVA_VERSION=}; v=${v//\"/}; break; fi
    done <"$1/release"
  fi
  [[ -n $v ]] || v=$("$1/bin/java" -version 2>&1 | sed -n 's/^.* version "\([^"]*\)".*$/\1/p;q')
  v=${v#1.}
  v=${v%%[!0-9]*}
  [[ -n $v ]] || return 1
  JMLIR_JAVA_VERSION=$v
}

# Sets JMLIR_JDK to the home of a JDK >= 25: $JAVA_HOME, else `java` on PATH, else the newest
# under /usr/lib/jvm.
jmlir_find_jdk() {
  local java home best='' best_version=0
  if [[ -n ${JAVA_HOME-} ]] && _jmlir_java_version "$JAVA_HOME" &&
      ((JMLIR_JAVA_VERSION >= JMLIR_MIN_JAVA)); then
    JMLIR_JDK=$JAVA_HOME
    return 0
  fi
  if java=$(type -P java); then
    java=$(readlink -f "$java")
    home=${java%/bin/java}
    if _jmlir_java_version "$home" && ((JMLIR_JAVA_VERSION >= JMLIR_MIN_JAVA)); then
      JMLIR_JDK=$home
      return 0
    fi
  fi
  for home in /usr/lib/jvm/*; do
    if _jmlir_java_version "$home" && ((JMLIR_JAVA_VERSION > best_version)); then
      best=$home
      best_version=$JMLIR_JAVA_VERSION
    fi
  done
  if ((best_version >= JMLIR_MIN_JAVA)); then
    JMLIR_JDK=$best
    return 0
  fi
  jmlir_die "no JDK $JMLIR_MIN_JAVA or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm/*); install one or point JAVA_HOME at it"
}

# True when the file $1 is missing or older than a build input: the poms and the main sources of
# jmlir-opt's modules (*/src/main but bench/src/main), or with --with-bench of every module.
# Tests are not inputs of the jar; leaving them out also keeps this check quick on every run.
jmlir_stale() {
  [[ -f $1 ]] || return 0
  local newer src sources=()
  for src in "$JMLIR_ROOT"/*/src/main; do
    [[ ${2-} == --with-bench || $src != "$JMLIR_ROOT/bench/src/main" ]] && sources+=("$src")
  done
  newer=$(find "$JMLIR_ROOT"/pom.xml "$JMLIR_ROOT"/*/pom.xml "${sources[@]}" \
    -newer "$1" -print -quit 2>/dev/null)
  [[ -n $newer ]]
}

# Runs Maven in the repository with the JDK found by jmlir_find_jdk.
jmlir_mvn() {
  command -v mvn >/dev/null || jmlir_die "Maven (mvn) is needed to build jmlir but is not on PATH"
  (cd "$JMLIR_ROOT" && JAVA_HOME=$JMLIR_JDK \
    MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow" mvn -B "$@")
}

# Builds target/jmlir-opt.jar and its AOT cache when stale. Concurrent callers wait on a lock
# while one of them builds, then find the jar fresh. Needs JMLIR_JDK.
jmlir_build() {
  local lock_fd
  mkdir -p "$JMLIR_ROOT/target" || jmlir_die "cannot create $JMLIR_ROOT/target"
  exec {lock_fd}>>"$JMLIR_ROOT/target/.build.lock"
  flock "$lock_fd" || jmlir_die "cannot lock $JMLIR_ROOT/target/.build.lock"
  if jmlir_stale "$JMLIR_JAR"; then
    _jmlir_build_locked
  fi
  exec {lock_fd}>&-
}

_jmlir_build_locked() {
  local built=$JMLIR_ROOT/cli/target/jmlir-opt.jar log=$JMLIR_ROOT/target/build.log
  local stamp=$JMLIR_ROOT/target/.build-start tmp=$JMLIR_JAR.$$ aot_tmp=$JMLIR_AOT.$$

  # The installed jar gets the time the build started, so that a source saved during the build
  # still counts as newer. A jar Maven made from the current sources is installed as it is.
  : >"$stamp"
  : >"$log"
  if jmlir_stale "$built"; then
    if ! jmlir_mvn -q -Dmaven.test.skip=true -pl cli -am package >"$log" 2>&1; then
      {
        printf '%s: building jmlir failed (mvn -q -Dmaven.test.skip=true -pl cli -am package in %s):\n' \
          "${0##*/}" "$JMLIR_ROOT"
        sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -v '^\s*$' | tail -n 40
      } >&2
      exit 1
    fi
  else
    stamp=$built
  fi
  [[ -f $built ]] || jmlir_die "the build did not produce $built"
  if ! { cp "$built" "$tmp" && touch -r "$stamp" "$tmp" && mv -f "$tmp" "$JMLIR_JAR"; }; then
    jmlir_die "cannot install $JMLIR_JAR"
  fi

  # Training run for the AOT cache (time-limited, so a hanging tool cannot hold up the first
  # run); without a cache the launcher still works, only slower.
  rm -f "$JMLIR_AOT"
  if [[ -z ${JMLIR_NO_AOT-} ]] &&
      timeout 120 "$JMLIR_JDK/bin/java" "${JMLIR_JVM_FLAGS[@]}" -XX:AOTCacheOutput="$aot_tmp" \
        -cp "$JMLIR_JAR" jmlir.cli.AotTraining "$JMLIR_ROOT" >>"$log" 2>&1 &&
      [[ -s $aot_tmp ]]; then
    mv -f "$aot_tmp" "$JMLIR_AOT"
  else
    rm -f "$aot_tmp"
  fi
}

# Sets JMLIR_SHARED to the read-only shared tree (conformance corpus, workloads): $JMLIR_SHARED,
# else ../shared beside the repository, else ../shared beside the main checkout when the
# repository is a git worktree.
jmlir_find_shared() {
  local common
  if [[ -n ${JMLIR_SHARED-} ]]; then
    [[ -d $JMLIR_SHARED ]] || jmlir_die "JMLIR_SHARED=$JMLIR_SHARED is not a directory"
    return 0
  fi
  if [[ -d $JMLIR_ROOT/../shared ]]; then
    JMLIR_SHARED=$(cd "$JMLIR_ROOT/../shared" && pwd -P)
    return 0
  fi
  if common=$(git -C "$JMLIR_ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null) &&
      [[ $common == */.git && -d ${common%/.git}/../shared ]]; then
    JMLIR_SHARED=$(cd "${common%/.git}/../shared" && pwd -P)
    return 0
  fi
  jmlir_die "../shared (the conformance corpus) not found beside $JMLIR_ROOT; set JMLIR_SHARED"
}
