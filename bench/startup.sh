#!/usr/bin/env bash
# Time to ready of the backend from `java -jar`, against the warm database of a stack started by
# bench/run.sh --keep (same BENCH_* ports in the environment): wall seconds until /q/health/ready answers (and
# Quarkus's own "started in"), the CPU seconds the JVM spent by then (all threads, and the main thread alone: the
# critical path on two cores), and its RSS. Runs on port BENCH_BACKEND_PORT+1, N times (default 3).
#
#   bench/startup.sh [N] [jar]          BACKEND_JAVA_OPTS overrides the JVM flags (default: run.sh's lean set)
#   BENCH_AOT=1 bench/startup.sh [N]    the same on JDK 25+ with an AOT cache (JEP 483/514/515): packages the backend
#                                       as an aot-jar into bench/.data/aot-app, trains a cache there (start, requests as
#                                       admin, stop), then starts with -XX:AOTCache. BENCH_JAVA25 names the java binary
#                                       (default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java).
set -Eeuo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
N="${1:-3}"
JAR="${2:-$BENCH/.data/app/quarkus-run.jar}"
PORT=$(( ${BENCH_BACKEND_PORT:-38080} + 1 ))
KEYCLOAK="http://localhost:${BENCH_KEYCLOAK_PORT:-38180}"
OPTS="${BACKEND_JAVA_OPTS:-$(sed -n '/BACKEND_JVM="/,/"$/p' "$BENCH/../run.sh" | tr -d '\\\n' | sed 's/.*BACKEND_JVM="\([^"]*\)".*/\1/')}"
JAVA=java
TICK="$(getconf CLK_TCK)"
LOG="$(mktemp)"; trap 'rm -f "$LOG"; [[ -n "${PID:-}" ]] && kill "$PID" 2>/dev/null || true' EXIT

export QUARKUS_HTTP_PORT=$PORT QUARKUS_OIDC_AUTH_SERVER_URL="$KEYCLOAK/realms/redline" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:${BENCH_DB_PORT:-38432}/postgres" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  REDLINE_DEMO_DATA_ENABLED=${REDLINE_DEMO_DATA_ENABLED:-true}

start() { # extra JVM flags...; starts the jar in its own directory (an AOT cache is bound to the class path as spelled)
  (cd "$(dirname "$JAR")" && exec "$JAVA" $OPTS "$@" -jar quarkus-run.jar) > "$LOG" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready"; do
    kill -0 "$PID" 2>/dev/null || { cat "$LOG"; exit 1; }
    sleep 0.05
  done
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }

if [ "${BENCH_AOT:-0}" = 1 ]; then
  JAVA="${BENCH_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
  APP="$BENCH/.data/aot-app"; JAR="$APP/quarkus-run.jar"
  echo "packaging the backend as an aot-jar into $APP"
  (cd "$BENCH/../backend" && ./mvnw -B -ntp -q package -DskipTests -Dquarkus.package.jar.type=aot-jar \
     -Dquarkus.package.output-directory=aot-app) && rm -rf "$APP" && cp -R "$BENCH/../backend/target/aot-app" "$APP"
  echo "training the AOT cache with $JAVA"
  start -XX:AOTCacheOutput=app.aot
  TOKEN="$(curl -sf "$KEYCLOAK/realms/redline/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=redline-test -d username=admin -d password=redline | sed 's/.*"access_token":"\([^"]*\)".*/\1/')"
  IDS="$(curl -sf -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/hazards?limit=20" \
    | grep -o '"id":"[^"]*"' | cut -d'"' -f4 | head -10)"
  for _ in $(seq 20); do
    for u in /api/v1/me "/api/v1/hazards?limit=50" /api/v1/orgs $(printf '/api/v1/hazards/%s ' $IDS); do
      curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT$u"
    done
  done
  stop   # the JVM writes app.aot as it exits
  [ -f "$APP/app.aot" ] || { echo "no AOT cache was written"; tail -20 "$LOG"; exit 1; }
  OPTS="$OPTS -XX:AOTCache=app.aot"
fi

echo "java: $("$JAVA" -version 2>&1 | head -1); flags: $OPTS"
for i in $(seq "$N"); do
  begin=$(date +%s.%N)
  start
  end=$(date +%s.%N)
  read -r cpu < <(awk -v t="$TICK" '{ print ($14 + $15) / t }' "/proc/$PID/stat")
  main=0   # the busiest thread named "java": the launcher's main thread, where Quarkus starts
  for t in /proc/"$PID"/task/*; do
    [ "$(cat "$t/comm" 2>/dev/null)" = java ] || continue
    c=$(awk -v t="$TICK" '{ print ($14 + $15) / t }' "$t/stat" 2>/dev/null || echo 0)
    main=$(awk -v a="$c" -v b="$main" 'BEGIN { print (a > b ? a : b) }')
  done
  rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$PID/status")
  printf 'run %d: ready in %.2f s wall (%s), %.2f s CPU (main thread %.2f s), RSS %s MB, load %s\n' "$i" \
    "$(echo "$end - $begin" | bc)" "$(grep -o 'started in [0-9.]*s' "$LOG" || echo '?')" "$cpu" "$main" "$rss" \
    "$(cut -d' ' -f1 /proc/loadavg)"
  stop
done
