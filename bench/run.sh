#!/usr/bin/env bash
# Hidden-hazard benchmark: one command from a clean checkout.
#
#   bench/run.sh            build the backend if needed, start Keycloak + backend on bench ports, load
#                           1M tickets once, run every scenario, write bench/results/<date>.md, stop
#   bench/run.sh --keep     leave the stack running afterwards (stop later with bench/run.sh --stop)
#   bench/run.sh --stop     stop a stack left running with --keep
#   bench/run.sh --load-only   start + load, no measurements (implies --keep)
#
# Settings (environment): BENCH_TICKETS (1000000), BENCH_ENTERPRISES (2000), BENCH_REQUESTS (requests per
# scenario and concurrency level, 300), BENCH_WARMUP (50, at most 5 s), BENCH_TRANSITIONS (300),
# BENCH_MAX_SECONDS (12: a measured run stops after this even if fewer requests were sent),
# BENCH_ROUNDS (1: read scenarios alternate this many app and direct-SQL phases, each side keeping its fastest),
# BENCH_KEYCLOAK_PORT (38180), BENCH_BACKEND_PORT (38080), BENCH_DB_PORT (38432),
# BENCH_FRESH_JAR=1 (re-snapshot backend/target/quarkus-app even if a snapshot exists),
# BENCH_REBUILD=1 (run mvnw package first), BENCH_ONLY (run only scenarios whose "name user" contains it; several
# alternatives separated by |, e.g. 'list no filter admin|get by id (random) admin'),
# BENCH_OUT (result file name without .md; default the UTC date),
# BENCH_CLIENT (the app side's HTTP client: wire = a lean keep-alive HTTP/1.1 client, the default; jdk = java.net.http).
# BENCH_SUITE=duty: the duty reports instead of hazards (bench/duty/load.sql instead of the tickets; sizes
# BENCH_DUTY_DISTRICTS 15, BENCH_DUTY_TOWNSHIPS 12, BENCH_DUTY_TOWNSHIP_POSTS 10, BENCH_DUTY_ENTERPRISES 5000,
# BENCH_DUTY_ENTERPRISE_POSTS 3; see bench/README.md "Duty reports").
# BENCH_SUITE=drill: drill-duty coverage (bench/drill/load.sql: BENCH_DRILL_DISTRICTS 15, BENCH_DRILL_TOWNSHIPS 12,
# BENCH_DRILL_ENTERPRISES 50000; see bench/README.md "Drill coverage"); bench/drill/recount.sh times a rule edit.
# BENCH_SUITE=assess: assessment scores (bench/assess/load.sql: BENCH_ASSESS_TARGETS 200, BENCH_ASSESS_INDICATORS 60,
# five yearly schemes; see bench/README.md "Assessment scores"); bench/assess/check.sh compares the app's scores with
# the loader's, bench/assess/rescore.sh times a whole scheme re-scored.
#
# Isolation: the stack runs from bench/.data/stack, a copy of run.sh with its own .cache/ (so its Keycloak
# dev database never collides with a dev or e2e stack started from the checkout), on a snapshot of the
# backend build in bench/.data/app (so a concurrent `mvnw package` cannot swap classes under it), with data
# in bench/.data/redline. Everything under bench/.data is git-ignored and can be deleted to start over.
set -Eeuo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
DATA="$BENCH/.data"
STACK="$DATA/stack"
APP="$DATA/app"
export KEYCLOAK_PORT="${BENCH_KEYCLOAK_PORT:-38180}"
export BACKEND_PORT="${BENCH_BACKEND_PORT:-38080}"
export SPA_PORT="${BENCH_SPA_PORT:-38173}"   # not started (--no-spa); part of run.sh's realm stamp only
export REDLINE_EMBEDDED_DB_PORT="${BENCH_DB_PORT:-38432}"
export REDLINE_DATA_DIR="$DATA/redline"
export REDLINE_BACKEND_JAR="$APP/quarkus-run.jar"
export BENCH_TICKETS="${BENCH_TICKETS:-1000000}"
# The benchmark sends thousands of requests a second from one token: the rate limits would answer 429.
export REDLINE_RATE_LIMIT_ENABLED=false
export BENCH_ENTERPRISES="${BENCH_ENTERPRISES:-2000}"
export PGHOST=127.0.0.1 PGPORT="$REDLINE_EMBEDDED_DB_PORT" PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres

