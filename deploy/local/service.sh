#!/usr/bin/env bash
# `npm run service -- <start|stop|restart|status> <service>`: one service of those
# `npm start` runs, alone, without touching the others or posting the samples again
# (after a crash, a kill -9, or to pick up a rebuilt dist/).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. deploy/local/env.sh
. deploy/local/services.sh
: "${GATEWAY_PORT:=8080}"
: "${API_PORT:=8081}"
action=${1:-}
name=${2:-}
usage() { echo "usage: npm run service -- <start|stop|restart|status> <${SERVICES[*]// /|}>" >&2; exit 2; }
[ -n "$action" ] && [ -n "$name" ] || usage
printf '%s\n' "${SERVICES[@]}" | grep -qx "$name" || { echo "unknown service \"$name\" (services: ${SERVICES[*]})" >&2; exit 2; }
run="$root/.run"
mkdir -p "$run/logs" "$run/pids"
pidfile="$run/pids/$name.pid"
running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

stop() {
  if running; then
    pid=$(cat "$pidfile")
    kill -TERM "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    echo "$name stopped"
  else
    echo "$name was not running"
  fi
  rm -f "$pidfile"
}

start() {
  if running; then echo "$name already running (pid $(cat "$pidfile"))"; return; fi
  port=""
  [ "$name" = gateway ] && port=$GATEWAY_PORT
  [ "$name" = api ] && port=$API_PORT
  # shellcheck disable=SC2046 # the flags are words of their own
  HTTP_PORT=$port nohup node $(service_node_flags "$name") -r ./deploy/runtime/register-paths.js "$(service_entry "$name")" >>"$run/logs/$name.log" 2>&1 &
  echo $! >"$pidfile"
  echo "$name started (pid $!, log .run/logs/$name.log)"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) if running; then echo "$name running (pid $(cat "$pidfile"))"; else echo "$name not running"; exit 1; fi ;;
  *) usage ;;
esac
