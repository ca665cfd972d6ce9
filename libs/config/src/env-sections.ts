import { z } from 'zod';

// Each service composes the sections it needs, so a service never asks for a variable
// it does not use and never starts with one it needs missing.

const brokerList = z
  .string()
  .min(1)
  .transform((s) =>
    s
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'each broker must be host:port')).min(1));

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' });
const redisUrl = z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' });
const port = z.coerce.number().int().min(0).max(65535);

export const serviceSection = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
});

export const kafkaSection = z.object({
  KAFKA_BROKERS: brokerList,
  KAFKA_CLIENT_ID: z.string().min(1).default('claim-ledger'),
  /** Prefix of every topic name; empty in production (the contract's names), set by tests. */
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, 'only letters, digits, . _ - are allowed')
    .default(''),
  /** Group ids get this prefix, so two deployments can share one cluster. */
  KAFKA_GROUP_PREFIX: z.string().default('claim-ledger'),
  /** Attempts for a failure that is not transient before the message is dead-lettered (a transient one waits). */
  KAFKA_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  /** Where a consumer group with no committed offsets starts: the whole history, or only new messages. */
  KAFKA_START_FROM: z.enum(['earliest', 'latest']).default('earliest'),
  KAFKA_PARTITIONS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(3),
  /** Most messages of one partition a consumer handles as one unit of work (one transaction, one produce request). */
  KAFKA_MAX_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(50),
  /**
   * How long the group waits for a silent consumer (killed, frozen, cut off) before its
   * partitions go to the others. 6 s is the broker's default minimum; see README, Reliability.
   */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(300_000).default(6_000),
  /** How often a consumer tells the group it is alive; always below the session timeout. */
  KAFKA_HEARTBEAT_INTERVAL_MS: z.coerce.number().int().min(100).max(5_000).default(1_000),
});

export const databaseSection = z.object({
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
});

export const redisSection = z.object({
  REDIS_URL: redisUrl,
});

export const httpSection = z.object({
  HTTP_PORT: port,
  HTTP_HOST: z.string().default('127.0.0.1'),
  /** Largest request body accepted, in bytes; a larger one answers 413. */
  HTTP_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(512 * 1024 * 1024)
    .default(32 * 1024 * 1024),
  /**
   * API keys as `id:secret:scope+scope` entries separated by `;`, or in the file named
   * by API_KEYS_FILE. Scopes: articles.write, claims.read (see libs/http/src/api-scope.ts).
   * With NODE_ENV=production the development keys published with the project are refused.
   */
  API_KEYS: z.string().min(1),
});
