#!/usr/bin/env bash
# `npm stop`: stops the services started by `npm start`, then the local Kafka broker.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
for pidfile in .run/pids/*.pid; do
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    echo "stopped $(basename "$pidfile" .pid)"
  fi
  rm -f "$pidfile"
done
bash deploy/local/kafka.sh stop
