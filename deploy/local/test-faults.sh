#!/usr/bin/env bash
# `npm run test:faults`: the fault tier (test/**/*.fault-spec.ts). It kills the consumer
# services, restarts the local Kafka broker and stops the machine's PostgreSQL (as root,
# with pg_ctlcluster), so it runs alone, after `npm test`. Whatever happens, the trap
# starts Postgres and the broker again. Writes its figures to .run/faults.json.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. deploy/local/env.sh

restore() {
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start 2>/dev/null || true
  fi
  bash deploy/local/kafka.sh start || true
}
trap restore EXIT

echo "== build"
npm run --silent build
echo "== infrastructure"
bash deploy/local/infra.sh up
echo "== fault tests"
mkdir -p .run
status=0
# --forceExit: kafkajs clients that lived through the broker restart keep reconnect
# timers after disconnecting, which would keep Jest from ever exiting.
npx jest --config jest.faults.config.js --runInBand --forceExit --json --outputFile=.run/jest-faults.json "$@" || status=$?
node -e '
  const r = require("./.run/jest-faults.json");
  console.log(`faults: ${r.numPassedTests} passed, ${r.numFailedTests + (r.numRuntimeErrorTestSuites || 0)} failed`);
' || true
exit $status
