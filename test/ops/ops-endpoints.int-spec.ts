import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { KafkaConsumerServer, createConsumerApp, createKafka, EventPublisher, topicDefinitions, topicNames } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import { createDataSource, ensureDatabase } from '@claim-ledger/persistence';
import { AlertsModule } from '../../apps/alerts/src/alerts.module';
import { loadAlertsConfig } from '../../apps/alerts/src/alerts.config';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { loadApiConfig } from '../../apps/api/src/api.config';
import { ExtractorModule } from '../../apps/extractor/src/extractor.module';
import { loadExtractorConfig } from '../../apps/extractor/src/extractor.config';
import { createGatewayApp } from '../../apps/gateway/src/create-gateway-app';
import { loadGatewayConfig } from '../../apps/gateway/src/gateway.config';
import { migrate } from '../support/alerts-service';
import { expectEventually } from '../support/expect-eventually';
import { TcpProxy } from '../support/tcp-proxy';
import { PUBLISHER_KEY, runSuffix, testEnv } from '../support/test-env';

/** A GET over a real socket to a listening server. */
async function get(base: string, path: string): Promise<{ status: number; type: string; text: string; json: () => any }> {
  const res = await fetch(`${base}${path}`);
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, json: () => JSON.parse(text) };
}

const baseOf = (server: { address(): AddressInfo | string | null }) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

