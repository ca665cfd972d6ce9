// `npm run test:faults`: the fault tier (*.fault-spec.ts), which stops and starts the
// machine's Kafka broker and Postgres; run on its own by deploy/local/test-faults.sh,
// never by `npm test`.
const base = require('./jest.config.js').projects[0];
module.exports = { ...base, displayName: 'faults', testMatch: ['<rootDir>/test/**/*.fault-spec.ts'] };
