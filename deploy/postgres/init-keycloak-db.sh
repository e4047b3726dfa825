#!/bin/bash
# Runs once, when the postgres volume is first initialised: Keycloak gets its own
# user and database next to the application database.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v kcpw="${KEYCLOAK_DB_PASSWORD:-keycloak}" <<'EOSQL'
CREATE USER keycloak WITH PASSWORD :'kcpw';
CREATE DATABASE keycloak OWNER keycloak;
EOSQL
