#!/usr/bin/env bash
# Redline: start the whole stack locally with one command.
#
#   ./run.sh              Keycloak + backend + SPA in the foreground; Ctrl-C stops everything
#   ./run.sh --detach     start in the background, return once everything answers
#   ./run.sh --stop       stop the stacks started with --detach (only BACKEND_PORT's when it is set)
#   ./run.sh --status     show what is running (likewise)
#   ./run.sh --no-spa     skip the web app (Keycloak + backend only)
#   ./run.sh --no-backend skip the backend (e.g. you run `mvnw quarkus:dev` yourself)
#   ./run.sh --rebuild    rebuild backend and SPA even if they look up to date
#
# Needs only JDK 17+, Node 20.19+ (npm) and curl. Keycloak is fetched through the Maven wrapper
# into .cache/ on the first run. Ports: KEYCLOAK_PORT (8180), BACKEND_PORT (8080), SPA_PORT (5173).
# Backend data (embedded PostgreSQL, attachments): REDLINE_DATA_DIR (default .redline-data/).
# REDLINE_BACKEND_JAR=path/quarkus-run.jar runs a prebuilt backend. Logs: .cache/logs/.
# Linux only (setsid, /proc).
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# --stop and --status look at every stack of this checkout unless BACKEND_PORT names one
BACKEND_PORT_GIVEN="${BACKEND_PORT:+1}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
BACKEND_PORT="${BACKEND_PORT:-8080}"
SPA_PORT="${SPA_PORT:-5173}"
REDLINE_DATA_DIR="${REDLINE_DATA_DIR:-$ROOT/.redline-data}"
KC_VERSION="26.5.6"
case "$REDLINE_DATA_DIR" in /*) ;; *) REDLINE_DATA_DIR="$PWD/$REDLINE_DATA_DIR" ;; esac

CACHE="$ROOT/.cache"
LOGS="$CACHE/logs"
PIDS="$CACHE/run-$BACKEND_PORT.pids"
KC_HOME="$CACHE/keycloak-$KC_VERSION"
KC_ZIP="$CACHE/dist/keycloak-quarkus-dist-$KC_VERSION.zip"
REALM_JSON="$ROOT/deploy/keycloak/redline-realm.json"
# REDLINE_BACKEND_JAR: run a prebuilt backend (no build step), e.g. in CI
BACKEND_JAR="${REDLINE_BACKEND_JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}"
KC_URL="http://localhost:$KEYCLOAK_PORT"
BACKEND_URL="http://localhost:$BACKEND_PORT"
SPA_URL="http://localhost:$SPA_PORT"

MODE=foreground
WITH_SPA=1
WITH_BACKEND=1
REBUILD=0
for arg in "$@"; do
  case "$arg" in
    --detach|-d) MODE=detach ;;
    --stop) MODE=stop ;;
    --status) MODE=status ;;
    --no-spa) WITH_SPA=0 ;;
    --no-backend) WITH_BACKEND=0 ;;
    --rebuild) REBUILD=1 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

if [ -t 1 ]; then B=$'\e[1m'; G=$'\e[32m'; R=$'\e[31m'; N=$'\e[0m'; else B=; G=; R=; N=; fi
say()  { printf '%s[run]%s %s\n' "$B" "$N" "$*"; }
fail() { printf '%s[run] %s%s\n' "$R" "$*" "$N" >&2; }

# ---------------------------------------------------------------- process bookkeeping
# .cache/run-<backend port>.pids holds one "name pid [data dir]" line per service; every service is started with
# setsid, so its pid is also its process-group id and the whole tree can be signalled.
# (zombies count as gone: the init process of some containers reaps them late)
alive() { # pid
  local st
  kill -0 "$1" 2>/dev/null || return 1
  st="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  st="${st##*) }"; [ "${st%% *}" != Z ]
}
group_alive() { # pgid: is any live process left in the group?
  kill -0 -- "-$1" 2>/dev/null || return 1
  local f st
  for f in /proc/[0-9]*/stat; do
    st="$(cat "$f" 2>/dev/null)" || continue
    st="${st##*) }"                       # "state ppid pgrp ..."
    read -r st _ pg _ <<<"$st"
    [ "$pg" = "$1" ] && [ "$st" != Z ] && return 0
  done
  return 1
}

