#!/usr/bin/env bash
# `npm start`: starts Kafka, Postgres and Redis if needed, builds, runs the six services
# in the background, loads the sample feed through the gateway and shows where to look.
# `npm stop` stops them (and the local Kafka broker).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. deploy/local/env.sh
. deploy/local/services.sh
: "${GATEWAY_PORT:=8080}"
: "${API_PORT:=8081}"
run="$root/.run"
mkdir -p "$run/logs" "$run/pids"

say() { printf '\n== %s\n' "$*"; }

say "building"
npm run --silent build
say "infrastructure (Kafka, Postgres, Redis, topics, schema)"
bash deploy/local/infra.sh up

say "services"
redis_answers() {
  read -r host port < <(node -e 'const u=new URL(process.argv[1]); console.log(u.hostname, u.port || 6379)' "$REDIS_URL")
  (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
}
for s in "${SERVICES[@]}"; do
  if [ "$s" = alerts ] && ! redis_answers; then
    echo "alerts: off: no Redis answers at $REDIS_URL (install Redis, or set REDIS_URL to a server, then: npm run service -- start alerts)"
    continue
  fi
  bash deploy/local/service.sh start "$s"
done

wait_http() {
  for _ in $(seq 1 60); do
    curl -fsS "$1" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "no answer from $1; see .run/logs/" >&2; exit 1
}
wait_http "http://127.0.0.1:$GATEWAY_PORT/health"
wait_http "http://127.0.0.1:$API_PORT/health"

publisher_key=$(printf '%s' "$API_KEYS" | tr ';' '\n' | grep ':articles.write' | head -n 1 | cut -d: -f2)
analyst_key=$(printf '%s' "$API_KEYS" | tr ';' '\n' | grep 'claims.read' | head -n 1 | cut -d: -f2)

say "loading the sample feed (samples/feed.jsonl) through the gateway"
node -e 'const fs=require("fs");process.stdout.write(JSON.stringify(fs.readFileSync("samples/feed.jsonl","utf8").trim().split("\n").map(JSON.parse)))' |
  curl -fsS -X POST "http://127.0.0.1:$GATEWAY_PORT/v1/articles" \
    -H 'content-type: application/json' -H "authorization: Bearer $publisher_key" --data-binary @-
echo

say "waiting for the claims to reach the ledger"
for _ in $(seq 1 60); do
  n=$(curl -fsS "http://127.0.0.1:$API_PORT/v1/claims?limit=500" -H "authorization: Bearer $analyst_key" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).claims.length))')
  [ "$n" -gt 0 ] && break
  sleep 1
done
echo "$n claims in the ledger"

cat <<TXT

Claim Ledger is running.
  gateway   POST http://127.0.0.1:$GATEWAY_PORT/v1/articles     (key with scope articles.write)
  api       GET  http://127.0.0.1:$API_PORT/v1/claims           (key with scope claims.read)
            GET  http://127.0.0.1:$API_PORT/v1/articles/sample-wire/2025-06-02-port-grain
  logs      .run/logs/<service>.log (JSON lines)
  try       curl -s "http://127.0.0.1:$API_PORT/v1/claims?language=ro" -H "authorization: Bearer $analyst_key"
  stop      npm stop
TXT
