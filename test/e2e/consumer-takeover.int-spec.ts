import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { KafkaConsumerServer, createConsumerApp, createKafka, EventPublisher, topicDefinitions, topicNames } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import { ExtractorModule } from '../../apps/extractor/src/extractor.module';
import { loadExtractorConfig } from '../../apps/extractor/src/extractor.config';
import { expectEventually } from '../support/expect-eventually';
import { runSuffix, testEnv } from '../support/test-env';
import { TopicObserver } from '../support/topic-observer';

const root = join(__dirname, '../..');
const article = (id: string) => ({
  id,
  publisher: 'takeover',
  body: 'Ministrul a declarat ieri că bugetul crește cu 5%.',
  publishedAt: '2025-06-05T10:00:00+03:00',
});

// Issue 16, item 4: after a consumer was killed, its partitions made no progress for
// about 30 s (kafkajs's default session timeout). An extractor runs as a process of its
// own (from dist/, which npm test builds first) beside a second one in this process;
// the first is killed with SIGKILL, so it never leaves the group, and every partition
// must be consumed again within 10 s.
describe('a consumer killed with SIGKILL', () => {
  const env = testEnv({ LOG_LEVEL: 'error' });
  const brokers = env.KAFKA_BROKERS!.split(',');
  const topics = topicNames(env.KAFKA_TOPIC_PREFIX);
  let doomed: ChildProcess;
  let survivor: INestApplicationContext;
  let extracted: TopicObserver;
  let publisher: EventPublisher;
  const run = runSuffix();
  const extractedKeys = () => new Set(extracted.messages.map((m) => m.key));

  beforeAll(async () => {
    publisher = new EventPublisher(createKafka({ brokers, clientId: 'test-producer' }, createLogger('test', 'error')));
    await publisher.connect();
    doomed = spawn(process.execPath, ['-r', './deploy/runtime/register-paths.js', 'dist/apps/extractor/src/main.js'], {
      cwd: root,
      env: { PATH: process.env.PATH, ...env },
      stdio: 'ignore',
    });
    // The child creates the topics; once it extracts an article it owns every partition.
    await expectEventually(
      async () => {
        const admin = createKafka({ brokers, clientId: 'test-admin' }, createLogger('admin', 'fatal')).admin();
        await admin.connect();
        const names = await admin.listTopics().finally(() => admin.disconnect());
        expect(names).toContain(topics.claimsExtracted);
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    extracted = new TopicObserver(brokers, topics.claimsExtracted, `${env.KAFKA_GROUP_PREFIX}.observe-extracted`);
    await extracted.start();
    await publisher.publish(topics.articles, [{ key: `takeover/probe-${run}`, value: article(`probe-${run}`) }]);
    await expectEventually(() => expect(extractedKeys()).toContain(`takeover/probe-${run}`), { timeoutMs: 60_000 });
    const config = loadExtractorConfig(env);
    survivor = await createConsumerApp(
      ExtractorModule.forRoot(config, createLogger('extractor', 'fatal')),
      createLogger('extractor', 'fatal'),
    );
    // Joined once the group rebalanced with both members: each now owns some partitions.
    await survivor.get(KafkaConsumerServer).joined;
  }, 120_000);

  afterAll(async () => {
    if (doomed && doomed.exitCode === null && doomed.signalCode === null) doomed.kill('SIGKILL');
    await survivor?.close();
    await extracted?.stop();
    await publisher?.disconnect();
    const admin = createKafka({ brokers, clientId: 'test-cleanup' }, createLogger('cleanup', 'error')).admin();
    await admin.connect();
    await admin.deleteTopics({ topics: topicDefinitions(env.KAFKA_TOPIC_PREFIX).map((t) => t.name), timeout: 10_000 });
    await admin.disconnect();
  }, 60_000);

  it('hands its partitions to the survivor within 10 s', async () => {
    // Four articles on each of the six partitions.
    const ids = Array.from({ length: 24 }, (_, i) => `after-kill-${i}-${run}`);
    const producer = createKafka({ brokers, clientId: 'test-partitioned' }, createLogger('test', 'error')).producer();
    await producer.connect();
    expect(doomed.exitCode).toBeNull();
    const killed = Date.now();
    doomed.kill('SIGKILL');
    await producer.send({
      topic: topics.articles,
      acks: -1,
      messages: ids.map((id, i) => ({ key: `takeover/${id}`, value: JSON.stringify(article(id)), partition: i % 6 })),
    });
    await producer.disconnect();
    // Every article, from all six partitions, extracted: the killed member's too.
    await expectEventually(() => expect(ids.filter((id) => !extractedKeys().has(`takeover/${id}`))).toEqual([]), {
      timeoutMs: 30_000,
      intervalMs: 100,
    });
    const recoveredInMs = Date.now() - killed;
    expect({ recoveredInMs, withinTenSeconds: recoveredInMs < 10_000 }).toEqual({ recoveredInMs, withinTenSeconds: true });
  }, 60_000);
});
