#!/usr/bin/env node
// The `claim-ledger` command: runs the compiled CLI (built by `npm run build`, which
// `npm ci` runs through the `prepare` script).
require('../deploy/runtime/register-paths.js');
const path = require('node:path');
const fs = require('node:fs');
const entry = path.resolve(__dirname, '../dist/apps/cli/src/main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('claim-ledger: not built yet; run `npm run build` first\n');
  process.exit(2);
}
require(entry);
