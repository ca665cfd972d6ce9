/**
 * API key secrets that are published with the project (docker-compose.yml, README.md,
 * deploy/local/env.sh, the tests): anybody can read them, so a service in production
 * mode refuses them. deploy/docker-compose.spec.ts checks that every secret those
 * files carry is listed here.
 */
export const PUBLISHED_DEV_SECRETS: readonly string[] = [
  'dev-publisher-secret-0001',
  'dev-analyst-secret-0001',
  'test-publisher-secret-0001',
  'test-analyst-secret-0001',
];
