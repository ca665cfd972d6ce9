import { kafkaSection, loadConfig } from '@claim-ledger/config';
import { createLogger } from '@claim-ledger/observability';
import { createKafka } from './create-kafka';
import { ensureTopics } from './ensure-topics';
import { kafkaSecurity, topicOptions } from './kafka-settings';
import { topicDefinitions } from './topic-names';

// `node dist/.../ensure-topics.cli.js`: waits until the broker answers (60 s at most),
// then creates the project's topics with their partition counts.
async function main(): Promise<void> {
  const config = loadConfig(kafkaSection);
  const logger = createLogger('topics', 'error');
  const kafka = createKafka(
    { brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-topics`, security: kafkaSecurity(config) },
    logger,
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const admin = kafka.admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      await admin.disconnect();
      if (cluster.brokers.length > 0) break;
    } catch (e) {
      await admin.disconnect().catch(() => undefined);
      if (Date.now() > deadline)
        throw new Error(`Kafka at ${config.KAFKA_BROKERS.join(',')} is not ready after 60 s: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  const topics = topicDefinitions(config.KAFKA_TOPIC_PREFIX, config.KAFKA_TOPIC_PARTITIONS);
  const created = await ensureTopics(kafka, topics, topicOptions(config));
  for (const t of topics) {
    process.stdout.write(`${created.includes(t.name) ? 'created' : 'exists '} ${t.name} (${t.partitions} partitions)\n`);
  }
}

main().catch((e: Error) => {
  process.stderr.write(`topics: ${e.message}\n`);
  process.exit(1);
});
