#!/usr/bin/env bash
# Checks that the app reads bench/assess/load.sql's data as the loader meant it (issue 12 item 10), on a stack left
# running by `BENCH_SUITE=assess bench/run.sh --keep` (same BENCH_* ports): as admin, every explained score of every
# scheme of 考核区 (the scores board, pages of 200) is compared with the total, grade and rank the loader computed in SQL
# by the same rules (stored on the assessment: `assessment.total`, `.grade`, `.rankInGroup`). Prints one line per scheme
# and exits non-zero on any difference.
set -Eeuo pipefail
KC="http://localhost:${BENCH_KEYCLOAK_PORT:-38180}"
API="http://localhost:${BENCH_BACKEND_PORT:-38080}"
export PGHOST=127.0.0.1 PGPORT="${BENCH_DB_PORT:-38432}" PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres
TOKEN="$(curl -sf -d grant_type=password -d client_id=redline-test -d username=admin -d password=redline \
  "$KC/realms/redline/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')"
export TOKEN API
bad=0
for scheme in $(psql -X -Atc "select id from assessment_scheme where series = 'KH-TOWNSHIP' order by year"); do
  python3 - "$scheme" <<'PY' || bad=1
import json, os, sys, urllib.request
from decimal import Decimal
scheme, api, token = sys.argv[1], os.environ["API"], os.environ["TOKEN"]
items, cursor = [], None
while True:
    url = f"{api}/api/v1/assessments/scores?schemeId={scheme}&limit=50" + (f"&cursor={cursor}" if cursor else "")
    req = urllib.request.Request(url, headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
    page = json.load(urllib.request.urlopen(req, timeout=300))
    items += page["items"]
    cursor = page.get("nextCursor")
    if not cursor:
        break
diff, vetoed, overridden, values = [], 0, 0, 0
for e in items:
    a, s = e["assessment"], e["score"]
    stored = None if a["total"] is None else Decimal(str(a["total"]))
    if stored != Decimal(str(s["total"])) or a["grade"] != s["grade"] or a["awardBar"] != s["awardBar"]:
        diff.append((a["targetOrgName"], str(stored), a["grade"], s["total"], s["grade"]))
    vetoed += bool(s["vetoes"])
    overridden += sum(1 for l in s["leaves"] if l.get("overridden"))
    values += len(e["values"])
# the ranks stored (closed schemes, by the loader) against the app's order: unvetoed first, total descending, ties share
ranked = [e for e in items if e["assessment"]["rank"] is not None]
order = sorted(ranked, key=lambda e: (bool(e["score"]["vetoes"]), -Decimal(str(e["score"]["total"]))))
prev = None
for i, e in enumerate(order):
    key = (bool(e["score"]["vetoes"]), Decimal(str(e["score"]["total"])))
    rank = prev[1] if prev and prev[0] == key else i + 1
    prev = (key, rank)
    if e["assessment"]["rank"] != rank:
        diff.append((e["assessment"]["targetOrgName"], "rank", e["assessment"]["rank"], "app order", rank))
print(f"scheme {scheme}: {len(items)} explained scores, {values} values, {vetoed} vetoed, {overridden} review overrides in force, "
      f"{len(ranked)} ranked; {len(diff)} differ from the loader's totals" + ("".join(f"\n  {d}" for d in diff[:10])))
sys.exit(1 if diff or not items else 0)
PY
done
exit $bad