KEEP=0; LOAD_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --keep) KEEP=1 ;;
    --load-only) LOAD_ONLY=1; KEEP=1 ;;
    --stop) [ -x "$STACK/run.sh" ] && (cd "$STACK" && ./run.sh --stop); exit 0 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

say() { printf '\e[1m[bench]\e[0m %s\n' "$*"; }
mkdir -p "$DATA" "$BENCH/results"

# ---------------------------------------------------------------- backend build + snapshot
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
if [ "${BENCH_REBUILD:-0}" = 1 ] || [ ! -f "$JAR" ]; then
  say "building the backend (mvnw -q -DskipTests package)"
  (cd "$ROOT/backend" && ./mvnw -q -DskipTests package)
fi
if [ "${BENCH_FRESH_JAR:-0}" = 1 ] || [ "${BENCH_REBUILD:-0}" = 1 ] || [ ! -f "$APP/quarkus-run.jar" ]; then
  say "snapshotting backend/target/quarkus-app into bench/.data/app"
  rm -rf "$APP.tmp" && cp -a "$ROOT/backend/target/quarkus-app" "$APP.tmp" && rm -rf "$APP" && mv "$APP.tmp" "$APP"
  (cd "$ROOT" && { git rev-parse --short HEAD; git status --porcelain -- backend/src/main | wc -l; }) > "$APP/.source" || true
fi

# ---------------------------------------------------------------- a private copy of the stack launcher
mkdir -p "$STACK/deploy/keycloak" "$STACK/.cache/dist"
cp "$ROOT/run.sh" "$STACK/run.sh"
cp -R "$ROOT/deploy/keycloak/." "$STACK/deploy/keycloak/"   # the realm and its login theme
ln -sfn "$ROOT/backend" "$STACK/backend"          # only for the mvnw download of Keycloak, never built from here
KC_ZIP=keycloak-quarkus-dist-26.5.6.zip
if [ ! -f "$STACK/.cache/dist/$KC_ZIP" ] && [ -f "$ROOT/.cache/dist/$KC_ZIP" ]; then
  ln "$ROOT/.cache/dist/$KC_ZIP" "$STACK/.cache/dist/$KC_ZIP" 2>/dev/null || cp "$ROOT/.cache/dist/$KC_ZIP" "$STACK/.cache/dist/"
fi

start_stack() {
  say "starting Keycloak :$KEYCLOAK_PORT + backend :$BACKEND_PORT (embedded PostgreSQL :$REDLINE_EMBEDDED_DB_PORT)"
  (cd "$STACK" && ./run.sh --detach --no-spa >"$DATA/run.log" 2>&1) \
    || { tail -n 30 "$DATA/run.log"; exit 1; }
}
stop_stack() { (cd "$STACK" && ./run.sh --stop >>"$DATA/run.log" 2>&1) || true; }

if (cd "$STACK" && ./run.sh --status >/dev/null 2>&1); then
  say "bench stack already running"
else
  start_stack
fi
[ "$KEEP" = 1 ] || trap stop_stack EXIT

psqlq() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# ---------------------------------------------------------------- data (once)
SUITE="${BENCH_SUITE:-hazard}"
if [ "$SUITE" = drill ]; then
  if [ "$(psqlq -Atc "select count(*) from org where code = '529800'")" = 0 ]; then
    say "loading the drill benchmark city (bench/drill/load.sql)"
    t0=$SECONDS
    psqlq -v districts="${BENCH_DRILL_DISTRICTS:-15}" -v townships="${BENCH_DRILL_TOWNSHIPS:-12}" \
      -v enterprises="${BENCH_DRILL_ENTERPRISES:-50000}" -f "$BENCH/drill/load.sql" | tee "$DATA/drill-load.log"
    echo "load_seconds=$((SECONDS - t0))" | tee -a "$DATA/drill-load.log"
  else
    say "drill data already loaded"
  fi
  have=-1
elif [ "$SUITE" = assess ]; then
  if [ "$(psqlq -Atc "select count(*) from org where code = '529701'")" = 0 ]; then
    say "loading the assessment benchmark district (bench/assess/load.sql)"
    t0=$SECONDS
    psqlq -v targets="${BENCH_ASSESS_TARGETS:-200}" -v indicators="${BENCH_ASSESS_INDICATORS:-60}" \
      -f "$BENCH/assess/load.sql" | tee "$DATA/assess-load.log"
    echo "load_seconds=$((SECONDS - t0))" | tee -a "$DATA/assess-load.log"
  else
    say "assessment data already loaded"
  fi
  have=-1
