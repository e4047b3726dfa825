#!/usr/bin/env bash
# CPU time the backend spends per request, a measure that holds on a busy machine (throughput does not):
# utime + stime of the backend process from /proc/<pid>/stat before and after N sequential keep-alive requests.
#
#   bench/cpu.sh [N]     on a stack started by bench/run.sh --keep (same BENCH_* ports in the environment)
#
# Scenarios: list (limit=50, admin, no filter) and get by id (admin, N random ids). Prints CPU ms per request
# (after a warm-up of N/2 requests each) and the backend's RSS.
set -Eeuo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
N="${1:-2000}"
BACKEND="http://localhost:${BENCH_BACKEND_PORT:-38080}"
KEYCLOAK="http://localhost:${BENCH_KEYCLOAK_PORT:-38180}"
export PGHOST=127.0.0.1 PGPORT="${BENCH_DB_PORT:-38432}" PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres
PID="${BENCH_PID:-$(awk '$1 == "backend" { print $2 }' "$BENCH/.data/stack/.cache/run-${BENCH_BACKEND_PORT:-38080}.pids")}"
TICK="$(getconf CLK_TCK)"
TOKEN="$(curl -sf "$KEYCLOAK/realms/redline/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=redline-test -d username=admin -d password=redline | sed 's/.*"access_token":"\([^"]*\)".*/\1/')"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT

cpu() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
# one curl process, one kept-alive connection, one URL per line of the config
run() {
  sed 's/.*/url = "&"\noutput = "\/dev\/null"/' "$1" > "$WORK/curl.cfg"
  curl -s -K "$WORK/curl.cfg" -H "Authorization: Bearer $TOKEN" -w '%{http_code}\n' | grep -vc '^200$' || true
}
measure() { # name, url file
  head -n $((N / 2)) "$2" > "$WORK/warm"; run "$WORK/warm" > /dev/null
  local before after failed
  before="$(cpu)"; failed="$(run "$2")"; after="$(cpu)"
  awk -v n="$N" -v d=$((after - before)) -v t="$TICK" -v name="$1" -v f="$failed" \
    'BEGIN { printf "%-12s %6.2f ms CPU/request (%d requests, %d not 200)\n", name, d * 1000 / t / n, n, f }'
}

for _ in $(seq "$N"); do echo "$BACKEND/api/v1/hazards?limit=50"; done > "$WORK/list"
psql -X -Atc "select '$BACKEND/api/v1/hazards/' || id from hazard tablesample system (1) limit $N" > "$WORK/get"
measure list "$WORK/list"
measure get "$WORK/get"
echo "RSS $(awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$PID/status"), load $(cut -d' ' -f1-3 /proc/loadavg)"
