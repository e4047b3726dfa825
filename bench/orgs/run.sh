#!/usr/bin/env bash
# Org subtree benchmark at 100,000 orgs (issue 2). Usage: bench/orgs/run.sh  (from anywhere)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CP="$(cd "$ROOT/backend" && ./mvnw -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout)"
cd "$ROOT"
exec java -cp "$CP" bench/orgs/OrgSubtreeBench.java backend/src/main/resources/db/migration/V1__organizations.sql
