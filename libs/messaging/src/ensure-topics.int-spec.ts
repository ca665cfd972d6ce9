import { randomBytes } from 'node:crypto';
import { ConfigResourceTypes } from 'kafkajs';
import { kafkaSection, loadConfig } from '@claim-ledger/config';
import { createLogger } from '@claim-ledger/observability';
import { createKafka } from './create-kafka';
import { ensureTopics } from './ensure-topics';
import { topicOptions } from './kafka-settings';
import { topicDefinitions } from './topic-names';

// Topics are created from the config (README, Operations), on the real broker: the
// broker's default replication unless KAFKA_REPLICATION_FACTOR is set,
// min.insync.replicas and partitions per topic when told.
describe('ensureTopics on the real broker', () => {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const kafka = createKafka({ brokers, clientId: 'test-topics' }, createLogger('test', 'fatal'));
  const prefix = `test-topics-${randomBytes(4).toString('hex')}.`;
  const admin = kafka.admin();

  beforeAll(() => admin.connect());
  afterAll(async () => {
    const names = (await admin.listTopics()).filter((n) => n.startsWith(prefix));
    if (names.length) await admin.deleteTopics({ topics: names, timeout: 10_000 });
    await admin.disconnect();
  }, 30_000);

  it('creates every topic with the partitions asked for, the replication and min.insync.replicas of the config', async () => {
    const config = loadConfig(kafkaSection, {
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_REPLICATION_FACTOR: '1',
      KAFKA_MIN_INSYNC_REPLICAS: '1',
      KAFKA_TOPIC_PARTITIONS: 'articles.v1=2,deadletter.v1=1',
    });
    const defs = topicDefinitions(`${prefix}a.`, config.KAFKA_TOPIC_PARTITIONS);
    const created = await ensureTopics(kafka, defs, topicOptions(config));
    expect(created.sort()).toEqual(defs.map((d) => d.name).sort());
    const meta = await admin.fetchTopicMetadata({ topics: defs.map((d) => d.name) });
    const partitions = Object.fromEntries(meta.topics.map((t) => [t.name.slice(`${prefix}a.`.length), t.partitions.length]));
    expect(partitions).toEqual({
      'articles.v1': 2,
      'claims.extracted.v1': 6,
      'claims.recorded.v1': 6,
      'claims.linked.v1': 6,
      'deadletter.v1': 1,
    });
    expect(meta.topics.every((t) => t.partitions.every((p) => p.replicas.length === 1))).toBe(true);
    const described = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [
        { type: ConfigResourceTypes.TOPIC, name: `${prefix}a.articles.v1`, configNames: ['min.insync.replicas', 'max.message.bytes'] },
      ],
    });
    const entries = Object.fromEntries(described.resources[0]!.configEntries.map((e) => [e.configName, e]));
    expect(entries['min.insync.replicas']).toMatchObject({ configValue: '1', isDefault: false });
    expect(entries['max.message.bytes']!.configValue).toBe(String(4 * 1024 * 1024));
  }, 30_000);

  it("takes the broker's default replication when none is configured", async () => {
    const defs = topicDefinitions(`${prefix}b.`);
    await ensureTopics(kafka, defs, topicOptions(loadConfig(kafkaSection, { KAFKA_BROKERS: brokers.join(',') })));
    const meta = await admin.fetchTopicMetadata({ topics: [defs[0]!.name] });
    expect(meta.topics[0]!.partitions).toHaveLength(6);
    expect(meta.topics[0]!.partitions[0]!.replicas.length).toBeGreaterThanOrEqual(1);
  }, 30_000);

  it("fails, with the broker's reason, when the cluster has fewer brokers than the replication asked for", async () => {
    const defs = topicDefinitions(`${prefix}c.`).slice(0, 1);
    const single = (await admin.describeCluster()).brokers.length === 1;
    expect(single).toBe(true);
    await expect(ensureTopics(kafka, defs, { replicationFactor: 3 })).rejects.toMatchObject({
      errors: [expect.objectContaining({ type: 'INVALID_REPLICATION_FACTOR' })],
    });
  }, 30_000);
});
