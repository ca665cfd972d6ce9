import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { Claim, ClaimsRecordedV1 } from '@claim-ledger/contracts';
import { createKafka, EventPublisher, topicNames } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { loadApiConfig } from '../../apps/api/src/api.config';
import { migrate, startAlerts, type RunningAlerts } from '../support/alerts-service';
import { expectEventually } from '../support/expect-eventually';
import { runSuffix, testEnv } from '../support/test-env';
import { WebhookReceiver } from '../support/webhook-receiver';

// The rate limit per subscription: ten alerts at once to a subscription limited to two
// a second arrive over five seconds, none lost and none retried for it.
const KEY = 'test-ratesub-secret-0001';
const run = runSuffix();
const env = testEnv({
  API_KEYS: `rate-${run}:${KEY}:alerts.manage`,
  ALERTS_ALLOWED_HOSTS: '127.0.0.1',
  ALERTS_REDIS_PREFIX: `test-${run}`,
  ALERTS_RATE_LIMIT_PER_SECOND: '2',
  ALERTS_SUBSCRIPTION_REFRESH_MS: '100',
});

function claim(i: number): Claim {
  return {
    kind: 'claim',
    id: `c-rate-${i}-${run}`,
    articleId: `art-rate-${run}`,
    publisher: `rate-${run}`,
    revision: 1,
    language: 'en',
    span: { start: i * 10, end: i * 10 + 9 },
    text: `Claim number ${i}.`,
    source: { id: 'org:rate', name: 'Rate', kind: 'organization', surface: 'Rate' },
    cue: { surface: 'said' },
    stance: 'asserts',
    hedged: false,
    content: `claim ${i}`,
    quantities: [],
    statedAt: { start: '2026-11-01' },
    entities: [],
    confidence: 0.9,
  };
}

describe('alerts: rate limit per subscription', () => {
  let api: INestApplication;
  let alerts: RunningAlerts;
  let publisher: EventPublisher;
  const hooks = new WebhookReceiver();

  beforeAll(async () => {
    await migrate(env);
    await hooks.start();
    api = await createApiApp(loadApiConfig(env));
    await api.init();
    alerts = await startAlerts(env, { match: true, deliver: true });
    publisher = new EventPublisher(
      createKafka({ brokers: env.KAFKA_BROKERS!.split(','), clientId: 'alerts-rate-test' }, createLogger('test', 'error')),
    );
    await publisher.connect();
  }, 120_000);
  afterAll(async () => {
    await publisher?.disconnect();
    await alerts?.stop();
    await api?.close();
    await hooks.stop();
  }, 60_000);

  it('spreads a burst over time, loses nothing, and spends no attempt on waiting', async () => {
    const subscribe = async (url: string) =>
      (
        await request(api.getHttpServer())
          .post('/v1/subscriptions')
          .set('authorization', `Bearer ${KEY}`)
          .send({ url, filter: { publishers: [`rate-${run}`] } })
          .expect(201)
      ).body as { id: string };
    const sub = await subscribe(hooks.url);
    await new Promise((r) => setTimeout(r, 500));
    const event: ClaimsRecordedV1 = {
      publisher: `rate-${run}`,
      articleId: `art-rate-${run}`,
      revision: 1,
      publishedAt: '2026-11-01T10:00:00Z',
      claims: Array.from({ length: 10 }, (_, i) => claim(i)),
      supersededClaimIds: [],
      recordedAt: new Date().toISOString(),
    };
    const start = Math.floor(Date.now() / 1000);
    await publisher.publish(topicNames(env.KAFKA_TOPIC_PREFIX).claimsRecorded, [{ key: `rate-${run}/art-rate-${run}`, value: event }]);
    await expectEventually(() => expect(hooks.received).toHaveLength(10), { timeoutMs: 30_000 });
    // The limiter admits at most two in each second of the clock. A delivery is signed at or
    // after its admission (on a loaded machine, one admitted at the end of a second may be
    // signed in the next), so by any second s at most two per second since the burst began
    // can have been signed, and ten need at least five seconds.
    const stamps = hooks.received.map((h) => Number(h.headers['webhook-timestamp'])).sort((a, b) => a - b);
    stamps.forEach((s, i) => expect([s, i + 1]).toEqual([s, Math.min(i + 1, 2 * (s - start + 1))]));
    expect(stamps[stamps.length - 1]! - start).toBeGreaterThanOrEqual(4);
    expect(new Set(hooks.received.map((h) => JSON.parse(h.body).claim.id)).size).toBe(10);
    const res = await request(api.getHttpServer())
      .get(`/v1/subscriptions/${sub.id}/deliveries`)
      .set('authorization', `Bearer ${KEY}`)
      .expect(200);
    const deliveries = res.body.deliveries as { status: string; attempts: unknown[] }[];
    expect(deliveries.map((d) => [d.status, d.attempts.length])).toEqual(Array.from({ length: 10 }, () => ['delivered', 1]));
  }, 60_000);
});
