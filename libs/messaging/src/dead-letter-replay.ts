import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { deadLetterV1Schema, type DeadLetterV1 } from '@claim-ledger/contracts';
import { CORRELATION_HEADER } from '@claim-ledger/observability';

/** Which dead letters to replay; every given criterion must hold. */
export interface DeadLetterSelection {
  /** Dead-letter codes (`PROCESSING.FAILED`, `MESSAGE.INVALID_SCHEMA`, …). */
  codes?: readonly string[];
  /** Source topics, as recorded (with the deployment's prefix). */
  sourceTopics?: readonly string[];
  /** Message keys (`<publisher>/<id>`). */
  keys?: readonly string[];
  /** Positions in deadletter.v1, `partition:offset`. */
  positions?: readonly string[];
  /** Failed at or after / before these instants. */
  since?: Date;
  until?: Date;
}

export interface ReplayedDeadLetter {
  /** Where the dead letter is in deadletter.v1. */
  deadLetter: { partition: number; offset: string };
  sourceTopic: string;
  key: string | null;
  code: string;
  failedAt: string;
  /** Why it was not replayed, when it was selected but could not be. */
  skipped?: string;
}

export interface ReplayOptions {
  deadLetterTopic: string;
  /** The topics dead letters may go back to: this deployment's own. */
  allowedTopics: readonly string[];
  selection: DeadLetterSelection;
  /** List what would be replayed, publish nothing. */
  dryRun: boolean;
  /** Consumer groups of the scan are named `<groupPrefix>.deadletter-replay-<random>` and deleted after. */
  groupPrefix: string;
  /** Called for each selected dead letter once it is replayed (or skipped). */
  onReplayed?: (r: ReplayedDeadLetter) => void;
}

/** Header on a replayed message: where its dead letter was (`deadletter.v1/<partition>/<offset>`). */
export const REPLAYED_FROM_HEADER = 'x-replayed-from';

export function selects(selection: DeadLetterSelection, record: DeadLetterV1, partition: number, offset: string): boolean {
  const s = selection;
  if (s.codes?.length && !s.codes.includes(record.code)) return false;
  if (s.sourceTopics?.length && !s.sourceTopics.includes(record.sourceTopic)) return false;
  if (s.keys?.length && (record.key === null || !s.keys.includes(record.key))) return false;
  if (s.positions?.length && !s.positions.includes(`${partition}:${offset}`)) return false;
  const failedAt = Date.parse(record.failedAt);
  if (s.since && failedAt < s.since.getTime()) return false;
  if (s.until && failedAt >= s.until.getTime()) return false;
  return true;
}

/**
 * Re-publishes chosen dead letters to their source topic, once the cause is fixed: the
 * value and key as they first arrived (base64 values decoded back to their bytes), the
 * correlation id kept, and a header saying where the dead letter was. deadletter.v1 is
 * read from its beginning to the end it had when the replay began, by a consumer group
 * of its own that is deleted afterwards; nothing is removed from deadletter.v1. The
 * consumers are idempotent, so replaying a message that has since gone through stores
 * nothing twice.
 */
export async function replayDeadLetters(kafka: Kafka, options: ReplayOptions): Promise<ReplayedDeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `${options.groupPrefix}.deadletter-replay-${randomBytes(4).toString('hex')}`;
  const producer = kafka.producer({ maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  const results: ReplayedDeadLetter[] = [];
  try {
    const ends = new Map(
      (await admin.fetchTopicOffsets(options.deadLetterTopic))
        .filter((p) => Number(p.high) > Number(p.low))
        .map((p) => [p.partition, BigInt(p.high)]),
    );
    if (ends.size === 0) return results;
    if (!options.dryRun) await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topic: options.deadLetterTopic, fromBeginning: true });
    const remaining = new Set(ends.keys());
    // Offsets are not committed: a rebalance while the group forms delivers from the start again.
    const done = new Set<string>();
    let failure: unknown = null;
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const end = ends.get(partition);
            if (end === undefined || BigInt(message.offset) >= end) return;
            const position = `${partition}:${message.offset}`;
            if (done.has(position)) return;
            done.add(position);
            try {
              const replayed = await replayOne(partition, message.offset, message.value?.toString('utf8') ?? '');
              if (replayed) {
                results.push(replayed);
                options.onReplayed?.(replayed);
              }
            } catch (e) {
              failure = e;
              reject(e);
              return;
            }
            if (BigInt(message.offset) + 1n >= end) {
              remaining.delete(partition);
              if (remaining.size === 0) resolve();
            }
          },
        })
        .catch(reject);
    });
    if (failure) throw failure;
    return results;
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }

  async function replayOne(partition: number, offset: string, text: string): Promise<ReplayedDeadLetter | null> {
    let record: DeadLetterV1;
    try {
      record = deadLetterV1Schema.parse(JSON.parse(text));
    } catch {
      return null; // not a dead letter of this contract: nobody could have chosen it
    }
    if (!selects(options.selection, record, partition, offset)) return null;
    const out: ReplayedDeadLetter = {
      deadLetter: { partition, offset },
      sourceTopic: record.sourceTopic,
      key: record.key,
      code: record.code,
      failedAt: record.failedAt,
    };
    if (!options.allowedTopics.includes(record.sourceTopic)) {
      return { ...out, skipped: `${record.sourceTopic} is not a topic of this deployment` };
    }
    if (record.value === null) return { ...out, skipped: 'the failed message had no value' };
    if (options.dryRun) return out;
    const value = record.valueEncoding === 'base64' ? Buffer.from(record.value, 'base64') : record.value;
    await producer.send({
      topic: record.sourceTopic,
      acks: -1,
      messages: [
        {
          key: record.key,
          value,
          headers: {
            ...(record.correlationId ? { [CORRELATION_HEADER]: record.correlationId } : {}),
            [REPLAYED_FROM_HEADER]: `${options.deadLetterTopic}/${partition}/${offset}`,
          },
        },
      ],
    });
    return out;
  }
}
