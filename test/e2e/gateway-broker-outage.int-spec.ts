import { createServer } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createGatewayApp } from '../../apps/gateway/src/create-gateway-app';
import { loadGatewayConfig } from '../../apps/gateway/src/gateway.config';
import { PUBLISHER_KEY, runSuffix, testEnv } from '../support/test-env';

/** A port on 127.0.0.1 that nobody listens on: taken from the system, then released. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

// Issue 16, item 6: during a broker outage a request hung 31.5 s and would then have
// answered 500. The gateway must answer 503 with Retry-After within
// GATEWAY_PUBLISH_TIMEOUT_MS, and start at all while the broker is away.
describe('the gateway while the broker is unreachable', () => {
  const timeoutMs = 2_000;
  let gateway: INestApplication;

  beforeAll(async () => {
    const env = testEnv({
      KAFKA_BROKERS: `127.0.0.1:${await deadPort()}`,
      GATEWAY_PUBLISH_TIMEOUT_MS: String(timeoutMs),
      LOG_LEVEL: 'fatal',
    });
    gateway = await createGatewayApp(loadGatewayConfig(env));
    await gateway.init();
  }, 30_000);

  afterAll(async () => {
    await gateway?.close();
  }, 30_000);

  it('waits 5 s by default and answers Retry-After: 5', () => {
    const config = loadGatewayConfig(testEnv());
    expect([config.GATEWAY_PUBLISH_TIMEOUT_MS, config.GATEWAY_RETRY_AFTER_SECONDS]).toEqual([5_000, 5]);
  });

  it('starts, and stays healthy', async () => {
    await request(gateway.getHttpServer()).get('/health').expect(200, { status: 'ok' });
  });

  it('is live (/healthz) but not ready (/readyz 503, kafka down) within its probe timeout', async () => {
    await request(gateway.getHttpServer()).get('/healthz').expect(200);
    const started = Date.now();
    const res = await request(gateway.getHttpServer()).get('/readyz').expect(503);
    expect(res.body).toMatchObject({ status: 'error', error: { kafka: { status: 'down' } } });
    expect(Date.now() - started).toBeLessThan(3_000);
  }, 15_000);

  it('answers 503 with Retry-After within the bound, in the documented error form', async () => {
    const started = Date.now();
    const res = await request(gateway.getHttpServer())
      .post('/v1/articles')
      .set('authorization', `Bearer ${PUBLISHER_KEY}`)
      .send({
        id: `outage-${runSuffix()}`,
        publisher: 'outage',
        body: 'Ministrul a declarat că bugetul crește.',
        publishedAt: '2025-06-05T10:00:00+03:00',
      });
    const elapsed = Date.now() - started;
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.error).toMatchObject({ code: 'BROKER.UNAVAILABLE', correlationId: expect.any(String) });
    expect(res.body.error.message).not.toMatch(/ECONNREFUSED|at /);
    expect(elapsed).toBeLessThan(timeoutMs + 1_500);
  }, 15_000);

  it('still answers 400 to an invalid article without asking the broker', async () => {
    const res = await request(gateway.getHttpServer())
      .post('/v1/articles')
      .set('authorization', `Bearer ${PUBLISHER_KEY}`)
      .send({ id: 'x' });
    expect(res.status).toBe(400);
  });
});
