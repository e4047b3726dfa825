#!/usr/bin/env bash
# Times a whole scheme re-scored (issue 12 item 10, target < 10 s) on a stack left running by
# `BENCH_SUITE=assess bench/run.sh --keep` (same BENCH_* ports), on the 2025 scheme of 考核区 (REVIEWING, every one of
# its 200 assessments REVIEWED), as admin, each end to end (wall time of the request):
#   1. PROPOSE_RESULTS: every assessment scored from its values and frozen snapshots, ranked per group and published
#      preliminarily (the step that writes the scheme's totals, grades and ranks); afterwards the scheme and its
#      assessments are put back to REVIEWING / REVIEWED by SQL (their PRELIMINARY events removed), so it can run again;
#   2. every explained score of the scheme computed on read: the scores board walked in pages of 200;
#   3. the metric snapshots taken again for every target (POST .../metric-snapshots, reason RECOMPUTE; adds rows, scoring
#      keeps reading the frozen ones).
# BENCH_RESCORE_RUNS (3) runs of 1 and 2; one of 3 unless BENCH_RESCORE_METRICS=0.
set -Eeuo pipefail
KC="http://localhost:${BENCH_KEYCLOAK_PORT:-38180}"
API="http://localhost:${BENCH_BACKEND_PORT:-38080}"
export PGHOST=127.0.0.1 PGPORT="${BENCH_DB_PORT:-38432}" PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres
RUNS="${BENCH_RESCORE_RUNS:-3}"
token() {
  curl -sf -d grant_type=password -d client_id=redline-test -d username=admin -d password=redline \
    "$KC/realms/redline/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
SCHEME="$(psql -X -Atc "select id from assessment_scheme where series = 'KH-TOWNSHIP' and year = 2025")"
reset() {
  psql -X -q -v ON_ERROR_STOP=1 <<SQL
begin;
delete from assessment_event e using assessment a where a.id = e.assessment_id and a.scheme_id = '$SCHEME' and e.action = 'PRELIMINARY';
delete from assessment_scheme_event where scheme_id = '$SCHEME' and action = 'PROPOSE_RESULTS';
update assessment set status = 'REVIEWED', preliminary_at = null, objection_due = null, rank_in_group = null where scheme_id = '$SCHEME';
update assessment_scheme set status = 'REVIEWING', objection_due = null where id = '$SCHEME';
commit;
SQL
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$RUNS"); do
  reset
  t="$(token)"
  out="$(curl -sf -w '\nwall_seconds=%{time_total}\n' -X POST -H "Authorization: Bearer $t" -H 'Content-Type: application/json' \
    --data '{"action":"PROPOSE_RESULTS"}' "$API/api/v1/assessment-schemes/$SCHEME/transitions")"
  echo "propose_results run=$i $(echo "$out" | tail -n1) status=$(echo "$out" | head -n1 | sed -E 's/.*"status":"([A-Z_]+)".*/\1/') \
ranked=$(psql -X -Atc "select count(rank_in_group) from assessment where scheme_id = '$SCHEME'") load=$(cut -d' ' -f1 /proc/loadavg)"
done
reset
for i in $(seq 1 "$RUNS"); do
  t="$(token)"; cursor=""; pages=0; t0=$(date +%s.%N)
  while :; do
    page="$(curl -sf -H "Authorization: Bearer $t" "$API/api/v1/assessments/scores?schemeId=$SCHEME&limit=50${cursor:+&cursor=$cursor}")"
    pages=$((pages + 1))
    cursor="$(echo "$page" | sed -nE 's/.*"nextCursor":"([^"]+)".*/\1/p')"
    [ -n "$cursor" ] || break
  done
  echo "scores_board run=$i pages=$pages wall_seconds=$(echo "$(date +%s.%N) - $t0" | bc) load=$(cut -d' ' -f1 /proc/loadavg)"
done
if [ "${BENCH_RESCORE_METRICS:-1}" = 1 ]; then
  t="$(token)"
  out="$(curl -sf -o /dev/null -w 'wall_seconds=%{time_total}' -X POST -H "Authorization: Bearer $t" -H 'Content-Type: application/json' \
    --data '{"comment":"压测：重新计算全部考核对象的指标"}' "$API/api/v1/assessment-schemes/$SCHEME/metric-snapshots")"
  echo "metric_recompute targets=200 $out rows_now=$(psql -X -Atc "select count(*) from assessment_metric_snapshot where scheme_id = '$SCHEME'") load=$(cut -d' ' -f1 /proc/loadavg)"
fi
