import { setTimeout as sleep } from 'node:timers/promises';
import type { Consumer, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { DeadLetterV1 } from '@claim-ledger/contracts';
import { classifyFailure } from './classify-failure';
import type { ConsumerObserver } from './consumer-observer';
import type { EventPublisher } from './event-publisher';
import { hasTextValue, toInboundMessage, type InboundMessage } from './inbound-message';
import { PermanentMessageError } from './permanent-message.error';

export type MessageHandler = (message: InboundMessage, log: Logger) => Promise<void>;
/**
 * Handles messages of one partition (or of several: coalescePartitions), each partition's
 * in order, as one unit of work: it succeeds for all of them or throws, and may then have
 * done part of the work (handlers are idempotent).
 */
export type BatchMessageHandler = (messages: readonly InboundMessage[], log: Logger) => Promise<void>;

export interface ConsumerRunnerOptions {
  groupId: string;
  topics: readonly string[];
  handler: MessageHandler;
  /**
   * When given, the messages of each fetched batch go to it together (up to
   * `maxBatchSize` at a time); a batch that fails is processed again message by message
   * through `handler`, with the per-message retries and dead letters below.
   */
  batchHandler?: BatchMessageHandler;
  /**
   * The topics whose batches go to `batchHandler` (all of them when absent); the
   * messages of the others are processed one by one through `handler`.
   */
  batchTopics?: readonly string[];
  /** Most messages handed to `batchHandler` at once (50). */
  maxBatchSize?: number;
  /**
   * With `batchHandler`: the batches of every partition a fetch returned go to it together,
   * in units of up to `maxBatchSize` (each partition's messages in order), instead of one
   * partition's batch a unit. At a low rate each partition's batch holds a few messages,
   * and a unit of work (a transaction, a produce request, a commit) per partition
   * multiplied the round trips that make the latency (issue 15). Units that share no
   * partition run side by side up to `partitionsConsumedConcurrently` (a partition whose
   * batch fills a unit keeps units of its own, the others share theirs); messages of topics
   * without batches go one by one, the partitions of a shared unit in turn.
   */
  coalescePartitions?: boolean;
  /** Where messages that cannot be processed go, with their reason. */
  deadLetterTopic: string;
  /** Attempts for a failure that is not transient before the message is dead-lettered. */
  maxAttempts: number;
  partitionsConsumedConcurrently: number;
  /** Where a new group starts; a group with committed offsets resumes from them. */
  fromBeginning?: boolean;
  /** First retry delay in ms; it doubles on each attempt, up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  /** Longest wait between two attempts while a dependency is away (30 s). */
  maxRetryDelayMs?: number;
  /** How long the group waits for a silent member before giving its partitions to others (kafkajs: 30 s). */
  sessionTimeoutMs?: number;
  /** Most bytes a fetch brings of one partition (kafkajs: 1 MiB). */
  maxBytesPerPartition?: number;
  /** How often the member says it is alive, also while a handler runs or a message waits (kafkajs: 3 s). */
  heartbeatIntervalMs?: number;
  /** Called when kafkajs gives up on the consumer: the process should exit and be restarted. */
  onFatal: (error: Error) => void;
  /** Told of each message's outcome (metrics). */
  observer?: ConsumerObserver;
}

/** One partition's batch handed over by kafkajs, waiting to go into a unit of work with the others of its fetch. */
interface PartitionPart {
  topic: string;
  messages: readonly InboundMessage[];
  resolveOffset: (offset: string) => void;
  heartbeat: () => Promise<void>;
  isRunning: () => boolean;
  isStale: () => boolean;
  done: () => void;
  failed: (err: unknown) => void;
  /** Commits every offset resolved so far (of all partitions), in one request. */
  commit: () => Promise<void>;
}

// kafkajs hands a fetch's batches to this many workers at once: more than the partitions a
// member is ever assigned, so that every batch of a fetch arrives in the same turn of the
// event loop and is coalesced with the others.
const COALESCING_WORKERS = 1_000;

// Rejoins in a row (each after a growing delay, up to maxRetryDelayMs) before a crashed
// consumer is given up for the supervisor to restart the service.
const MAX_REJOINS = 30;

/** Thrown out of kafkajs's eachMessage when the consumer stops during a wait: the offset stays uncommitted. */
class ConsumerStoppingError extends Error {
  constructor() {
    super('consumer stopping while the message waits for a dependency; it stays uncommitted and will be redelivered');
    this.name = 'ConsumerStoppingError';
  }
}

/**
 * Runs one consumer group over kafkajs with at-least-once delivery: the offset is
 * committed only after the handler succeeded or the message was dead-lettered, so a
 * crash replays messages and handlers must be idempotent. A handler failure never
 * escapes to kafkajs, where it would block the partition on one poison message.
 *
 * Failures are classified (classify-failure.ts). A transient one (Postgres restarting,
 * the broker away) holds the message: the partition makes no progress and its offset is
 * not committed, the attempt is repeated with a doubling delay up to `maxRetryDelayMs`
 * for as long as it takes, and the group keeps the partition through heartbeats. Any
 * other failure is retried `maxAttempts` times, then dead-lettered, and the stream goes on.
 */
export class ConsumerRunner {
  private readonly consumer: Consumer;
  private readonly log: Logger;
  private joinedResolve!: () => void;
  /** Resolves once the consumer first joined its group and was assigned partitions. */
  readonly joined: Promise<void> = new Promise((r) => (this.joinedResolve = r));
  private stopping = false;
  private readonly stopped = new AbortController();
  /** Rejoins since the group was last joined, after crashes kafkajs did not restart. */
  private rejoins = 0;
  /** Partitions' batches handed over in this turn of the event loop (coalescePartitions). */
  private arriving: PartitionPart[] = [];
  /** The units of work of earlier turns, one after another. */
  private coalesced: Promise<void> = Promise.resolve();

  constructor(
    kafka: Kafka,
    private readonly publisher: EventPublisher,
    logger: Logger,
    private readonly options: ConsumerRunnerOptions,
  ) {
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      ...(options.sessionTimeoutMs ? { sessionTimeout: options.sessionTimeoutMs } : {}),
      // (kafkajs asks for at most maxBytes of all partitions together, 10 MiB by default: a
      // fetch of every partition at the smaller per-partition size stays within it.)
      ...(options.maxBytesPerPartition ? { maxBytesPerPartition: options.maxBytesPerPartition } : {}),
      // kafkajs heartbeats between fetches only: an idle member's fetch must return (and
      // heartbeat) at least as often as the interval, well within the session timeout.
      ...(options.heartbeatIntervalMs
        ? { heartbeatInterval: options.heartbeatIntervalMs, maxWaitTimeInMs: options.heartbeatIntervalMs }
        : {}),
    });
    this.log = logger.child({ component: 'consumer', groupId: options.groupId });
  }

  async start(): Promise<void> {
    const { events } = this.consumer;
    this.consumer.on(events.GROUP_JOIN, () => {
      this.rejoins = 0;
      this.joinedResolve();
    });
    this.consumer.on(events.CRASH, (e) => {
      if (!this.stopping && !e.payload.restart) this.rejoin(e.payload.error);
    });
    await this.run();
  }

  /**
   * kafkajs gives up on errors it calls non-retriable, such as "Failed to find group
   * coordinator" while a restarted broker comes back: the group is rejoined here, after a
   * growing delay, as any transient fault is waited out; only a run of failed rejoins is
   * fatal (the process exits for its supervisor).
   */
  private rejoin(error: Error): void {
    if (this.rejoins >= MAX_REJOINS) {
      this.log.fatal({ err: error, rejoins: this.rejoins }, 'consumer crashed and could not rejoin its group');
      this.options.onFatal(error);
      return;
    }
    const delay = this.retryDelay(++this.rejoins + 2);
    this.log.warn({ err: error, rejoin: this.rejoins, delayMs: delay }, 'consumer crashed; rejoining its group');
    setTimeout(() => {
      if (!this.stopping) this.run().catch((err: Error) => this.rejoin(err));
    }, delay).unref();
  }

  /** Connects, subscribes and runs the consumer (again, after a crash kafkajs did not restart). */
  private async run(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...this.options.topics], fromBeginning: this.options.fromBeginning ?? true });
    const { batchHandler } = this.options;
    if (!batchHandler) {
      await this.consumer.run({
        autoCommit: true,
        partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently,
        eachMessage: async ({ topic, partition, message, heartbeat }) => {
          await this.process(toInboundMessage(topic, partition, message), heartbeat);
        },
      });
      return;
    }
    const max = this.options.maxBatchSize ?? 50;
    const coalesce = this.options.coalescePartitions === true;
    // kafkajs commits the offsets resolved here at the end of each batch (and before an
    // error escapes): only messages that were handled or dead-lettered are resolved.
    await this.consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: coalesce ? COALESCING_WORKERS : this.options.partitionsConsumedConcurrently,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary, uncommittedOffsets }) => {
        const messages = batch.messages.map((m) => toInboundMessage(batch.topic, batch.partition, m));
        if (coalesce) {
          const commit = () => commitOffsetsIfNecessary(uncommittedOffsets());
          await new Promise<void>((done, failed) =>
            this.arrive({ topic: batch.topic, messages, resolveOffset, heartbeat, isRunning, isStale, done, failed, commit }),
          );
          return;
        }
        for (let i = 0; i < messages.length; i += max) {
          if (!isRunning() || isStale() || this.stopping) return;
          await this.processBatch(batchHandler, messages.slice(i, i + max), (m) => resolveOffset(m.offset), heartbeat);
        }
      },
    });
  }

  private isBatched(topic: string): boolean {
    return !this.options.batchTopics || this.options.batchTopics.includes(topic);
  }

  /**
   * kafkajs calls eachBatch for every partition of a fetch in the same turn of the event
   * loop (its workers start together); the batches that arrived in one turn become one run
   * of units of work, after the runs of earlier turns.
   */
  private arrive(part: PartitionPart): void {
    this.arriving.push(part);
    if (this.arriving.length > 1) return;
    setImmediate(() => {
      const parts = this.arriving;
      this.arriving = [];
      this.coalesced = this.coalesced.then(() =>
        this.processParts(parts).then(
          async () => {
            // One commit for the offsets of every partition of the run: kafkajs commits after
            // each partition's batch returns, and the batches of a run return together, so it
            // sent a request each with the same offsets, which the broker handles one after
            // another before the next fetch (part of the 30-140 ms between two units of the
            // ledger at 50 articles/s, issue 15). Those find nothing left to commit. A commit
            // that fails here is left to kafkajs's own, which follows and reports it.
            await parts[0]!.commit().catch(() => undefined);
            parts.forEach((p) => p.done());
          },
          (err: unknown) => parts.forEach((p) => p.failed(err)),
        ),
      );
    });
  }

  /**
   * The partitions' messages in units of up to maxBatchSize, a topic at a time (a unit goes
   * to its topic's handler), each partition's in order; a unit that fails is processed
   * message by message, as one partition's batch would be. A partition that was revoked
   * or sought meanwhile (stale) is left out, its messages unresolved, and the rest stop
   * when the consumer stops.
   */
  private async processParts(parts: readonly PartitionPart[]): Promise<void> {
    for (const topic of new Set(parts.map((p) => p.topic))) {
      await this.processTopicParts(parts.filter((p) => p.topic === topic));
    }
  }

  private async processTopicParts(parts: readonly PartitionPart[]): Promise<void> {
    const max = this.options.maxBatchSize ?? 50;
    // Lanes with no partition in common: a partition with a whole unit of messages or more
    // keeps a lane of its own (its units in order), the others share lanes of up to `max`
    // messages. Lanes run side by side up to partitionsConsumedConcurrently, as partitions'
    // batches did: at full speed every partition fills its units and nothing changes (the
    // ledger's three transactions at once wrote 323 articles/s, one at a time 217).
    const lanes: PartitionPart[][] = [];
    let shared: PartitionPart[] = [];
    let sharedSize = 0;
    for (const part of parts) {
      if (part.messages.length >= max) {
        lanes.push([part]);
        continue;
      }
      if (sharedSize + part.messages.length > max) {
        lanes.push(shared);
        shared = [];
        sharedSize = 0;
      }
      shared.push(part);
      sharedSize += part.messages.length;
    }
    if (shared.length > 0) lanes.push(shared);
    let next = 0;
    const worker = async () => {
      while (next < lanes.length) await this.processLane(lanes[next++]!, max);
    };
    const workers = Math.min(Math.max(1, this.options.partitionsConsumedConcurrently), lanes.length);
    // Every lane settles before the failure of one escapes to kafkajs, as its own workers do.
    const outcomes = await Promise.allSettled(Array.from({ length: workers }, worker));
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private async processLane(parts: readonly PartitionPart[], max: number): Promise<void> {
    const queue = parts.flatMap((part) => part.messages.map((m) => ({ m, part })));
    for (let i = 0; i < queue.length; i += max) {
      if (this.stopping || parts.some((p) => !p.isRunning())) return;
      const unit = queue.slice(i, i + max).filter(({ part }) => !part.isStale());
      if (unit.length === 0) continue;
      const partOf = new Map(unit.map(({ m, part }) => [m, part]));
      await this.processBatch(
        this.options.batchHandler!,
        unit.map(({ m }) => m),
        (m) => partOf.get(m)!.resolveOffset(m.offset),
        unit[0]!.part.heartbeat,
      );
    }
  }

  /**
   * One unit of work for the whole chunk; if it fails, for whatever reason, each message
   * is processed alone (retried, waited for or dead-lettered as it deserves), so a poison
   * message costs its neighbours a slower pass, never their delivery.
   *
   * A chunk of one message too: at a steady 50 articles/s most units hold one. Handled
   * alone, it ran in its correlation context (runWithCorrelationId), and the first such run
   * turns on Node 20's promise hooks for the process's lifetime: every promise of every
   * later unit then paid for them, 7-8% of the extractor's and the ledger's CPU in a latency
   * pass (issue 15). The unit's log names its correlation id instead.
   */
  private async processBatch(
    batchHandler: BatchMessageHandler,
    messages: readonly InboundMessage[],
    resolve: (message: InboundMessage) => void,
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    const first = messages[0]!;
    const last = messages[messages.length - 1]!;
    if (this.isBatched(last.topic) && messages.every(hasTextValue)) {
      const log = this.log.child({
        ...(messages.length === 1
          ? { correlationId: first.correlationId, topic: first.topic, partition: first.partition, offset: first.offset, key: first.key }
          : first.partition === last.partition
            ? { topic: last.topic, partition: last.partition, offsets: `${first.offset}-${last.offset}` }
            : { topic: last.topic, partitions: partitionOffsets(messages) }),
        // How long the unit's oldest message waited after it was produced (fetch, batching,
        // units before it): with the handler's own time, where a stage's latency goes.
        waitedMs: Date.now() - Math.min(...messages.map((m) => m.timestamp)),
      });
      try {
        await this.keepingAlive(heartbeat, () => batchHandler(messages, log));
        // Each partition's last offset is what counts; resolving every one is as cheap.
        for (const m of messages) {
          resolve(m);
          this.options.observer?.processed(m.topic);
        }
        return;
      } catch (err) {
        log.warn({ err, messages: messages.length }, 'batch failed; processing its messages one by one');
      }
    }
    for (const m of messages) {
      await this.process(m, heartbeat);
      resolve(m);
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.stopped.abort();
    await this.consumer.disconnect();
  }

  private async process(message: InboundMessage, heartbeat: () => Promise<void>): Promise<void> {
    const log = this.log.child({
      correlationId: message.correlationId,
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      key: message.key,
    });
    const { maxAttempts } = this.options;
    // Only failures that are not transient count towards maxAttempts.
    let failures = 0;
    let waits = 0;
    for (let attempt = 1; ; attempt++) {
      let error: unknown;
      try {
        if (!hasTextValue(message)) {
          throw new PermanentMessageError(
            'MESSAGE.EMPTY_OR_NOT_UTF8',
            message.rawValue ? 'value is not valid UTF-8' : 'message has no value',
          );
        }
        await this.keepingAlive(heartbeat, () => this.options.handler(message, log));
        if (waits > 0) log.info({ attempts: attempt }, 'processed once its dependency was back');
        this.options.observer?.processed(message.topic);
        return;
      } catch (err) {
        error = err;
      }
      if (error instanceof PermanentMessageError) {
        await this.deadLetter(message, error.code, error.message, attempt, heartbeat, log, error.issues);
        log.warn({ code: error.code, reason: error.message }, 'message dead-lettered');
        this.options.observer?.deadLettered(message.topic, error.code);
        return;
      }
      const { kind, signal } = classifyFailure(error);
      const e = error as Error;
      if (kind === 'transient') {
        const delay = this.retryDelay(++waits);
        log.warn({ err: e, signal, attempt, delayMs: delay }, 'a dependency is unavailable; the message waits for it');
        this.options.observer?.retried(message.topic, kind);
        await this.wait(delay, heartbeat);
        continue;
      }
      failures++;
      if (failures >= maxAttempts) {
        const code = kind === 'permanent' ? 'PROCESSING.REJECTED' : 'PROCESSING.FAILED';
        const reason = signal ? `${e.message} (${signal})` : e.message;
        await this.deadLetter(message, code, reason, attempt, heartbeat, log);
        log.error({ err: e, signal, attempts: attempt }, 'message dead-lettered after its last attempt');
        this.options.observer?.deadLettered(message.topic, code);
        return;
      }
      const delay = this.retryDelay(failures);
      log.warn({ err: e, kind, signal, attempt, delayMs: delay }, 'processing failed; retrying');
      this.options.observer?.retried(message.topic, kind);
      await this.wait(delay, heartbeat);
    }
  }

  private retryDelay(n: number): number {
    const max = this.options.maxRetryDelayMs ?? 30_000;
    return Math.min(max, (this.options.retryDelayMs ?? 200) * 2 ** Math.min(n - 1, 20));
  }

  /**
   * Runs the handler while heartbeating in the background: with a short session timeout
   * a slow handler (a lock wait, a large article) must not cost the member its partitions.
   * A rebalance a background heartbeat learns of is left to the heartbeat kafkajs makes
   * after the message, which rejoins.
   */
  private async keepingAlive(heartbeat: () => Promise<void>, work: () => Promise<void>): Promise<void> {
    const timer = setInterval(() => heartbeat().catch(() => undefined), this.options.heartbeatIntervalMs ?? 3_000);
    try {
      await work();
    } finally {
      clearInterval(timer);
    }
  }

  /**
   * Sleeps, heartbeating at least every second so that the group keeps this member
   * (and its partitions) however long the wait. A rebalance announced by a heartbeat
   * escapes to kafkajs, which rejoins; the message, uncommitted, goes to the partition's
   * next owner. Stopping ends the wait at once, leaving the message uncommitted too.
   */
  private async wait(ms: number, heartbeat: () => Promise<void>): Promise<void> {
    const until = Date.now() + ms;
    for (;;) {
      if (this.stopping) throw new ConsumerStoppingError();
      const left = until - Date.now();
      if (left <= 0) return;
      try {
        await sleep(Math.min(left, this.options.heartbeatIntervalMs ?? 1_000, 1_000), undefined, { signal: this.stopped.signal });
      } catch {
        throw new ConsumerStoppingError();
      }
      await heartbeat();
    }
  }

  /** Publishes the dead letter, waiting as long as the broker is away (the offset is committed only after it). */
  private async deadLetter(
    message: InboundMessage,
    code: string,
    reason: string,
    attempts: number,
    heartbeat: () => Promise<void>,
    log: Logger,
    issues?: PermanentMessageError['issues'],
  ): Promise<void> {
    const record: DeadLetterV1 = {
      sourceTopic: message.topic,
      partition: message.partition,
      offset: message.offset,
      key: message.key,
      value: message.value ?? (message.rawValue ? message.rawValue.toString('base64') : null),
      valueEncoding: message.value === null && message.rawValue ? 'base64' : 'utf8',
      consumerGroup: this.options.groupId,
      code,
      reason,
      ...(issues && issues.length > 0 ? { issues } : {}),
      attempts,
      failedAt: new Date().toISOString(),
      correlationId: message.correlationId,
    };
    for (let n = 1; ; n++) {
      try {
        await this.publisher.publish(this.options.deadLetterTopic, [
          { key: message.key, value: record, correlationId: message.correlationId },
        ]);
        return;
      } catch (err) {
        const { kind, signal } = classifyFailure(err);
        if (kind !== 'transient') throw err;
        const delay = this.retryDelay(n);
        log.warn({ err, signal, delayMs: delay }, 'the dead letter cannot be published yet; waiting for the broker');
        await this.wait(delay, heartbeat);
      }
    }
  }
}

/** `0:12-15,3:7-7`: the offsets of each partition in a unit of work, for its log lines. */
function partitionOffsets(messages: readonly InboundMessage[]): string {
  const ranges = new Map<number, [string, string]>();
  for (const m of messages) {
    const r = ranges.get(m.partition);
    if (r) r[1] = m.offset;
    else ranges.set(m.partition, [m.offset, m.offset]);
  }
  return [...ranges].map(([p, [from, to]]) => `${p}:${from}-${to}`).join(',');
}
