#!/usr/bin/env bash
# `npm test`: type-checks, checks the layer rules, starts the services the tests need
# when they are not running (Kafka, Postgres, Redis: the real servers, never mocks),
# then runs every test, unit and integration, and ends with one summary line.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. deploy/local/env.sh

echo "== build and type-check"
npm run --silent build
npm run --silent typecheck
echo "== layer rules (dependency-cruiser)"
npm run --silent lint:deps
npm run --silent lint:format
echo "== infrastructure"
bash deploy/local/infra.sh up
bash deploy/local/ensure-chromium.sh

echo "== tests"
mkdir -p .run
status=0
npx jest --runInBand --json --outputFile=.run/jest-results.json "$@" || status=$?
node -e '
  const r = require("./.run/jest-results.json");
  // A suite that failed to load counts as one failure: it ran none of its tests.
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests + (r.numRuntimeErrorTestSuites || 0)} failed`);
' || true
exit $status
