#!/usr/bin/env bash
# Time to ready of the backend from `java -jar`, against the warm database of a stack started by
# bench/run.sh --keep (same BENCH_* ports in the environment): wall seconds until Quarkus logs "started in",
# the CPU seconds the JVM spent by then, and its RSS. Runs on port BENCH_BACKEND_PORT+1, N times (default 3).
#
#   bench/startup.sh [N] [jar]          BACKEND_JAVA_OPTS overrides the JVM flags (default: run.sh's lean set)
set -Eeuo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
N="${1:-3}"
JAR="${2:-$BENCH/.data/app/quarkus-run.jar}"
PORT=$(( ${BENCH_BACKEND_PORT:-38080} + 1 ))
OPTS="${BACKEND_JAVA_OPTS:-$(sed -n '/BACKEND_JVM="/,/"$/p' "$BENCH/../run.sh" | tr -d '\\\n' | sed 's/.*BACKEND_JVM="\([^"]*\)".*/\1/')}"
TICK="$(getconf CLK_TCK)"
LOG="$(mktemp)"; trap 'rm -f "$LOG"; [[ -n "${PID:-}" ]] && kill "$PID" 2>/dev/null || true' EXIT
echo "flags: $OPTS"
for i in $(seq "$N"); do
  start=$(date +%s.%N)
  QUARKUS_HTTP_PORT=$PORT QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:${BENCH_KEYCLOAK_PORT:-38180}/realms/redline" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:${BENCH_DB_PORT:-38432}/postgres" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres REDLINE_DEMO_DATA_ENABLED=${REDLINE_DEMO_DATA_ENABLED:-true} \
    java $OPTS -jar "$JAR" > "$LOG" 2>&1 &
  PID=$!
  until grep -q 'started in' "$LOG"; do
    kill -0 "$PID" 2>/dev/null || { cat "$LOG"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  read -r cpu < <(awk -v t="$TICK" '{ print ($14 + $15) / t }' "/proc/$PID/stat")
  rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$PID/status")
  printf 'run %d: ready in %.2f s wall, %.2f s CPU, RSS %s MB, load %s\n' "$i" "$(echo "$end - $start" | bc)" "$cpu" "$rss" "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
done
