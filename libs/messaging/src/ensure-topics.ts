import type { Kafka } from 'kafkajs';

export interface TopicDefinition {
  readonly name: string;
  readonly partitions: number;
  readonly maxMessageBytes: number;
}

/** How the services create topics on a real cluster (README, Operations). */
export interface TopicOptions {
  /** Replicas of each created topic; unset, the broker's default.replication.factor. */
  replicationFactor?: number;
  /** min.insync.replicas of each created topic; unset, the broker's default. */
  minInsyncReplicas?: number;
}

/**
 * Creates the topics that do not exist yet, with their partition counts (the broker
 * never auto-creates them), and grows any that have fewer partitions than declared.
 * Safe to run concurrently and repeatedly. Returns the names it created.
 */
export async function ensureTopics(kafka: Kafka, topics: readonly TopicDefinition[], options: TopicOptions = {}): Promise<string[]> {
  // -1 asks the broker for its default.replication.factor (Kafka 2.4+, CreateTopics v4).
  const replicationFactor = options.replicationFactor ?? -1;
  const configEntries = (t: TopicDefinition) => [
    { name: 'max.message.bytes', value: String(t.maxMessageBytes) },
    ...(options.minInsyncReplicas ? [{ name: 'min.insync.replicas', value: String(options.minInsyncReplicas) }] : []),
  ];
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t.name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor,
          configEntries: configEntries(t),
        })),
      });
    }
    const present = topics.filter((t) => existing.has(t.name));
    if (present.length > 0) {
      const meta = await admin.fetchTopicMetadata({ topics: present.map((t) => t.name) });
      const grow = meta.topics
        .map((m) => ({ m, want: present.find((t) => t.name === m.name)?.partitions ?? 0 }))
        .filter(({ m, want }) => m.partitions.length < want)
        .map(({ m, want }) => ({ topic: m.name, count: want }));
      if (grow.length > 0) await admin.createPartitions({ topicPartitions: grow });
    }
    return missing.map((t) => t.name);
  } finally {
    await admin.disconnect();
  }
}
