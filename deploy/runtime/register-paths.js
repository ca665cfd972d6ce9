// Resolves the `@claim-ledger/<lib>` imports of the compiled code in dist/ the same way
// tsconfig.json resolves them in the sources. Loaded with `node -r` by every entry point.
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');

tsConfigPaths.register({
  baseUrl: path.resolve(__dirname, '../../dist'),
  paths: { '@claim-ledger/*': ['libs/*/src'] },
});
