#!/usr/bin/env bash
# `npm stop`: stops the services started by `npm start`, then the local Kafka broker.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. deploy/local/services.sh
for s in "${SERVICES[@]}"; do
  [ -f ".run/pids/$s.pid" ] && bash deploy/local/service.sh stop "$s"
done
bash deploy/local/kafka.sh stop
# The embedded Postgres, when infra.sh started one (no PostgreSQL installed).
if [ -f .run/postgres/data/postmaster.pid ]; then node deploy/local/embedded-postgres.js stop; fi
