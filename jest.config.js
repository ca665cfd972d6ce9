// Two tiers: `unit` runs pure code; `integration` talks to the real Kafka broker,
// Postgres and Redis started by deploy/local/infra.sh (never mocks of them).
const swcrc = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));
// Nest 12 ships as ES modules. Node 20 loads them through require(esm), but Jest's
// own module loader cannot (before Node 24.9), so Jest compiles them to CommonJS.
const esmPackages = ['@nestjs'];
const jsSwc = { ...swcrc, jsc: { ...swcrc.jsc, parser: { syntax: 'ecmascript' } } };
const common = {
  rootDir: __dirname,
  transform: {
    '^.+\\.ts$': ['@swc/jest', swcrc],
    '^.+\\.m?js$': ['@swc/jest', jsSwc],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: { '^@claim-ledger/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts' },
  testEnvironment: 'node',
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test,deploy}/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'] },
  ],
};
