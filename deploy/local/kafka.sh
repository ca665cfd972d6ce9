#!/usr/bin/env bash
# A real single-node Kafka broker (KRaft) from Maven Central jars, without Docker.
#   deploy/local/kafka.sh start|stop|status|logs
# Idempotent: start does nothing when the broker already answers, stop when none runs.
# Environment: KAFKA_VERSION (4.1.2), KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093),
# KAFKA_HOME (.run/kafka: data, logs and pid), KAFKA_JARS (.cache/kafka/<version>).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/deploy/local/kafka"
version=${KAFKA_VERSION:-4.1.2}
port=${KAFKA_PORT:-9092}
cport=${KAFKA_CONTROLLER_PORT:-9093}
home=${KAFKA_HOME:-$root/.run/kafka}
jars=${KAFKA_JARS:-$root/.cache/kafka/$version}
pidfile="$home/kafka.pid"

log() { printf '[kafka] %s\n' "$*" >&2; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running_pid() {
  [ -f "$pidfile" ] || return 1
  local pid; pid=$(cat "$pidfile")
  kill -0 "$pid" 2>/dev/null && { echo "$pid"; return 0; }
  return 1
}

fetch_jars() {
  if [ -f "$jars/.complete" ]; then return 0; fi
  command -v mvn >/dev/null || { log "maven (mvn) is required to fetch the Kafka jars"; exit 1; }
  log "fetching Kafka $version jars from Maven Central into $jars"
  mkdir -p "$jars"
  mvn -B -q -f "$here/pom.xml" -Dkafka.version="$version" \
    org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$jars/libs"
  touch "$jars/.complete"
}

start() {
  if port_open "$port"; then
    log "a broker already answers on 127.0.0.1:$port"
    return 0
  fi
  command -v java >/dev/null || { log "java 17+ is required"; exit 1; }
  fetch_jars
  mkdir -p "$home/data" "$home/logs"
  local props="$home/server.properties"
  sed -e "s#@DATA_DIR@#$home/data#" -e "s#@PORT@#$port#" -e "s#@CONTROLLER_PORT@#$cport#" \
    "$here/server.properties.template" > "$props"
  if [ ! -f "$home/data/meta.properties" ]; then
    local id
    id=$(java -cp "$jars/libs/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    log "formatting the log directory (cluster id $id)"
    java -Dlog4j2.configurationFile="$here/log4j2.xml" -Dkafka.logs.dir="$home/logs" \
      -cp "$jars/libs/*" kafka.tools.StorageTool format -t "$id" -c "$props" -g >"$home/logs/format.log" 2>&1
  fi
  log "starting Kafka $version on 127.0.0.1:$port"
  nohup java -Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dkafka.logs.dir="$home/logs" -Dlog4j2.configurationFile="$here/log4j2.xml" \
    -cp "$jars/libs/*" kafka.Kafka "$props" >"$home/logs/stdout.log" 2>&1 &
  echo $! > "$pidfile"
  for _ in $(seq 1 120); do
    if port_open "$port"; then log "listening (pid $(cat "$pidfile"))"; return 0; fi
    if ! running_pid >/dev/null; then
      log "the broker exited; last lines of its logs:"; tail -n 30 "$home/logs/stdout.log" "$home/logs/server.log" >&2 || true
      exit 1
    fi
    sleep 0.5
  done
  log "the broker did not open 127.0.0.1:$port within 60 s"; exit 1
}

stop() {
  local pid
  if ! pid=$(running_pid); then log "not running"; rm -f "$pidfile"; return 0; fi
  log "stopping (pid $pid)"
  kill -TERM "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; log "stopped"; return 0; }; sleep 0.5; done
  log "still running after 30 s; killing"; kill -KILL "$pid" 2>/dev/null || true; rm -f "$pidfile"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if port_open "$port"; then echo "up on 127.0.0.1:$port"; else echo "down"; exit 1; fi ;;
  logs) tail -n 100 "$home/logs/server.log" ;;
  *) echo "usage: $0 start|stop|status|logs" >&2; exit 2 ;;
esac
