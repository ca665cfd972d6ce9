import type { Admin } from 'kafkajs';
import type { LagReading } from '@claim-ledger/observability';

/**
 * The lag of a consumer group on each partition of its topics: the partition's high
 * watermark minus the group's committed offset. A partition the group never committed
 * on counts all it still holds (high minus low watermark), since a group starting from
 * the earliest offset has all of it to read.
 */
export async function readConsumerLag(admin: Admin, groupId: string, topics: readonly string[]): Promise<LagReading[]> {
  const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
  const readings: LagReading[] = [];
  for (const topic of topics) {
    const watermarks = await admin.fetchTopicOffsets(topic);
    const byPartition = new Map(committed.find((c) => c.topic === topic)?.partitions.map((p) => [p.partition, p.offset]) ?? []);
    for (const w of watermarks) {
      const high = Number(w.high);
      const offset = byPartition.get(w.partition);
      const from = offset === undefined || Number(offset) < 0 ? Number(w.low) : Number(offset);
      readings.push({ group: groupId, topic, partition: w.partition, lag: Math.max(0, high - from) });
    }
  }
  return readings;
}
