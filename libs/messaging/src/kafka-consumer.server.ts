import type { Provider } from '@nestjs/common';
import { type CustomTransportStrategy, type MessageHandler, Server } from '@nestjs/microservices';
import type { Admin, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { isObservable, lastValueFrom } from 'rxjs';
import {
  flushLogs,
  LOGGER,
  METRICS,
  runWithCorrelationId,
  type LagReading,
  type ReadinessCheck,
  type ServiceMetrics,
} from '@claim-ledger/observability';
import { batchTopicOf } from './batch-pattern';
import { ConsumerContext } from './consumer-context';
import { readConsumerLag } from './consumer-lag';
import type { ConsumerObserver } from './consumer-observer';
import { ConsumerRunner } from './consumer-runner';
import { ensureTopics, type TopicOptions } from './ensure-topics';
import type { EventPublisher } from './event-publisher';
import type { InboundMessage } from './inbound-message';
import { EVENT_PUBLISHER, KAFKA } from './messaging.tokens';
import { topicDefinitions, topicNames } from './topic-names';

export interface KafkaConsumerServerOptions {
  groupId: string;
  /** Before every pattern: the handler of `articles.v1` consumes `<topicPrefix>articles.v1`. */
  topicPrefix: string;
  maxAttempts: number;
  partitionsConsumedConcurrently: number;
  /** Most messages handed to a batch handler at once (KAFKA_MAX_BATCH_SIZE). */
  maxBatchSize?: number;
  /** A fetch's batches of all partitions go to the batch handler together (KAFKA_COALESCE_PARTITIONS; ConsumerRunner). */
  coalescePartitions?: boolean;
  /** Most bytes a fetch brings of one partition (KAFKA_FETCH_MAX_BYTES_PER_PARTITION). */
  maxBytesPerPartition?: number;
  fromBeginning: boolean;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** First retry delay and longest wait between attempts (ConsumerRunner's defaults: 200 ms, 30 s). */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** How topics are created (replication, min.insync.replicas) and partitions per contract topic (KAFKA_TOPIC_PARTITIONS). */
  topicOptions?: TopicOptions;
  topicPartitions?: Readonly<Record<string, number>>;
  /** When kafkajs gives up on the consumer for good; by default the process exits for its supervisor to restart it. */
  onFatal?: (error: Error) => void;
}

/** Nest's id of this transport, so a handler may be bound to it (`@EventPattern(topic, KAFKA_CONSUMER_TRANSPORT)`). */
export const KAFKA_CONSUMER_TRANSPORT = Symbol('claim-ledger-kafka-consumer');

// A scrape must answer within Prometheus's timeout (10 s by default) even when the broker does not.
const LAG_TIMEOUT_MS = 3_000;

/** The metrics a consumer's outcomes feed. */
function metricsObserver(metrics: ServiceMetrics): ConsumerObserver {
  return {
    processed: (topic) => metrics.messagesProcessed.inc({ topic }),
    retried: (topic, kind) => metrics.messageRetries.inc({ topic, kind }),
    deadLettered: (topic, code) => metrics.messagesDeadLettered.inc({ topic, code }),
  };
}

/**
 * What Nest's default RPC exception filter leaves of a failure it did not expect:
 * `{ status: 'error', message }`, the error itself gone. (Not `instanceof Error`: errors
 * from Node's own modules are of another realm under Jest.)
 */
function isNestReplacement(err: unknown): err is { status: 'error'; message: string } {
  if (typeof err !== 'object' || err === null || Object.getPrototypeOf(err) !== Object.prototype) return false;
  const keys = Object.keys(err).sort();
  return keys.length === 2 && keys[0] === 'message' && keys[1] === 'status' && (err as { status: unknown }).status === 'error';
}

/**
 * The Nest transport of the consuming services: one consumer group over kafkajs whose
 * messages go to the `@EventPattern` handlers of the service's controllers, with the
 * delivery semantics of ConsumerRunner (at least once; commit after success or after
 * the dead letter; retries with a doubling delay; transient failures waited out;
 * dead letters with their code and reason; a failed batch replayed message by message).
 *
 * A handler's pattern is a topic's contract name (`@EventPattern<string>('articles.v1')`:
 * the untyped overload, whose handler may declare its context's type); it consumes that
 * topic behind the deployment's prefix and gets the InboundMessage as payload and a
 * ConsumerContext (its logger). A handler of a whole batch of one partition is declared
 * beside it with `@EventPattern(batchOf(topic), { batch: true })`. Handlers must let
 * their failures through unchanged (ConsumerFailureFilter): the runner classifies them.
 *
 * It starts when Nest starts the microservice (after the modules' bootstrap hooks, so
 * what handlers need is loaded) and, on shutdown, finishes the messages in hand,
 * commits their offsets and leaves the group before the providers close.
 */
export class KafkaConsumerServer extends Server implements CustomTransportStrategy {
  override readonly transportId = KAFKA_CONSUMER_TRANSPORT;
  // The runner logs and classifies every failure: Nest need not report them too.
  override readonly propagatesEventHandlerErrors = true;
  private runner: ConsumerRunner | null = null;
  private topics: string[] = [];
  private lagAdmin: Admin | null = null;
  private joinedOnce = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly publisher: EventPublisher,
    private readonly log: Logger,
    private readonly options: KafkaConsumerServerOptions,
    private readonly metrics: ServiceMetrics | null = null,
  ) {
    super();
  }

  /** /readyz's check of the consumer: it has joined its group since it started. */
  readonly readiness: ReadinessCheck = {
    name: 'consumer',
    check: async () => {
      if (!this.joinedOnce) throw new Error(`not yet a member of group ${this.options.groupId}`);
      return { groupId: this.options.groupId };
    },
  };

  /** Resolves once the consumer joined its group (tests wait for it before producing). */
  get joined(): Promise<void> {
    return this.runner ? this.runner.joined : Promise.reject(new Error('consumer not started'));
  }

  /** Called by Nest (startAllMicroservices, or listen on a microservice alone). */
  listen(callback: (error?: unknown) => void): void {
    this.start().then(
      () => callback(),
      (err: unknown) => callback(err),
    );
  }

  private async start(): Promise<void> {
    const { single, batch } = this.routes();
    const prefix = this.options.topicPrefix;
    this.topics = [...single.keys()].map((pattern) => `${prefix}${pattern}`);
    // Idempotent: lets the services run against a user's own, empty cluster.
    await ensureTopics(this.kafka, topicDefinitions(prefix, this.options.topicPartitions), this.options.topicOptions);
    await this.publisher.connect();
    const patternOf = (topic: string) => topic.slice(prefix.length);
    this.runner = new ConsumerRunner(this.kafka, this.publisher, this.log, {
      ...this.options,
      topics: this.topics,
      deadLetterTopic: topicNames(prefix).deadLetter,
      // In the message's correlation context: lines its handling writes through any logger carry its id.
      handler: (m, log) => runWithCorrelationId(m.correlationId, () => this.invoke(single.get(patternOf(m.topic))!, m, log)),
      ...(batch.size > 0
        ? {
            // A batch holds many correlation ids: its log lines name them all.
            batchHandler: (ms, log) => this.invoke(batch.get(patternOf(ms[0]!.topic))!, ms, log),
            batchTopics: [...batch.keys()].map((pattern) => `${prefix}${pattern}`),
          }
        : {}),
      onFatal:
        this.options.onFatal ??
        ((err) => {
          this.log.fatal({ err }, 'consumer stopped for good; exiting so the supervisor restarts the service');
          process.exit(1);
        }),
      ...(this.metrics ? { observer: metricsObserver(this.metrics) } : {}),
    });
    void this.runner.joined.then(() => (this.joinedOnce = true));
    this.metrics?.readLagFrom(() => this.readLag());
    await this.runner.start();
    this.log.info({ groupId: this.options.groupId, topics: this.topics, batches: [...batch.keys()] }, 'consuming');
  }

  /**
   * The handlers Nest registered, by topic pattern: one per topic for single messages,
   * and at most one per topic for batches. Anything this transport cannot honour is
   * refused at start, naming the handler's pattern.
   */
  private routes(): { single: Map<string, MessageHandler>; batch: Map<string, MessageHandler> } {
    const single = new Map<string, MessageHandler>();
    const batch = new Map<string, MessageHandler>();
    for (const [route, handler] of this.getHandlers()) {
      if (!handler.isEventHandler)
        throw new Error(`${route}: Kafka consumers take events only (@EventPattern), no requests expecting a reply`);
      if (handler.next) throw new Error(`${route}: one handler per topic (Nest would run them all for each message, retrying the lot)`);
      const batchTopic = batchTopicOf(route);
      if (handler.extras?.batch === true) {
        if (!batchTopic) throw new Error(`${route}: a batch handler's pattern is batchOf(topic)`);
        batch.set(batchTopic, handler);
      } else if (batchTopic) {
        throw new Error(`${route}: a batchOf(topic) pattern needs the extras { batch: true }`);
      } else {
        single.set(route, handler);
      }
    }
    for (const topic of batch.keys())
      if (!single.has(topic)) throw new Error(`${topic}: a batch handler needs a handler of single messages, which replays a failed batch`);
    if (single.size === 0) throw new Error('no @EventPattern handler among the controllers: nothing to consume');
    return { single, batch };
  }

  /**
   * Calls a Nest handler and waits for its outcome: the promise it returns, or the last
   * value of the stream it returns (how Nest hands back a failure caught by a filter).
   */
  private async invoke(handler: MessageHandler, payload: InboundMessage | readonly InboundMessage[], log: Logger): Promise<void> {
    const result: unknown = await handler(payload, new ConsumerContext([log]));
    if (!isObservable(result)) return;
    try {
      await lastValueFrom(result, { defaultValue: undefined });
    } catch (err) {
      if (!isNestReplacement(err)) throw err;
      throw new Error(
        `the handler failed and Nest's default RPC exception filter hid why (${err.message}): its controller needs @UseFilters(ConsumerFailureFilter)`,
      );
    }
  }

  /** Called by Nest on shutdown, before the providers' onApplicationShutdown hooks. */
  async close(): Promise<void> {
    const stopping = Date.now();
    await this.runner?.stop();
    if (this.runner)
      this.log.info(
        { groupId: this.options.groupId, ms: Date.now() - stopping },
        'consumer stopped: the messages in hand finished and committed, the group left',
      );
    this.runner = null;
    await this.publisher.disconnect();
    await this.lagAdmin?.disconnect();
    // Nest ends the shutdown by raising the signal again: the lines of the drain must be written first.
    flushLogs(this.log);
  }

  on(): never {
    throw new Error('KafkaConsumerServer emits no events to listen to');
  }

  unwrap<T>(): T {
    return this.kafka as T;
  }

  /** The group's lag per partition, for /metrics; nothing when the broker does not answer in time. */
  private async readLag(): Promise<LagReading[]> {
    this.lagAdmin ??= this.kafka.admin({ retry: { retries: 0 } });
    const admin = this.lagAdmin;
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${LAG_TIMEOUT_MS} ms`)), LAG_TIMEOUT_MS);
      });
      const read = (async () => {
        await admin.connect();
        return readConsumerLag(admin, this.options.groupId, this.topics);
      })();
      read.catch(() => undefined);
      return await Promise.race([read, timeout]);
    } catch (err) {
      this.log.warn({ err }, 'consumer lag could not be read for /metrics');
      this.lagAdmin = null;
      await admin.disconnect().catch(() => undefined);
      return [];
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A provider of the service's KafkaConsumerServer, built from its Kafka client, publisher, logger and metrics. */
export function kafkaConsumerServerProvider(options: KafkaConsumerServerOptions): Provider {
  return {
    provide: KafkaConsumerServer,
    inject: [KAFKA, EVENT_PUBLISHER, LOGGER, { token: METRICS, optional: true }],
    useFactory: (kafka: Kafka, publisher: EventPublisher, logger: Logger, metrics?: ServiceMetrics) =>
      new KafkaConsumerServer(kafka, publisher, logger, options, metrics ?? null),
  };
}
