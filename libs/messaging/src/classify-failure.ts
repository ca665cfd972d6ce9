import { PermanentMessageError } from './permanent-message.error';

/**
 * What a consumer does with a failure:
 * - `transient`: a dependency (Postgres, the broker, Redis) is away or busy. The message
 *   is kept and retried until it is back; it is never dead-lettered.
 * - `permanent`: the message itself can never be processed (its schema, data the store
 *   rejects). It is dead-lettered with the reason.
 * - `unknown`: neither is known, most likely a bug. It is retried a few times, then
 *   dead-lettered so that the stream goes on.
 */
export type FailureKind = 'transient' | 'permanent' | 'unknown';

export interface FailureClass {
  readonly kind: FailureKind;
  /** What decided it, for logs and dead letters (`SQLSTATE 57P01`, `ECONNREFUSED`, `KafkaJSConnectionError`); null when unknown. */
  readonly signal: string | null;
}

/** Socket and DNS errors of Node: the other end is not there (yet). */
const TRANSIENT_SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** SQLSTATEs of a database that is away, restarting, overloaded, or that lost a race. */
const TRANSIENT_SQLSTATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, in recovery)
  '57014', // query_canceled (statement timeout)
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '40003', // statement_completion_unknown
  '55P03', // lock_not_available
  '55006', // object_in_use
  '25006', // read_only_sql_transaction: a standby after a failover
]);
/** Whole SQLSTATE classes: 08 connection exception, 53 insufficient resources (53300 too many connections). */
const TRANSIENT_SQLSTATE_CLASSES = new Set(['08', '53']);
/** 22 data exception, 23 integrity constraint violation, 54 program limit exceeded: the same data fails again. */
const PERMANENT_SQLSTATE_CLASSES = new Set(['22', '23', '54']);

/** kafkajs errors raised when a broker cannot be reached or does not answer in time. */
const TRANSIENT_KAFKAJS_ERRORS = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSBrokerNotFound',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSGroupCoordinatorNotFound',
  'KafkaJSMetadataNotLoaded',
  'KafkaJSTopicMetadataNotLoaded',
  'KafkaJSStaleTopicMetadataAssignment',
  'KafkaJSTimeout',
  'KafkaJSLockTimeout',
]);
/** Broker answers that kafkajs marks non-retriable but that mean "not now". */
const TRANSIENT_KAFKA_TYPES = new Set([
  'BROKER_NOT_AVAILABLE',
  'NOT_ENOUGH_REPLICAS',
  'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
  'KAFKA_STORAGE_ERROR',
]);
/** Broker answers about the message itself. */
const PERMANENT_KAFKA_TYPES = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE', 'INVALID_RECORD', 'CORRUPT_MESSAGE']);

/** Other errors that only say, in words, that a connection is gone or was never made. */
const TRANSIENT_NAMES = new Set(['TimeoutError', 'MaxRetriesPerRequestError', 'BrokerUnavailableError']);
const TRANSIENT_MESSAGES: readonly RegExp[] = [
  /^Connection terminated/, // pg: the server closed the socket (restart, pg_terminate_backend)
  /timeout exceeded when trying to connect/, // pg-pool
  /is not queryable/, // pg: a client whose connection broke
  /^Query read timeout/, // pg
  /^Connection is closed\.?$/, // ioredis
  /^(LOADING|BUSY|TRYAGAIN|CLUSTERDOWN|MASTERDOWN) /, // Redis replies that mean "later"
];

const TRANSIENT: (signal: string) => FailureClass = (signal) => ({ kind: 'transient', signal });
const PERMANENT: (signal: string) => FailureClass = (signal) => ({ kind: 'permanent', signal });
const UNKNOWN: FailureClass = { kind: 'unknown', signal: null };

const isSqlState = (code: string) => /^[0-9A-Z]{5}$/.test(code) && /\d/.test(code);

function prop(e: object, name: string): unknown {
  return (e as Record<string, unknown>)[name];
}

/** The verdict of one error in the chain, or null when it says nothing for itself. */
function classifyOne(e: unknown): FailureClass | null {
  if (e instanceof PermanentMessageError) return PERMANENT(e.code);
  if (typeof e !== 'object' || e === null) return null;
  const name = typeof prop(e, 'name') === 'string' ? (prop(e, 'name') as string) : '';
  const code = prop(e, 'code');
  const type = prop(e, 'type');
  const message = typeof prop(e, 'message') === 'string' ? (prop(e, 'message') as string) : '';

  if (typeof code === 'string') {
    if (TRANSIENT_SYSTEM_CODES.has(code)) return TRANSIENT(code);
    if (isSqlState(code)) {
      const signal = `SQLSTATE ${code}`;
      if (TRANSIENT_SQLSTATES.has(code) || TRANSIENT_SQLSTATE_CLASSES.has(code.slice(0, 2))) return TRANSIENT(signal);
      if (PERMANENT_SQLSTATE_CLASSES.has(code.slice(0, 2))) return PERMANENT(signal);
      return null;
    }
  }
  if (name.startsWith('KafkaJS')) {
    if (typeof type === 'string') {
      if (TRANSIENT_KAFKA_TYPES.has(type)) return TRANSIENT(type);
      if (PERMANENT_KAFKA_TYPES.has(type)) return PERMANENT(type);
      if (prop(e, 'retriable') === true) return TRANSIENT(type);
    }
    if (TRANSIENT_KAFKAJS_ERRORS.has(name)) return TRANSIENT(name);
    return null;
  }
  if (TRANSIENT_NAMES.has(name)) return TRANSIENT(name);
  if (TRANSIENT_MESSAGES.some((r) => r.test(message))) return TRANSIENT(message);
  return null;
}

/** The errors an error wraps: its cause, TypeORM's driver error, kafkajs's original error, an AggregateError's errors. */
function inner(e: unknown): unknown[] {
  if (typeof e !== 'object' || e === null) return [];
  const found: unknown[] = [];
  for (const key of ['cause', 'driverError', 'originalError']) {
    const v = prop(e, key);
    if (v !== undefined && v !== e) found.push(v);
  }
  const errors = prop(e, 'errors');
  if (Array.isArray(errors)) found.push(...(errors as unknown[]));
  return found;
}

/**
 * Classifies a failure of a message handler by what the error and the errors it wraps
 * say about themselves (SQLSTATE, socket error code, kafkajs error name and type), the
 * outermost first. Pure: no I/O, no clock.
 */
export function classifyFailure(error: unknown): FailureClass {
  const queue: unknown[] = [error];
  const seen = new Set<unknown>();
  while (queue.length > 0 && seen.size < 32) {
    const e = queue.shift();
    if (seen.has(e)) continue;
    seen.add(e);
    const verdict = classifyOne(e);
    if (verdict) return verdict;
    queue.push(...inner(e));
  }
  return UNKNOWN;
}
