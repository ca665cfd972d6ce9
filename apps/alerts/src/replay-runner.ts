import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Consumer, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { SubscriptionIndex, subscriptionFilterSchema } from '@claim-ledger/alerts';
import { claimsLinkedV1Schema, claimsRecordedV1Schema, parseJsonEvent, TOPICS } from '@claim-ledger/contracts';
import { correlationIdFrom } from '@claim-ledger/observability';
import type { AlertReplayStore, AlertReplayView, AlertSubscriptionStore } from '@claim-ledger/persistence';
import type { TopicNames } from '@claim-ledger/messaging';
import type { MatchAlertsUseCase } from './match-alerts.use-case';

// A running replay's lease, renewed a third of the way through: a replay whose service
// died is taken over by another once the lease lapses.
const LEASE_MS = 30_000;

interface PartitionRange {
  start: bigint;
  /** The high watermark when the replay began: the replay stops there, live matching covers the rest. */
  end: bigint;
}

/**
 * Carries out replay requests (POST /v1/subscriptions/:id/replays): reads claims.recorded.v1
 * and claims.linked.v1 from a time or from given offsets up to where they stood when the
 * replay began, with a consumer group of its own (the live group's offsets are left
 * alone), and matches them against that one subscription. Deliveries have the ids live
 * matching would give them, so alerts delivered before are not sent again.
 */
export class ReplayRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private current: Consumer | null = null;
  private lease: NodeJS.Timeout | null = null;
  /** Ends the replay in progress when the service stops; it stays `running` until its lease lapses, then runs again. */
  private interrupt: ((e: Error) => void) | null = null;
  private stopping = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly replays: AlertReplayStore,
    private readonly subscriptions: AlertSubscriptionStore,
    private readonly matcherFor: (index: SubscriptionIndex) => MatchAlertsUseCase,
    private readonly topics: TopicNames,
    private readonly groupPrefix: string,
    private readonly pollMs: number,
    private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    if (this.lease) clearInterval(this.lease);
    this.interrupt?.(new Error('the service is stopping'));
    await this.current?.disconnect();
  }

  private async poll(): Promise<void> {
    if (this.busy || this.stopping) return;
    this.busy = true;
    try {
      const replay = await this.replays.takeNext(LEASE_MS);
      if (!replay) return;
      const log = this.logger.child({ replayId: replay.id, subscriptionId: replay.subscriptionId });
      this.lease = setInterval(() => {
        this.replays.renew(replay.id, LEASE_MS).catch((err: unknown) => log.warn({ err }, 'replay lease could not be renewed'));
      }, LEASE_MS / 3);
      this.lease.unref();
      try {
        const { events, deliveries } = await this.run(replay, log);
        await this.replays.finish(replay.id, 'done', null);
        log.info({ events, deliveries }, 'replay done');
      } catch (err) {
        if (this.stopping) {
          log.info('replay interrupted by a stop; it runs again once its lease lapses');
          return;
        }
        log.error({ err }, 'replay failed');
        await this.replays.finish(replay.id, 'failed', (err as Error).message);
      } finally {
        if (this.lease) clearInterval(this.lease);
        this.lease = null;
      }
    } catch (err) {
      this.logger.warn({ err }, 'replay requests could not be read; trying again');
    } finally {
      this.busy = false;
    }
  }

  private async ranges(replay: AlertReplayView): Promise<Map<string, Map<number, PartitionRange>>> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const out = new Map<string, Map<number, PartitionRange>>();
      for (const [topic, contract] of [
        [this.topics.claimsRecorded, TOPICS.claimsRecorded.name],
        [this.topics.claimsLinked, TOPICS.claimsLinked.name],
      ] as const) {
        const ends = await admin.fetchTopicOffsets(topic);
        const starts = replay.from ? await admin.fetchTopicOffsetsByTimestamp(topic, Date.parse(replay.from)) : null;
        const given = replay.offsets?.[contract] ?? {};
        const partitions = new Map<number, PartitionRange>();
        for (const e of ends) {
          const fromTime = starts?.find((s) => s.partition === e.partition)?.offset;
          // By time: the first offset at or after it (-1 when there is none: nothing to read).
          const start = starts ? (fromTime === undefined || fromTime === '-1' ? e.high : fromTime) : (given[String(e.partition)] ?? e.low);
          const range = { start: BigInt(start), end: BigInt(e.high) };
          if (range.start < BigInt(e.low)) range.start = BigInt(e.low);
          if (range.start < range.end) partitions.set(e.partition, range);
        }
        out.set(topic, partitions);
      }
      return out;
    } finally {
      await admin.disconnect();
    }
  }

  private async run(replay: AlertReplayView, log: Logger): Promise<{ events: number; deliveries: number }> {
    const sub = await this.subscriptions.filterOf(replay.subscriptionId);
    if (!sub || sub.deleted) throw new Error('the subscription was deleted');
    const filter = subscriptionFilterSchema.parse(sub.filter);
    const index = new SubscriptionIndex();
    index.upsert({ id: sub.id, filter });
    const matcher = this.matcherFor(index);
    const ranges = await this.ranges(replay);
    let left = [...ranges.values()].reduce((n, p) => n + p.size, 0);
    let events = 0;
    let deliveries = 0;
    if (left === 0) return { events, deliveries };

    const groupId = `${this.groupPrefix}.alerts-replay.${replay.id}`;
    const consumer = this.kafka.consumer({ groupId, allowAutoTopicCreation: false });
    this.current = consumer;
    let finished!: () => void;
    let failed!: (e: Error) => void;
    const done = new Promise<void>((resolve, reject) => {
      finished = resolve;
      failed = reject;
    });
    this.interrupt = failed;
    const complete = (topic: string, partition: number) => {
      const p = ranges.get(topic)!;
      if (!p.delete(partition)) return;
      consumer.pause([{ topic, partitions: [partition] }]);
      if (--left === 0) finished();
    };
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [...ranges.keys()], fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachMessage: async ({ topic, partition, message }) => {
          const range = ranges.get(topic)?.get(partition);
          if (!range) return;
          const offset = BigInt(message.offset);
          if (offset < range.start) return;
          if (offset >= range.end) return complete(topic, partition);
          const correlationId = correlationIdFrom(message.headers?.['x-correlation-id']?.toString());
          const value = message.value?.toString('utf8') ?? '';
          try {
            if (topic === this.topics.claimsRecorded) {
              const parsed = parseJsonEvent(claimsRecordedV1Schema, value);
              if (parsed.ok) deliveries += (await matcher.recorded(parsed.value, correlationId)).matches;
            } else {
              const parsed = parseJsonEvent(claimsLinkedV1Schema, value);
              if (parsed.ok) deliveries += (await matcher.linked(parsed.value, correlationId)).matches;
            }
          } catch (err) {
            failed(err as Error);
            throw err;
          }
          events++;
          if (events % 500 === 0) await this.replays.progress(replay.id, events, deliveries);
          if (offset + 1n >= range.end) complete(topic, partition);
        },
      });
      for (const [topic, partitions] of ranges) {
        for (const [partition, range] of partitions) consumer.seek({ topic, partition, offset: range.start.toString() });
      }
      await done;
      await this.replays.progress(replay.id, events, deliveries);
      return { events, deliveries };
    } finally {
      this.current = null;
      this.interrupt = null;
      await consumer.disconnect();
      const admin = this.kafka.admin();
      await admin
        .connect()
        .then(() => admin.deleteGroups([groupId]))
        .catch((err: unknown) => log.warn({ err, groupId }, 'the replay consumer group could not be deleted'))
        .finally(() => admin.disconnect());
    }
  }
}
