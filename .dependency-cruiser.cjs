/**
 * Layer rules, checked by `npm run lint:deps` (part of `npm test`):
 * apps depend on libs only, never on each other; libs never on apps; the extraction
 * and linking engines stay pure (no Nest, no I/O clients), so the services, the CLI
 * and the benchmarks run the same code.
 */
module.exports = {
  forbidden: [
    {
      name: 'app-to-other-app',
      comment: 'An app may import only its own files and libs/.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'lib-to-app',
      comment: 'Libraries never depend on applications.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'pure-engines',
      comment: 'The engines are pure: no framework, no broker, database, cache, network or file system.',
      severity: 'error',
      from: { path: '^libs/(extraction|linking)/' },
      to: {
        path: '^(node_modules/)?(@nestjs|kafkajs|typeorm|pg|ioredis|bullmq|express)(/|$)|^(node:)?(fs|net|http|https|http2|child_process|dgram|dns|tls|worker_threads)$',
      },
    },
    {
      name: 'engines-use-contracts-only',
      comment: 'Among the libs, the engines may use only the contracts (and each other).',
      severity: 'error',
      from: { path: '^libs/(extraction|linking)/' },
      to: { path: '^libs/', pathNot: '^libs/(contracts|extraction|linking)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|\\.spec\\.ts$|\\.int-spec\\.ts$)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
  },
};
