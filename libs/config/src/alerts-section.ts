import { z } from 'zod';

/**
 * The key that encrypts webhook signing secrets at rest (AES-256-GCM): 32 bytes, base64.
 * This one is published with the project for development and tests; NODE_ENV=production
 * refuses it (production-rules.ts).
 */
export const DEV_ALERTS_SECRET_KEY = 'ZGV2LWFsZXJ0cy1rZXktcHVibGlzaGVkLW5vdC1zZWM=';

const secretKey = z
  .string()
  .refine((s) => /^[A-Za-z0-9+/]{43}=$/.test(s) && Buffer.from(s, 'base64').length === 32, 'must be 32 bytes in base64 (44 characters)');

const list = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.string().regex(/^[0-9A-Fa-f.:]+(\/\d{1,3})?$/, 'each entry must be an IP address or a CIDR range (127.0.0.1, 10.0.0.0/8, ::1)'),
    ),
  );

/** What the API (subscriptions) and the alerts service (delivery) share. */
export const alertsSharedSection = z.object({
  ALERTS_SECRET_KEY: secretKey.default(DEV_ALERTS_SECRET_KEY),
  /** Addresses webhooks may reach although they are not public (loopback, private...): IPs or CIDR ranges, comma-separated. */
  ALERTS_ALLOWED_HOSTS: list.default([]),
  /** Prefix of the Redis keys of the delivery queue and the live stream. */
  ALERTS_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, 'only letters, digits, . _ - are allowed')
    .default('claim-ledger'),
});

/** Subscriptions in the API. */
export const alertsApiSection = alertsSharedSection.extend({
  ALERTS_MAX_SUBSCRIPTIONS_PER_KEY: z.coerce.number().int().min(1).max(100_000).default(100),
  /** Live streams (GET /v1/stream) open at once in one API process; each holds a Redis connection. */
  ALERTS_MAX_STREAMS: z.coerce.number().int().min(1).max(10_000).default(200),
});

/** Matching and delivery in the alerts service. */
export const alertsServiceSection = alertsSharedSection.extend({
  /** Attempts per delivery, the first included, before it is failed for good. */
  ALERTS_DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** Delay before the first retry; it doubles each attempt, with up to 50% jitter. */
  ALERTS_RETRY_DELAY_MS: z.coerce.number().int().min(10).max(3_600_000).default(2_000),
  /** Longest wait for a subscriber's answer. */
  ALERTS_DELIVERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Deliveries per second to one subscription; more wait their turn. */
  ALERTS_RATE_LIMIT_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Deliveries in flight at once in one worker. */
  ALERTS_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(32),
  /** How long a worker holds a delivery before another may take it over (a killed worker's deliveries come back after it). */
  ALERTS_LOCK_DURATION_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  /** How often the service reads changed subscriptions into its index. */
  ALERTS_SUBSCRIPTION_REFRESH_MS: z.coerce.number().int().min(50).max(600_000).default(1_000),
  /** How often the service looks for replay requests. */
  ALERTS_REPLAY_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(2_000),
  /** Events the live stream (GET /v1/stream) keeps for Last-Event-ID resume. */
  ALERTS_STREAM_MAX_EVENTS: z.coerce.number().int().min(100).max(10_000_000).default(100_000),
});