/** The value of one series of a Prometheus exposition, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const m = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

// Issue 14: /healthz, /readyz and /metrics on every service, over real sockets, against
// the real broker, Postgres and Redis (and the same, cut off).
describe('operations endpoints', () => {
  const env = testEnv({ LOG_LEVEL: 'fatal' });
  const brokers = env.KAFKA_BROKERS!.split(',');

  afterAll(async () => {
    const admin = createKafka({ brokers, clientId: 'test-cleanup' }, createLogger('cleanup', 'error')).admin();
    await admin.connect();
    await admin
      .deleteTopics({ topics: topicDefinitions(env.KAFKA_TOPIC_PREFIX).map((t) => t.name), timeout: 10_000 })
      .catch(() => undefined);
    await admin.disconnect();
  }, 30_000);

  describe('the gateway', () => {
    let app: INestApplication;
    let base: string;
    beforeAll(async () => {
      app = await createGatewayApp(loadGatewayConfig(env));
      await app.listen(0, '127.0.0.1');
      base = baseOf(app.getHttpServer());
    }, 30_000);
    afterAll(() => app?.close(), 30_000);

    it('is live and ready with the broker up, without an API key', async () => {
      expect((await get(base, '/healthz')).json()).toMatchObject({ status: 'ok' });
      const ready = await get(base, '/readyz');
      expect(ready.status).toBe(200);
      expect(ready.json()).toMatchObject({ status: 'ok', info: { kafka: { status: 'up', brokers: expect.any(Number) } } });
    });

    it('counts and times requests by route pattern and status on /metrics', async () => {
      const id = `ops-${runSuffix()}`;
      const res = await fetch(`${base}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${PUBLISHER_KEY}` },
        body: JSON.stringify({
          id,
          publisher: 'ops',
          body: 'Ministrul a declarat că bugetul crește.',
          publishedAt: '2025-06-05T10:00:00+03:00',
        }),
      });
      expect(res.status).toBe(202);
      await fetch(`${base}/v1/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      await fetch(`${base}/no/such/path`);
      const metrics = await get(base, '/metrics');
      expect(metrics.status).toBe(200);
      expect(metrics.type).toMatch(/^text\/plain; version=0\.0\.4/);
      const post = { method: 'POST', route: '/v1/articles', service: 'gateway' };
      expect(sample(metrics.text, 'claim_ledger_http_requests_total', { ...post, status: '202' })).toBe(1);
      expect(sample(metrics.text, 'claim_ledger_http_requests_total', { ...post, status: '401' })).toBe(1);
      expect(sample(metrics.text, 'claim_ledger_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
      expect(sample(metrics.text, 'claim_ledger_http_request_duration_seconds_count', { ...post, status: '202' })).toBe(1);
      expect(sample(metrics.text, 'claim_ledger_process_resident_memory_bytes', { service: 'gateway' })).toBeGreaterThan(0);
    });
  });

  describe('the API', () => {
    let proxy: TcpProxy;
    let app: INestApplication;
    let base: string;
    beforeAll(async () => {
      await ensureDatabase(env.DATABASE_URL!);
      const url = new URL(env.DATABASE_URL!);
      proxy = new TcpProxy(url.hostname, Number(url.port || 5432));
      url.port = String(await proxy.start());
      app = await createApiApp(loadApiConfig({ ...env, DATABASE_URL: url.toString() }));
      await app.listen(0, '127.0.0.1');
      base = baseOf(app.getHttpServer());
    }, 30_000);
    afterAll(async () => {
      await proxy.restore();
      await app?.close();
      await proxy.stop();
    }, 30_000);

    it('is ready while Postgres answers, and not ready (503, naming postgres) while it is cut off, yet still live', async () => {
      const ready = await get(base, '/readyz');
      expect(ready.status).toBe(200);
      expect(ready.json()).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' } } });
      await proxy.cut();
      const cut = await get(base, '/readyz');
      expect(cut.status).toBe(503);
      expect(cut.json()).toMatchObject({ status: 'error', error: { postgres: { status: 'down' } } });
      expect((await get(base, '/healthz')).status).toBe(200);
      await proxy.restore();
      await expectEventually(async () => expect((await get(base, '/readyz')).status).toBe(200), { timeoutMs: 15_000 });
    }, 30_000);
  });

  describe('a consumer (the extractor) on its own small port', () => {
    // Topics of its own: the gateway's article above is not on them.
    const env = testEnv({ LOG_LEVEL: 'fatal' });
    const topics = topicNames(env.KAFKA_TOPIC_PREFIX);
    let app: INestApplicationContext;
    let base: string;
    let publisher: EventPublisher;
    beforeAll(async () => {
      const config = loadExtractorConfig(env);
      expect(config.OPS_HTTP_PORT).toBe(0);
      app = await createConsumerApp(
        ExtractorModule.forRoot(config, createLogger('extractor', 'fatal')),
        createLogger('extractor', 'fatal'),
        {
          port: config.OPS_HTTP_PORT,
          host: config.OPS_HTTP_HOST,
        },
      );
      base = baseOf((app as INestApplication).getHttpServer());
      await app.get(KafkaConsumerServer).joined;
      publisher = new EventPublisher(createKafka({ brokers, clientId: 'test-producer' }, createLogger('test', 'error')));
    }, 60_000);
    afterAll(async () => {
      await publisher?.disconnect();
      await app?.close();
      const admin = createKafka({ brokers, clientId: 'test-cleanup' }, createLogger('cleanup', 'error')).admin();
      await admin.connect();
      await admin
        .deleteTopics({ topics: topicDefinitions(env.KAFKA_TOPIC_PREFIX).map((t) => t.name), timeout: 10_000 })
        .catch(() => undefined);
      await admin.disconnect();
    }, 30_000);

    it('defaults to port 9102 on 127.0.0.1', () => {
      const { OPS_HTTP_PORT, ...rest } = env;
      expect(OPS_HTTP_PORT).toBe('0');
      expect(loadExtractorConfig(rest)).toMatchObject({ OPS_HTTP_PORT: 9102, OPS_HTTP_HOST: '127.0.0.1' });
    });

    it('is ready once it is a member of its group with the broker up', async () => {
      const ready = await get(base, '/readyz');
      expect(ready.status).toBe(200);
      expect(ready.json()).toMatchObject({
        info: { kafka: { status: 'up' }, consumer: { status: 'up', groupId: `${env.KAFKA_GROUP_PREFIX}.extractor` } },
      });
      expect((await get(base, '/healthz')).status).toBe(200);
    });

    it('counts processed and dead-lettered messages, times extraction, and shows the lag of each partition', async () => {
      const run = runSuffix();
      const good = {
        id: `m-${run}`,
        publisher: 'ops',
        body: 'Ministrul a declarat ieri că bugetul crește cu 5%.',
        publishedAt: '2025-06-05T10:00:00+03:00',
      };
      await publisher.publish(topics.articles, [
        { key: `ops/m-${run}`, value: good },
        { key: `ops/bad-${run}`, value: { id: 'no-body' } },
      ]);
      const text = await expectEventually(
        async () => {
          const m = (await get(base, '/metrics')).text;
          expect(sample(m, 'claim_ledger_messages_processed_total', { topic: topics.articles })).toBe(1);
          expect(sample(m, 'claim_ledger_messages_dead_lettered_total', { topic: topics.articles, code: 'MESSAGE.INVALID_SCHEMA' })).toBe(
            1,
          );
          return m;
        },
        { timeoutMs: 30_000 },
      );
      expect(sample(text, 'claim_ledger_extraction_duration_seconds_count', { service: 'extractor' })).toBe(1);
      // Six partitions of articles.v1, each with its lag; once committed, nothing is left to read.
      await expectEventually(
        async () => {
          const m = (await get(base, '/metrics')).text;
          const lags = [0, 1, 2, 3, 4, 5].map((p) =>
            sample(m, 'claim_ledger_consumer_lag', {
              group: `${env.KAFKA_GROUP_PREFIX}.extractor`,
              topic: topics.articles,
              partition: String(p),
            }),
          );
          expect(lags).toEqual([0, 0, 0, 0, 0, 0]);
        },
        { timeoutMs: 20_000 },
      );
    }, 60_000);
  });

  describe('the alerts service', () => {
    it('is ready with Kafka, its consumer group and Redis answering', async () => {
      const config = loadAlertsConfig(env);
      await migrate(env);
      const db = createDataSource({ url: config.DATABASE_URL, poolSize: 2 });
      await db.initialize();
      const app = await createConsumerApp(
        AlertsModule.forRoot(config, createLogger('alerts', 'fatal'), db),
        createLogger('alerts', 'fatal'),
        { port: 0, host: '127.0.0.1' },
      );
      try {
        await app.get(KafkaConsumerServer).joined;
        const base = baseOf((app as INestApplication).getHttpServer());
        const ready = await get(base, '/readyz');
        expect(ready.status).toBe(200);
        expect(ready.json().details.redis.status).toBe('up');
        expect(ready.json().details.kafka.status).toBe('up');
        const metrics = (await get(base, '/metrics')).text;
        expect(metrics).toMatch(/^# TYPE claim_ledger_alert_deliveries_total counter$/m);
      } finally {
        // The app's data-source lifecycle closes the connection with it.
        await app.close();
        if (db.isInitialized) await db.destroy();
      }
    }, 60_000);

    it('starts with Redis down, serving /readyz that names redis as down, and is ready once Redis answers', async () => {
      // Every role (matcher and delivery worker), Redis behind a proxy that is cut from the start.
      const redis = new URL(env.REDIS_URL!);
      const proxy = new TcpProxy(redis.hostname, Number(redis.port || 6379));
      const port = await proxy.start();
      await proxy.cut();
      const config = loadAlertsConfig({ ...env, REDIS_URL: `redis://127.0.0.1:${port}${redis.pathname}` });
      await migrate(env);
      const db = createDataSource({ url: config.DATABASE_URL, poolSize: 2 });
      await db.initialize();
      const started = Date.now();
      const app = await createConsumerApp(
        AlertsModule.forRoot(config, createLogger('alerts', 'fatal'), db),
        createLogger('alerts', 'fatal'),
        {
          port: 0,
          host: '127.0.0.1',
        },
      );
      try {
        // It does not wait for Redis to start: it answers, and says what it lacks.
        expect(Date.now() - started).toBeLessThan(30_000);
        const base = baseOf((app as INestApplication).getHttpServer());
        expect((await get(base, '/healthz')).status).toBe(200);
        const down = await get(base, '/readyz');
        expect(down.status).toBe(503);
        expect(down.json().error.redis).toMatchObject({ status: 'down' });
        expect(down.json().details.kafka.status).toBe('up');

        await proxy.restore();
        await expectEventually(
          async () => {
            const ready = await get(base, '/readyz');
            expect(ready.status).toBe(200);
            expect(ready.json().details.redis.status).toBe('up');
          },
          { timeoutMs: 20_000 },
        );
      } finally {
        await app.close();
        if (db.isInitialized) await db.destroy();
        await proxy.stop();
      }
    }, 90_000);

    it('answers 503 naming redis when Redis does not answer', async () => {
      // Without its queue's roles, so that nothing waits on Redis to start: readiness alone asks it.
      const config = loadAlertsConfig({ ...env, REDIS_URL: `redis://127.0.0.1:${await deadPort()}/0` });
      await migrate(env);
      const db = createDataSource({ url: config.DATABASE_URL, poolSize: 2 });
      await db.initialize();
      const app = await createConsumerApp(
        AlertsModule.forRoot(config, createLogger('alerts', 'fatal'), db, { match: false, deliver: false }),
        createLogger('alerts', 'fatal'),
        { port: 0, host: '127.0.0.1' },
      );
      try {
        const base = baseOf((app as INestApplication).getHttpServer());
        const ready = await get(base, '/readyz');
        expect(ready.status).toBe(503);
        expect(ready.json().details.redis.status).toBe('down');
      } finally {
        await app.close();
        if (db.isInitialized) await db.destroy();
      }
    }, 60_000);
  });
});