stop_one() { # name pid
  local name="$1" pid="$2"
  group_alive "$pid" || return 0
  say "stopping $name (pgid $pid)"
  # The group leader first: java runs its shutdown hooks (the backend stops its embedded
  # PostgreSQL itself); then whatever is left in the group; KILL as a last resort.
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do alive "$pid" || break; sleep 0.25; done
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do group_alive "$pid" || return 0; sleep 0.25; done
  fail "$name did not stop in time, killing it"
  kill -KILL -- "-$pid" 2>/dev/null || true
}

# The backend's embedded PostgreSQL detaches into its own session (pg_ctl), so it is not in the
# backend's process group. The backend stops it on a normal shutdown; if the JVM died hard, the
# server is still running: stop it through its postmaster.pid (SIGINT = fast shutdown).
stop_embedded_pg() { # data-dir
  local pidfile="$1/postgres/postmaster.pid" pgpid
  [ -f "$pidfile" ] || return 0
  pgpid="$(head -n1 "$pidfile" 2>/dev/null)"
  [[ "$pgpid" =~ ^[0-9]+$ ]] && alive "$pgpid" || return 0
  grep -q postgres "/proc/$pgpid/cmdline" 2>/dev/null || return 0
  say "stopping the embedded PostgreSQL left behind (pid $pgpid)"
  kill -INT "$pgpid" 2>/dev/null || true
  for _ in $(seq 1 60); do alive "$pgpid" || return 0; sleep 0.25; done
  kill -KILL "$pgpid" 2>/dev/null || true
}

stop_all() { # [pid file, default $PIDS]
  local file="${1:-$PIDS}" name pid extra
  [ -f "$file" ] || return 0
  # reverse start order: SPA, backend, Keycloak
  while read -r name pid extra; do
    stop_one "$name" "$pid"
    if [ "$name" = backend ] && [ -n "$extra" ]; then stop_embedded_pg "$extra"; fi
  done < <(tac "$file")
  rm -f "$file"
}

running_stack() { # [pid file, default $PIDS]: prints its live entries
  local file="${1:-$PIDS}" name pid found=1
  [ -f "$file" ] || return 1
  while read -r name pid _; do
    if group_alive "$pid"; then echo "$name $pid"; found=0; fi
  done < "$file"
  return $found
}

# The pid files --stop and --status act on: the one of BACKEND_PORT when it is set, else every stack
# started from this checkout (whatever ports it was given).
stack_files() {
  if [ -n "$BACKEND_PORT_GIVEN" ]; then echo "$PIDS"; return; fi
  local f
  for f in "$CACHE"/run-*.pids; do [ -f "$f" ] && echo "$f"; done
}
port_of() { local f="${1##*/run-}"; echo "${f%.pids}"; }

if [ "$MODE" = stop ] || [ "$MODE" = status ]; then
  found=0
  while read -r file; do
    [ -n "$file" ] || continue
    if [ "$MODE" = stop ]; then
      say "stopping the stack with backend port $(port_of "$file")"
      stop_all "$file"; found=1
    elif live="$(running_stack "$file")"; then
      say "running (backend port $(port_of "$file")):"; echo "$live"; found=1
    fi
  done < <(stack_files)
  if [ "$found" = 0 ]; then
    say "$([ "$MODE" = stop ] && echo "nothing to stop" || echo "not running") (no live stack in ${PIDS%/*}/run-*.pids${BACKEND_PORT_GIVEN:+ for BACKEND_PORT=$BACKEND_PORT})"
    [ "$MODE" = stop ] && exit 0 || exit 1
  fi
  [ "$MODE" = stop ] && say "stopped"
  exit 0
fi

