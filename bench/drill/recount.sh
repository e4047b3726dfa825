#!/usr/bin/env bash
# Times the recount of a whole city's drill obligations after a rule edit (issue 11 item 8, target < 30 s), on a stack
# left running by `BENCH_SUITE=drill bench/run.sh --keep` (same BENCH_* ports). As admin: ENT_ONSITE is tightened to
# live drills only (planKind=ONSITE;form=LIVE: tabletop on-site drills stop counting, their obligations are
# recounted), then restored; each PUT answers what its recount did and how long it took (recount.millis), beside the
# wall time of the request. Every org of the database is looked at (the rule names no region).
set -Eeuo pipefail
KC="http://localhost:${BENCH_KEYCLOAK_PORT:-38180}"
API="http://localhost:${BENCH_BACKEND_PORT:-38080}"
RULE=3c1e2a10-0001-4d50-9a11-000000000002   # ENT_ONSITE (V2026120206_70)
token() {
  curl -sf -d grant_type=password -d client_id=redline-test -d username=admin -d password=redline \
    "$KC/realms/redline/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
body() {
  cat <<JSON
{"title": "生产经营单位每半年至少组织一次现场处置方案演练", "appliesTo": {"orgKinds": ["ENTERPRISE"]}, "periodType": "HALF_YEAR",
 "minCount": 1, "qualifier": "$1", "jurisdiction": "NATIONAL", "effectiveFrom": "2019-09-01",
 "citation": "生产安全事故应急预案管理办法（应急管理部令第2号）第三十三条"}
JSON
}
edit() {
  local qualifier="$1" t version out
  t="$(token)"
  version="$(curl -sf -H "Authorization: Bearer $t" "$API/api/v1/drill-rules/$RULE" | sed -E 's/.*"version":([0-9]+).*/\1/')"
  out="$(curl -sf -w '\nwall_seconds=%{time_total}\n' -X PUT -H "Authorization: Bearer $t" -H 'Content-Type: application/json' \
    -H "If-Match: \"$version\"" --data "$(body "$qualifier")" "$API/api/v1/drill-rules/$RULE")"
  echo "qualifier=$qualifier"
  echo "$out" | tail -n1
  echo "$out" | head -n1 | sed -E 's/.*"recount":(\{[^}]*\}).*/recount=\1/'
}
edit 'planKind=ONSITE;form=LIVE'
edit 'planKind=ONSITE'
