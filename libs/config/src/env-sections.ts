import { z } from 'zod';
import { ALL_TOPICS } from '@claim-ledger/contracts';

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
const flag = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true');
const CONTRACT_TOPICS = new Set(ALL_TOPICS.map((t) => t.name));
/** `articles.v1=12,claims.extracted.v1=12`: partitions per contract topic name. */
const topicPartitions = z.string().transform((s, ctx) => {
  const out: Record<string, number> = {};
  for (const entry of s
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z0-9._-]+)=(\d{1,4})$/.exec(entry);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: `"${entry}" is not <topic>=<partitions>` });
      return z.NEVER;
    }
    const [, name, count] = m as unknown as [string, string, string];
    if (!CONTRACT_TOPICS.has(name)) {
      ctx.addIssue({ code: 'custom', message: `"${name}" is not a topic of the contract (${[...CONTRACT_TOPICS].join(', ')})` });
      return z.NEVER;
    }
    if (Number(count) < 1) {
      ctx.addIssue({ code: 'custom', message: `${name} needs at least 1 partition` });
      return z.NEVER;
    }
    out[name] = Number(count);
  }
  return out;
});

export const serviceSection = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  /** After SIGTERM, the longest the service takes to finish the message or requests in hand before it exits anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(20_000),
  /**
   * The niceness every thread of the process runs at (0, the default, to 19: the lowest
   * priority): a service whose work can wait gives the CPU of a shared machine to those
   * on the path to the ledger (lowerProcessPriority). Only lowered, never raised, so it
   * needs no privilege.
   */
  PROCESS_NICENESS: z.coerce.number().int().min(0).max(19).default(0),
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
  /**
   * Whether a consumer with a batch handler puts the batches of all the partitions of a
   * fetch into the same units of work (up to KAFKA_MAX_BATCH_SIZE messages each) rather
   * than one partition's batch a unit; units with no partition in common run side by side
   * up to KAFKA_PARTITIONS_CONCURRENCY.
   */
  KAFKA_COALESCE_PARTITIONS: flag.default(false),
  /** Most messages a consumer handles as one unit of work (one transaction, one produce request). */
  KAFKA_MAX_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(50),
  /**
   * Most bytes a fetch brings of one partition (kafkajs's maxBytesPerPartition; its default,
   * 1 MiB). A larger message still comes whole: the broker returns at least one batch.
   */
  KAFKA_FETCH_MAX_BYTES_PER_PARTITION: z.coerce
    .number()
    .int()
    .min(1_024)
    .max(64 * 1_048_576)
    .default(1_048_576),
  /**
   * How long the group waits for a silent consumer (killed, frozen, cut off) before its
   * partitions go to the others. 6 s is the broker's default minimum; see README, Reliability.
   */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(300_000).default(6_000),
  /** How often a consumer tells the group it is alive; always below the session timeout. */
  KAFKA_HEARTBEAT_INTERVAL_MS: z.coerce.number().int().min(100).max(5_000).default(1_000),
  // A real cluster (README, Operations): topics the services create, TLS and SASL.
  /** Replicas of each topic the services create; unset, the broker's default.replication.factor. */
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(32).optional(),
  /** min.insync.replicas of each topic the services create (with acks=-1, the replicas a write waits for); unset, the broker's default. */
  KAFKA_MIN_INSYNC_REPLICAS: z.coerce.number().int().min(1).max(32).optional(),
  /** Partitions per topic instead of the contract's (libs/contracts/src/topics.ts): `articles.v1=12,claims.extracted.v1=12`. */
  KAFKA_TOPIC_PARTITIONS: topicPartitions.default({}),
  /** TLS to the brokers (with the system's CAs, or KAFKA_SSL_CA). */
  KAFKA_SSL: flag.default(false),
  /** PEM of the CA that signed the brokers' certificates (usually KAFKA_SSL_CA_FILE). */
  KAFKA_SSL_CA: z.string().min(1).optional(),
  /** PEM certificate and key of this client, for brokers that authenticate clients by TLS. */
  KAFKA_SSL_CERT: z.string().min(1).optional(),
  KAFKA_SSL_KEY: z.string().min(1).optional(),
  /** false accepts a broker certificate nobody vouches for: only for a test cluster. */
  KAFKA_SSL_REJECT_UNAUTHORIZED: flag.default(true),
  KAFKA_SASL_MECHANISM: z
    .enum(['plain', 'scram-sha-256', 'scram-sha-512'], { error: 'must be plain, scram-sha-256 or scram-sha-512' })
    .optional(),
  KAFKA_SASL_USERNAME: z.string().min(1).optional(),
  /** Usually KAFKA_SASL_PASSWORD_FILE (a Kubernetes Secret). */
  KAFKA_SASL_PASSWORD: z.string().min(1).optional(),
});

/** The small HTTP server of a consuming service: /healthz, /readyz and /metrics. */
export const opsHttpSection = z.object({
  OPS_HTTP_PORT: port,
  OPS_HTTP_HOST: z.string().min(1).default('127.0.0.1'),
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
