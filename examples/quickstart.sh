#!/usr/bin/env bash
# Install krakn into .venv and show it working on two small databases:
# diff and migrate the schema, then copy production's rows into the test schema.
# Needs python3 and a PostgreSQL server; set KRAKN_SERVER to use another one.
set -euo pipefail
cd "$(dirname "$0")/.."
server=${KRAKN_SERVER:-postgresql://postgres@127.0.0.1:5432}

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q .
export PATH="$PWD/.venv/bin:$PATH"

for db in krakn_demo_prod krakn_demo_test; do
    psql -X -q "$server/postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done
psql -X -q -v ON_ERROR_STOP=1 "$server/krakn_demo_prod" -f examples/shop_prod.sql
psql -X -q -v ON_ERROR_STOP=1 "$server/krakn_demo_test" -f examples/shop_test.sql

echo "== krakn diff: how production differs from the test schema"
krakn diff --from "$server/krakn_demo_test" --to "$server/krakn_demo_prod" || true
echo
echo "== krakn migrate: the SQL that would bring production's schema to the test schema"
krakn migrate --from "$server/krakn_demo_test" --to "$server/krakn_demo_prod"
echo
echo "== krakn sync-data: production's rows copied into the test schema (columns aligned)"
krakn sync-data --from "$server/krakn_demo_prod" --to "$server/krakn_demo_test" --truncate --yes
psql -X -q "$server/krakn_demo_test" -c "SELECT id, name, email_verified FROM users ORDER BY id" \
    -c "SELECT id, title, price FROM products ORDER BY id"
