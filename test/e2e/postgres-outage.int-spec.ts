import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { articleKey, type ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { extractClaims, EXTRACTOR_VERSION } from '@claim-ledger/extraction';
import { KafkaConsumerServer, createConsumerApp, createKafka, EventPublisher, topicDefinitions, topicNames } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import { createDataSource, ensureDatabase, runMigrations } from '@claim-ledger/persistence';
import { LedgerModule } from '../../apps/ledger/src/ledger.module';
import { loadLedgerConfig } from '../../apps/ledger/src/ledger.config';
import { expectEventually } from '../support/expect-eventually';
import { TcpProxy } from '../support/tcp-proxy';
import { runSuffix, testEnv } from '../support/test-env';
import { TopicObserver } from '../support/topic-observer';

const gold = JSON.parse(readFileSync(join(__dirname, '../../../shared/eval/dev/en-wire-2024-03-18.json'), 'utf8'));

// Issue 16, item 3: a Postgres outage used to be retried 5 times over ~3 s and then
// dead-lettered. Here the ledger reaches Postgres through a proxy that drops every
// connection and refuses new ones for 10 s while an event arrives; with
// KAFKA_MAX_ATTEMPTS=3 the event must wait, be stored once Postgres is back, and leave
// no dead letter.
describe('the ledger during a Postgres outage', () => {
  const env = testEnv({ KAFKA_MAX_ATTEMPTS: '3', LOG_LEVEL: 'error' });
  const brokers = env.KAFKA_BROKERS!.split(',');
  const topics = topicNames(env.KAFKA_TOPIC_PREFIX);
  const target = new URL(env.DATABASE_URL!);
  const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
  let direct: DataSource;
  let proxied: DataSource;
  let ledger: INestApplicationContext;
  let recorded: TopicObserver;
  let deadLetters: TopicObserver;
  let publisher: EventPublisher;

  beforeAll(async () => {
    const config = loadLedgerConfig(env);
    await ensureDatabase(config.DATABASE_URL);
    direct = createDataSource({ url: config.DATABASE_URL, poolSize: 2 });
    await direct.initialize();
    await runMigrations(direct, config.DATABASE_URL);
    const viaProxy = new URL(config.DATABASE_URL);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(await proxy.start());
    proxied = createDataSource({ url: viaProxy.toString(), poolSize: 2 });
    await proxied.initialize();
    ledger = await createConsumerApp(
      LedgerModule.forRoot(config, createLogger('ledger', config.LOG_LEVEL), proxied),
      createLogger('ledger', 'warn'),
    );
    await ledger.get(KafkaConsumerServer).joined;
    recorded = new TopicObserver(brokers, topics.claimsRecorded, `${env.KAFKA_GROUP_PREFIX}.observe-recorded`);
    deadLetters = new TopicObserver(brokers, topics.deadLetter, `${env.KAFKA_GROUP_PREFIX}.observe-dlq`);
    await Promise.all([recorded.start(), deadLetters.start()]);
    publisher = new EventPublisher(createKafka({ brokers, clientId: 'test-producer' }, createLogger('test', 'error')));
    await publisher.connect();
  }, 120_000);

  afterAll(async () => {
    await proxy.restore();
    await publisher?.disconnect();
    await recorded?.stop();
    await deadLetters?.stop();
    await ledger?.close(); // closes the proxied data source too
    await proxy.stop();
    await direct?.destroy();
    const admin = createKafka({ brokers, clientId: 'test-cleanup' }, createLogger('cleanup', 'error')).admin();
    await admin.connect();
    await admin.deleteTopics({ topics: topicDefinitions(env.KAFKA_TOPIC_PREFIX).map((t) => t.name), timeout: 10_000 });
    await admin.disconnect();
  }, 60_000);

  it('keeps the event while Postgres is away, stores it once Postgres is back, and writes no dead letter', async () => {
    const article = { ...gold.article, id: `${gold.article.id}-outage-${runSuffix()}`, revision: 1 };
    const { language, claims } = extractClaims(article);
    expect(claims.length).toBeGreaterThan(0);
    const event: ClaimsExtractedV1 = {
      article: { ...article, language },
      claims,
      extractor: { name: 'claim-ledger', version: EXTRACTOR_VERSION },
      extractedAt: new Date().toISOString(),
    };
    const key = articleKey(article);

    await proxy.cut();
    await publisher.publish(topics.claimsExtracted, [{ key, value: event }]);
    // The outage: long enough for several attempts, far more than KAFKA_MAX_ATTEMPTS.
    await new Promise((r) => setTimeout(r, 10_000));
    expect(recorded.withKey(key)).toHaveLength(0);
    expect(deadLetters.messages).toHaveLength(0);
    await proxy.restore();

    await expectEventually(() => expect(recorded.withKey(key)).toHaveLength(1), { timeoutMs: 60_000 });
    const rows: { n: number }[] = await direct.query('SELECT count(*)::int AS n FROM claims WHERE publisher = $1 AND article_id = $2', [
      article.publisher,
      article.id,
    ]);
    expect(rows[0]!.n).toBe(claims.length);
    expect(deadLetters.messages).toHaveLength(0);
  }, 120_000);
});