elif [ "$SUITE" = duty ]; then
  if [ "$(psqlq -Atc "select count(*) from org where code = '529900'")" = 0 ]; then
    say "loading the duty benchmark city (bench/duty/load.sql)"
    t0=$SECONDS
    psqlq -v districts="${BENCH_DUTY_DISTRICTS:-15}" -v townships="${BENCH_DUTY_TOWNSHIPS:-12}" \
      -v township_posts="${BENCH_DUTY_TOWNSHIP_POSTS:-10}" -v enterprises="${BENCH_DUTY_ENTERPRISES:-5000}" \
      -v enterprise_posts="${BENCH_DUTY_ENTERPRISE_POSTS:-3}" -f "$BENCH/duty/load.sql" | tee "$DATA/duty-load.log"
    echo "load_seconds=$((SECONDS - t0))" | tee -a "$DATA/duty-load.log"
  else
    say "duty data already loaded"
  fi
  have=-1
else
  have="$(psqlq -Atc "select count(*) from hazard where code like 'YH-%' and discovered_by_subject = 'bench-loader'")"
fi
if [ "$have" -lt 0 ]; then
  :   # the duty suite needs no tickets
elif [ "$have" -lt "$BENCH_TICKETS" ]; then
  say "loading $BENCH_ENTERPRISES enterprises and $BENCH_TICKETS tickets (set-based SQL; a few minutes)"
  t0=$SECONDS
  psqlq -v tickets="$BENCH_TICKETS" -v enterprises="$BENCH_ENTERPRISES" -f "$BENCH/load.sql" | tee "$DATA/load.log"
  echo "load_seconds=$((SECONDS - t0))" | tee -a "$DATA/load.log"
else
  say "data already loaded ($have bench tickets)"
fi

# pg_stat_statements (statements per request) needs shared_preload_libraries, and the capture of the app's
# SQL with its parameters needs a server log file (logging_collector): set once, restart the stack once.
# log_statement stays 'none' except while HazardBench captures (ALTER SYSTEM + pg_reload_conf()).
if [ "$(psqlq -Atc "show shared_preload_libraries")" != pg_stat_statements ]; then
  say "enabling pg_stat_statements and a server log file (one restart of the stack)"
  psqlq -c "alter system set shared_preload_libraries = 'pg_stat_statements'"
  psqlq -c "alter system set pg_stat_statements.track = 'top'"
  psqlq -c "alter system set logging_collector = on"
  psqlq -c "alter system set log_directory = 'log'"
  psqlq -c "alter system set log_filename = 'postgresql.log'"
  psqlq -c "alter system set log_line_prefix = '%m [%p] %a: '"
  stop_stack; start_stack
fi
psqlq -c "create extension if not exists pg_stat_statements" 2>/dev/null

[ "$LOAD_ONLY" = 1 ] && { say "loaded; stack left running (bench/run.sh --stop)"; exit 0; }

# ---------------------------------------------------------------- measure
PGJAR="$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -n1)"
[ -n "$PGJAR" ] || { say "PostgreSQL JDBC driver not in ~/.m2 (build the backend once)"; exit 1; }
say "running scenarios (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
java -Xmx512m -cp "$PGJAR" "$BENCH/HazardBench.java" \
  --backend "http://localhost:$BACKEND_PORT" --keycloak "http://localhost:$KEYCLOAK_PORT" \
  --jdbc "jdbc:postgresql://127.0.0.1:$REDLINE_EMBEDDED_DB_PORT/postgres" \
  --requests "${BENCH_REQUESTS:-300}" --warmup "${BENCH_WARMUP:-50}" --transitions "${BENCH_TRANSITIONS:-300}" \
  --max-seconds "${BENCH_MAX_SECONDS:-12}" --rounds "${BENCH_ROUNDS:-1}" --suite "$SUITE" --client "${BENCH_CLIENT:-wire}" \
  --source "$(tr '\n' ' ' < "$APP/.source" 2>/dev/null)" \
  ${BENCH_ONLY:+--only "$BENCH_ONLY"} \
  --backend-pid "$(awk '$1 == "backend" { print $2 }' "$STACK/.cache/run-$BACKEND_PORT.pids" 2>/dev/null)" \
  --out "$BENCH/results/${BENCH_OUT:-$(date -u +%F)}.md"
say "done: bench/results/${BENCH_OUT:-$(date -u +%F)}.md"
