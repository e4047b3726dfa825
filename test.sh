#!/usr/bin/env bash
# Redline: run every test with one command (the README's test command; CI runs exactly this).
#
#   1. backend   JUnit 5 + RestAssured against embedded PostgreSQL 17 and signed OIDC tokens;
#                also checks the served contract equals openapi.yaml and docker-compose.yml agrees
#                with the app's configuration
#   1b. contract Spectral with the OWASP API Security ruleset and Redocly on openapi.yaml (lint/contract/)
#   2. frontend  ESLint, type check (fails when src/api is stale against openapi.yaml), Vitest, build
#   3. e2e       the real stack (Keycloak, backend on embedded PostgreSQL, SPA) started by run.sh,
#                driven by @playwright/test in Debian's Chromium, a desktop and a phone project;
#                screenshots, traces and the HTML report in frontend/e2e/artifacts/
#
# Needs JDK 17+, Node 20+ and npm; installs Chromium and CJK fonts (PDF dossiers, browser) with apt-get
# when missing.
# Uses its own ports (E2E_KEYCLOAK_PORT 18180, E2E_BACKEND_PORT 18080, E2E_SPA_PORT 15173) and a
# throw-away data directory, so it runs beside a stack started with ./run.sh.
# SKIP_E2E=1 skips step 3.
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

# Debian packages the tests need: a CJK font for the PDF dossiers (backend), Chromium and CJK fonts (e2e)
if [ ! -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || ! command -v chromium >/dev/null 2>&1 \
   || ! fc-list 2>/dev/null | grep -qi "noto.*cjk"; then
  step "installing Debian packages: fonts-wqy-zenhei chromium fonts-noto-cjk"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-wqy-zenhei chromium fonts-noto-cjk >/dev/null
fi

step "backend tests"
(cd backend && ./mvnw -B -ntp verify)

step "contract: Spectral (OWASP API Security ruleset) and Redocly lint openapi.yaml"
(cd lint/contract && npm ci --no-audit --no-fund && npm run lint)

step "frontend: install, lint, type check, unit tests, build"
(cd frontend && npm ci --no-audit --no-fund && npm run lint && npm run typecheck && npm test && npm run build)

if [ "${SKIP_E2E:-0}" = 1 ]; then
  echo "SKIP_E2E=1: end-to-end tests skipped"
  exit 0
fi

step "end-to-end: real Keycloak + backend + SPA in Chromium"
export KEYCLOAK_PORT="${E2E_KEYCLOAK_PORT:-18180}" BACKEND_PORT="${E2E_BACKEND_PORT:-18080}" SPA_PORT="${E2E_SPA_PORT:-15173}"
export REDLINE_DATA_DIR; REDLINE_DATA_DIR="$(mktemp -d)"
# The specs in frontend/e2e/clock/ let days pass by writing an offset to this file, which the backend's clock reads
export REDLINE_CLOCK_OFFSET_FILE="$REDLINE_DATA_DIR/clock-offset"
stop_stack() { ./run.sh --stop || true; rm -rf "$REDLINE_DATA_DIR"; }
trap stop_stack EXIT
./run.sh --detach
(cd frontend && E2E_BASE_URL="http://localhost:$SPA_PORT" E2E_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" npm run e2e)
step "all tests passed"
