import { randomBytes } from 'node:crypto';

/**
 * The environment the integration tests run in: the real servers that
 * deploy/local/infra.sh started (or the ones the caller points at), a database of
 * their own, and a consumer-group prefix unique to the run.
 */
export function testEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const run = randomBytes(4).toString('hex');
  return {
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/15',
    API_KEYS: 'test-publisher:test-publisher-secret-0001:articles.write;test-analyst:test-analyst-secret-0001:claims.read',
    KAFKA_GROUP_PREFIX: `test-${run}`,
    // Topics of its own: no other pipeline on the broker (npm start, another test)
    // reads or writes them, and they start empty.
    KAFKA_TOPIC_PREFIX: `test-${run}.`,
    KAFKA_START_FROM: 'earliest',
    KAFKA_MAX_ATTEMPTS: '3',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    HTTP_PORT: '0',
    // Consumers run from dist/ serve /healthz, /readyz and /metrics on a port the system picks,
    // so they never collide with the services of `npm start` or with one another.
    OPS_HTTP_PORT: '0',
    ...overrides,
  };
}

export const PUBLISHER_KEY = 'test-publisher-secret-0001';
export const ANALYST_KEY = 'test-analyst-secret-0001';

/** A suffix that makes article ids unique to one test run. */
export const runSuffix = () => randomBytes(4).toString('hex');