# ---------------------------------------------------------------- checks
need() { command -v "$1" >/dev/null 2>&1 || { fail "$1 is required but not installed. $2"; exit 1; }; }
need java "Install a JDK 17 or newer."
need curl ""
if [ "$WITH_SPA" = 1 ]; then
  need node "Install Node.js 20.19+ (or use --no-spa)."; need npm "Install npm."
  # Vite 8 needs 20.19+ (frontend/package.json "engines")
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' \
    || { fail "Node.js 20.19+ needed, found $(node -v) (or use --no-spa)"; exit 1; }
fi
JAVA_MAJOR="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')"
if [ "${JAVA_MAJOR%%.*}" -lt 17 ] 2>/dev/null; then fail "Java 17+ needed, found $JAVA_MAJOR"; exit 1; fi

if live="$(running_stack)"; then
  fail "a stack started by run.sh is still running:"; echo "$live" >&2
  fail "stop it first with ./run.sh --stop"; exit 1
fi
rm -f "$PIDS"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
check_port() {
  if port_busy "$2"; then fail "port $2 ($1) is already in use; free it or set $3=<other port>"; exit 1; fi
}
check_port Keycloak "$KEYCLOAK_PORT" KEYCLOAK_PORT
[ "$WITH_BACKEND" = 1 ] && check_port backend "$BACKEND_PORT" BACKEND_PORT
[ "$WITH_SPA" = 1 ] && check_port SPA "$SPA_PORT" SPA_PORT

mkdir -p "$LOGS"

# From here on, any failure or signal tears down what was started.
CLEANED=0
cleanup() {
  [ "$CLEANED" = 1 ] && return; CLEANED=1
  stop_all
}
on_error() { fail "failed (see logs in .cache/logs/)"; cleanup; exit 1; }
on_signal() { echo; say "shutting down..."; cleanup; say "all stopped"; exit 130; }
trap on_error ERR
trap on_signal INT TERM HUP

start_bg() { # name logfile cmd... -> new session/process group, pid appended to $PIDS
  local name="$1" log="$2"; shift 2
  setsid "$@" </dev/null >>"$log" 2>&1 &
  echo "$name $! ${PID_EXTRA:-}" >> "$PIDS"
}
pid_of() { awk -v n="$1" '$1 == n { print $2 }' "$PIDS" 2>/dev/null; }

wait_http() { # name url timeout-seconds [pid-name]
  local name="$1" url="$2" timeout="$3" pname="${4:-$1}" t0=$SECONDS pid
  pid="$(pid_of "$pname")"
  until curl -sf -o /dev/null --max-time 5 "$url"; do
    if [ -n "$pid" ] && ! alive "$pid"; then
      fail "$name exited during startup; last lines of .cache/logs/$pname.log:"
      tail -n 40 "$LOGS/$pname.log" >&2 || true
      return 1
    fi
    if (( SECONDS - t0 > timeout )); then
      fail "$name did not answer on $url within ${timeout}s; see .cache/logs/$pname.log"
      return 1
    fi
    sleep 1
  done
  say "${G}$name ready${N} ($url, $((SECONDS - t0))s)"
}

newer_than() { # target paths... : true if target missing or any existing path is newer
  local target="$1"; shift
  [ -e "$target" ] || return 0
  local p existing=()
  for p in "$@"; do [ -e "$p" ] && existing+=("$p"); done
  [ ${#existing[@]} -gt 0 ] || return 1
  [ -n "$(find "${existing[@]}" -newer "$target" -type f -print -quit 2>/dev/null)" ]
}

# ---------------------------------------------------------------- Keycloak
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  if [ ! -f "$KC_ZIP" ]; then
    say "downloading Keycloak $KC_VERSION from Maven Central (once, ~165 MB)"
    "$ROOT/backend/mvnw" -q dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$CACHE/dist" >"$LOGS/keycloak-download.log" 2>&1 \
      || { fail "download failed:"; tail -n 20 "$LOGS/keycloak-download.log" >&2; false; }
  fi
  say "unpacking Keycloak into .cache/"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q -o "$KC_ZIP" -d "$CACHE"
  else
    (cd "$CACHE" && jar xf "$KC_ZIP") && chmod +x "$KC_HOME"/bin/*.sh
  fi
fi

# The realm is imported on Keycloak's first start. If the realm file or the SPA port changed
# since then, drop Keycloak's dev database so the realm is imported afresh (Keycloak holds
# no data of its own here: users and clients all come from the realm file).
mkdir -p "$KC_HOME/data/import"
REALM_STAMP="$(cat "$REALM_JSON" | cksum | cut -d' ' -f1)-spa$SPA_PORT"
if [ "$(cat "$KC_HOME/data/.realm-stamp" 2>/dev/null)" != "$REALM_STAMP" ]; then
  [ -d "$KC_HOME/data/h2" ] && say "realm file or SPA port changed: re-importing the realm"
  rm -rf "$KC_HOME/data/h2"
  sed "s#http://localhost:5173#$SPA_URL#g" "$REALM_JSON" > "$KC_HOME/data/import/redline-realm.json"
  echo "$REALM_STAMP" > "$KC_HOME/data/.realm-stamp"
fi

# the light login theme (deploy/keycloak/themes), fresh on every start
rm -rf "$KC_HOME/themes/redline"
cp -R "$ROOT/deploy/keycloak/themes/redline" "$KC_HOME/themes/redline"

say "starting Keycloak on $KC_URL (log: .cache/logs/keycloak.log)"
: > "$LOGS/keycloak.log"
KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx768m}" \
start_bg keycloak "$LOGS/keycloak.log" \
  "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
  --hostname="$KC_URL" --import-realm

# ---------------------------------------------------------------- builds (while Keycloak boots)
if [ "$WITH_BACKEND" = 1 ]; then
  if [ -n "${REDLINE_BACKEND_JAR:-}" ]; then
    [ -f "$BACKEND_JAR" ] || { fail "REDLINE_BACKEND_JAR=$BACKEND_JAR does not exist"; false; }
  elif [ "$REBUILD" = 1 ] || newer_than "$BACKEND_JAR" "$ROOT/backend/src/main/java" "$ROOT/backend/src/main/resources" "$ROOT/backend/pom.xml"; then
    say "building the backend (mvnw package, a few minutes the first time; log: .cache/logs/backend-build.log)"
    (cd "$ROOT/backend" && ./mvnw -q -DskipTests package) >"$LOGS/backend-build.log" 2>&1 \
      || { fail "backend build failed:"; tail -n 40 "$LOGS/backend-build.log" >&2; false; }
    [ -f "$BACKEND_JAR" ] || { fail "the build did not produce $BACKEND_JAR"; false; }
    touch "$BACKEND_JAR"
  else
    say "backend is up to date"
  fi
fi

if [ "$WITH_SPA" = 1 ]; then
  FE="$ROOT/frontend"
  if [ ! -f "$FE/node_modules/.package-lock.json" ] || newer_than "$FE/node_modules/.package-lock.json" "$FE/package-lock.json" "$FE/package.json"; then
    say "installing SPA dependencies (npm ci; log: .cache/logs/spa-build.log)"
    (cd "$FE" && npm ci --no-audit --no-fund) >"$LOGS/spa-build.log" 2>&1 \
      || { fail "npm ci failed:"; tail -n 40 "$LOGS/spa-build.log" >&2; false; }
  fi
  if [ "$REBUILD" = 1 ] || newer_than "$FE/dist/index.html" "$FE/src" "$FE/public" "$FE/index.html" \
       "$FE/package.json" "$FE/package-lock.json" "$FE"/vite.config.* "$FE/vite" "$FE"/tsconfig*.json; then
    say "building the SPA (npm run build; log: .cache/logs/spa-build.log)"
    (cd "$FE" && npm run build) >>"$LOGS/spa-build.log" 2>&1 \
      || { fail "SPA build failed:"; tail -n 40 "$LOGS/spa-build.log" >&2; false; }
  else
    say "SPA is up to date"
  fi
  # runtime configuration read by the SPA at start-up
  printf '{ "oidcAuthority": "%s/realms/redline", "oidcClientId": "redline-spa", "apiBase": "" }\n' \
    "$KC_URL" > "$FE/dist/config.json"
fi

wait_http Keycloak "$KC_URL/realms/redline/.well-known/openid-configuration" 240 keycloak

# ---------------------------------------------------------------- backend + SPA
if [ "$WITH_BACKEND" = 1 ]; then
  say "starting the backend on $BACKEND_URL (data: ${REDLINE_DATA_DIR#$ROOT/}; log: .cache/logs/backend.log)"
  mkdir -p "$REDLINE_DATA_DIR"
  : > "$LOGS/backend.log"
  # Footprint (bench/README.md "Lean request path"): the live heap is ~30 MB; serial GC, a capped heap, small stacks,
  # two malloc arenas and the native heap trimmed every 10 s keep RSS under load at 260-300 MB. The code cache is
  # not small on purpose: at 48 MB the sweeper flushed and recompiled hot code under load.
  BACKEND_JVM="-XX:+UseSerialGC -Xms32m -Xmx192m -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=96m
    -XX:MaxDirectMemorySize=32m -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockExperimentalVMOptions
    -XX:TrimNativeHeapInterval=10000"
  # shellcheck disable=SC2097,SC2098
  (cd "$ROOT" && QUARKUS_HTTP_PORT="$BACKEND_PORT" \
     QUARKUS_OIDC_AUTH_SERVER_URL="$KC_URL/realms/redline" \
     REDLINE_DEMO_DATA_ENABLED="${REDLINE_DEMO_DATA_ENABLED:-true}" \
     REDLINE_DATA_DIR="$REDLINE_DATA_DIR" PID_EXTRA="$REDLINE_DATA_DIR" \
     MALLOC_ARENA_MAX=2 start_bg backend "$LOGS/backend.log" java ${BACKEND_JAVA_OPTS:-$BACKEND_JVM} -jar "$BACKEND_JAR")
fi
if [ "$WITH_SPA" = 1 ]; then
  say "starting the SPA on $SPA_URL (log: .cache/logs/spa.log)"
  : > "$LOGS/spa.log"
  (cd "$ROOT/frontend" && REDLINE_API_URL="$BACKEND_URL" \
     start_bg spa "$LOGS/spa.log" npm run preview -- --port "$SPA_PORT" --strictPort)
fi

[ "$WITH_BACKEND" = 1 ] && wait_http backend "$BACKEND_URL/q/health/ready" 300
[ "$WITH_SPA" = 1 ] && wait_http SPA "$SPA_URL/" 90 spa

# ---------------------------------------------------------------- banner
cat <<EOF

${B}Redline is running.${N}
  Web app     $([ "$WITH_SPA" = 1 ] && echo "$SPA_URL" || echo "(not started)")
  API         $([ "$WITH_BACKEND" = 1 ] && echo "$BACKEND_URL/api/v1   (health: $BACKEND_URL/q/health)" || echo "(not started)")
  Keycloak    $KC_URL   (admin console: $KC_URL/admin, admin / admin)

  Demo logins (password for all: ${B}redline${N})
    user            role            organization
    admin           admin           520000  贵州省
    safety          safety_office   520102  南明区
    safety-baiyun   safety_office   520113  白云区
    leader          leader          520102  南明区
    dept            department      11520102001002550X  南明区住房和城乡建设局
    enterprise      enterprise      91520102001004484X  贵州黔城建设工程有限公司
    inspector       inspector       520102001001-G01  花果园一社区第1网格
    client redline-integration (secret redline-integration-secret): integration, 520102

  Logs in .cache/logs/
EOF

trap - ERR
if [ "$MODE" = detach ]; then
  say "running in the background (pids in .cache/${PIDS##*/}); stop with ./run.sh --stop"
  exit 0
fi

say "press Ctrl-C to stop"
# Foreground: watch the services; if one dies, stop the others.
while true; do
  while read -r name pid _; do
    if ! alive "$pid"; then
      fail "$name exited unexpectedly; last lines of .cache/logs/$name.log:"
      tail -n 30 "$LOGS/$name.log" >&2 || true
      cleanup; exit 1
    fi
  done < "$PIDS"
  sleep 2 & wait $! || true
done
