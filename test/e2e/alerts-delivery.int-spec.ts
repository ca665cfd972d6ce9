import { createHmac, timingSafeEqual } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Redis } from 'ioredis';
import request from 'supertest';
import { type HostResolver, liveStreamKey } from '@claim-ledger/alerts';
import type { Claim, ClaimsRecordedV1 } from '@claim-ledger/contracts';
import { createKafka, EventPublisher, topicNames } from '@claim-ledger/messaging';
import { createLogger, METRICS, type ServiceMetrics } from '@claim-ledger/observability';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { loadApiConfig } from '../../apps/api/src/api.config';
import { migrate, startAlerts, type RunningAlerts } from '../support/alerts-service';
import { expectEventually } from '../support/expect-eventually';
import { runSuffix, testEnv } from '../support/test-env';
import { SseClient } from '../support/sse-client';
import { type ReceivedWebhook, WebhookReceiver } from '../support/webhook-receiver';

// Subscriptions, matching and signed delivery against the real Kafka, Postgres and Redis,
// with real HTTP receivers on 127.0.0.1 (allowed by ALERTS_ALLOWED_HOSTS).
const SUBSCRIBER = 'test-subscriber-secret-0001';
const OTHER = 'test-othersub-secret-0001';
const run = runSuffix();
const env = testEnv({
  // Key ids of this run only: subscriptions belong to the key id, and the database outlives the run.
  API_KEYS: `subscriber-${run}:${SUBSCRIBER}:alerts.manage+claims.read;other-${run}:${OTHER}:alerts.manage;reader:test-reader-secret-0001:claims.read`,
  ALERTS_ALLOWED_HOSTS: '127.0.0.1',
  ALERTS_REDIS_PREFIX: `test-${run}`,
  ALERTS_RETRY_DELAY_MS: '200',
  ALERTS_DELIVERY_ATTEMPTS: '5',
  ALERTS_SUBSCRIPTION_REFRESH_MS: '100',
  ALERTS_MAX_SUBSCRIPTIONS_PER_KEY: '3',
  ALERTS_REPLAY_POLL_MS: '200',
});

// Host names resolve through these stubs only: no packet leaves for the addresses tested.
const apiResolver: HostResolver = async (host) => {
  const table: Record<string, string> = {
    'metadata.attacker.test': '169.254.169.254',
    'intranet.attacker.test': '10.0.0.1',
    'v6.attacker.test': 'fd00::1',
    'rebind.attacker.test': '93.184.216.34', // public when the subscription is created...
  };
  if (!table[host]) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return [{ address: table[host]!, family: table[host]!.includes(':') ? 6 : 4 }];
};
const resolvedAtDelivery: string[] = [];
const workerResolver: HostResolver = async (host) => {
  resolvedAtDelivery.push(host);
  if (host === 'rebind.attacker.test') return [{ address: '10.0.0.1', family: 4 }]; // ...private when it is delivered to
  throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
};

function claim(id: string, over: Partial<Claim> = {}): Claim {
  return {
    kind: 'claim',
    id,
    articleId: `art-${id}`,
    publisher: `alerts-${run}`,
    revision: 1,
    language: 'en',
    span: { start: 0, end: 40 },
    text: 'The ministry said 7,000 containers were shipped.',
    source: { id: `org:ministry-${run}`, name: `Ministry ${run}`, kind: 'government', surface: 'the ministry' },
    cue: { surface: 'said' },
    stance: 'asserts',
    hedged: false,
    content: '7,000 containers were shipped',
    quantities: [{ value: 7000, approx: false, unit: 'container', surface: '7,000' }],
    statedAt: { start: '2026-11-01' },
    entities: [],
    confidence: 0.9,
    ...over,
  };
}

/** What a subscriber does: recompute the HMAC of `<id>.<timestamp>.<body>` and compare in constant time. */
function verifiedBySubscriber(secret: string, hook: ReceivedWebhook): boolean {
  const id = hook.headers['webhook-id'] as string;
  const timestamp = hook.headers['webhook-timestamp'] as string;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${hook.body}`).digest();
  return (hook.headers['x-signature'] as string).split(' ').some((s) => {
    const given = Buffer.from(s.replace(/^v1,/, ''), 'base64');
    return s.startsWith('v1,') && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

describe('alerts: subscriptions, matching and signed delivery', () => {
  let api: INestApplication;
  let alerts: RunningAlerts;
  let publisher: EventPublisher;
  const receivers: WebhookReceiver[] = [];
  const topics = topicNames(env.KAFKA_TOPIC_PREFIX);
  const http = () => request(api.getHttpServer());

  const receiver = async (answer?: (n: number) => number | 'hold') => {
    const r = new WebhookReceiver(answer);
    await r.start();
    receivers.push(r);
    return r;
  };
  const subscribe = async (body: Record<string, unknown>, key = SUBSCRIBER) => {
    const res = await http().post('/v1/subscriptions').set('authorization', `Bearer ${key}`).send(body);
    expect(res.status).toBe(201);
    return res.body as { id: string; secret: string; url: string; status: string };
  };
  const record = async (claims: Claim[]) => {
    const event: ClaimsRecordedV1 = {
      publisher: claims[0]!.publisher,
      articleId: claims[0]!.articleId,
      revision: 1,
      publishedAt: '2026-11-01T10:00:00Z',
      claims,
      supersededClaimIds: [],
      recordedAt: new Date().toISOString(),
    };
    await publisher.publish(topics.claimsRecorded, [{ key: `${event.publisher}/${event.articleId}`, value: event }]);
  };
  const deliveriesOf = async (id: string) =>
    (await http().get(`/v1/subscriptions/${id}/deliveries`).set('authorization', `Bearer ${SUBSCRIBER}`).expect(200)).body.deliveries as {
      id: string;
      status: string;
      attempts: { attempt: number; outcome: string; statusCode: number | null; latencyMs: number | null; error: string | null }[];
      payload: { type: string; claim: Claim };
    }[];
  // Waits until the alerts service has read the subscription into its index.
  const indexed = () => new Promise((r) => setTimeout(r, 500));

  beforeAll(async () => {
    await migrate(env);
    api = await createApiApp(loadApiConfig(env), { resolve: apiResolver });
    await api.listen(0, '127.0.0.1');
    alerts = await startAlerts(env, { match: true, deliver: true, resolve: workerResolver });
    publisher = new EventPublisher(
      createKafka({ brokers: env.KAFKA_BROKERS!.split(','), clientId: 'alerts-test' }, createLogger('test', 'error')),
    );
    await publisher.connect();
  }, 120_000);

  afterAll(async () => {
    await publisher?.disconnect();
    await alerts?.stop();
    await api?.close();
    for (const r of receivers) await r.stop();
  }, 60_000);

  it('retries a receiver that fails twice: one successful delivery, three attempts recorded, a signature the subscriber verifies', async () => {
    const hooks = await receiver((n) => (n <= 2 ? 503 : 200));
    const sub = await subscribe({ url: hooks.url, filter: { sources: [`Ministry ${run}`] } });
    expect(sub.secret).toMatch(/^whsec_/);
    await indexed();
    await record([claim(`c-retry-${run}`)]);

    const [delivery] = await expectEventually(async () => {
      const list = await deliveriesOf(sub.id);
      expect(list).toHaveLength(1);
      expect(list[0]!.status).toBe('delivered');
      return list;
    });
    expect(hooks.received).toHaveLength(3);
    expect(delivery!.attempts.map((a) => [a.attempt, a.outcome, a.statusCode])).toEqual([
      [1, 'retry', 503],
      [2, 'retry', 503],
      [3, 'delivered', 200],
    ]);
    expect(delivery!.attempts.every((a) => a.latencyMs !== null && a.latencyMs >= 0)).toBe(true);
    expect(delivery!.attempts[0]!.error).toBe('the subscriber answered 503');
    // The service's metrics count each attempt by its outcome (this service's registry alone).
    const metrics = await alerts.app.get<ServiceMetrics>(METRICS).registry.metrics();
    expect(Number(/claim_ledger_alert_deliveries_total\{[^}]*outcome="retrying"[^}]*\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThanOrEqual(
      2,
    );
    expect(Number(/claim_ledger_alert_deliveries_total\{[^}]*outcome="delivered"[^}]*\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThanOrEqual(
      1,
    );
    // The same delivery id on every attempt, each signed anew and verifiable.
    expect(new Set(hooks.received.map((h) => h.headers['x-delivery-id']))).toEqual(new Set([delivery!.id]));
    for (const h of hooks.received) expect(verifiedBySubscriber(sub.secret, h)).toBe(true);
    expect(verifiedBySubscriber(sub.secret, { ...hooks.received[2]!, body: hooks.received[2]!.body.replace('7,000', '8,000') })).toBe(
      false,
    );
    const body = JSON.parse(hooks.received[2]!.body);
    expect(body).toMatchObject({ type: 'alert.v1', id: delivery!.id, subscriptionId: sub.id, event: 'claim.recorded', link: null });
    expect(body.claim.id).toBe(`c-retry-${run}`);
    // Retries wait: exponential backoff from 200 ms, with jitter.
    expect(hooks.received[1]!.at - hooks.received[0]!.at).toBeGreaterThanOrEqual(100);
    expect(hooks.received[2]!.at - hooks.received[1]!.at).toBeGreaterThanOrEqual(200);

    // The same event again (a redelivery) sends nothing twice.
    await record([claim(`c-retry-${run}`)]);
    await record([claim(`c-retry2-${run}`)]);
    await expectEventually(async () => expect(await deliveriesOf(sub.id)).toHaveLength(2));
    await expectEventually(() => expect(hooks.received).toHaveLength(4));
    expect(hooks.received[3]!.headers['x-delivery-id']).not.toBe(delivery!.id);
    await http().delete(`/v1/subscriptions/${sub.id}`).set('authorization', `Bearer ${SUBSCRIBER}`).expect(204);
  }, 60_000);

  it('stops at 410: the receiver gets nothing more and the subscription is paused', async () => {
    const gone = await receiver(() => 410);
    const control = await receiver(() => 200);
    const goneSub = await subscribe({ url: gone.url, filter: { keywords: [`gone-${run}`] } });
    const controlSub = await subscribe({ url: control.url, filter: { keywords: [`gone-${run}`] } });
    await indexed();
    await record([claim(`c-gone1-${run}`, { content: `first gone-${run}` })]);
    await expectEventually(async () => {
      const [d] = await deliveriesOf(goneSub.id);
      expect(d?.status).toBe('failed');
      expect(d?.attempts).toEqual([expect.objectContaining({ attempt: 1, outcome: 'failed', statusCode: 410 })]);
    });
    const after = await http().get(`/v1/subscriptions/${goneSub.id}`).set('authorization', `Bearer ${SUBSCRIBER}`).expect(200);
    expect(after.body.status).toBe('paused');
    await indexed();
    await record([claim(`c-gone2-${run}`, { content: `second gone-${run}` })]);
    // Once the control subscription has the second alert, the paused one would have had it too.
    await expectEventually(() => expect(control.received).toHaveLength(2));
    expect(gone.received).toHaveLength(1);
    expect(await deliveriesOf(goneSub.id)).toHaveLength(1);
    for (const s of [goneSub, controlSub])
      await http().delete(`/v1/subscriptions/${s.id}`).set('authorization', `Bearer ${SUBSCRIBER}`).expect(204);
  }, 60_000);

  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'metadata'],
    ['http://10.0.0.1/hook', 'private'],
    ['http://[::ffff:169.254.169.254]/hook', 'metadata'],
    ['http://metadata.attacker.test/hook', 'metadata'],
    ['http://intranet.attacker.test/hook', 'private'],
    ['https://v6.attacker.test/hook', 'private'],
    ['http://127.0.0.2:9/hook', 'loopback'],
  ])('refuses %s at creation (%s), naming url', async (url, kind) => {
    const res = await http().post('/v1/subscriptions').set('authorization', `Bearer ${SUBSCRIBER}`).send({ url }).expect(400);
    expect(res.body.error.code).toBe('SUBSCRIPTION.INVALID');
    expect(res.body.error.issues[0]).toMatchObject({ field: 'url', rule: 'address_refused' });
    expect(res.body.error.message).toContain(`a ${kind} address`);
  });

  it('refuses at delivery a host that resolves to a private address by then (DNS rebinding), sending nothing', async () => {
    const sub = await subscribe({ url: 'http://rebind.attacker.test/hook', filter: { keywords: [`rebind-${run}`] } });
    await indexed();
    await record([claim(`c-rebind-${run}`, { content: `rebind-${run}` })]);
    const [d] = await expectEventually(async () => {
      const list = await deliveriesOf(sub.id);
      expect(list[0]?.status).toBe('failed');
      return list;
    });
    expect(d!.attempts).toEqual([
      expect.objectContaining({
        attempt: 1,
        outcome: 'failed',
        statusCode: null,
        error: 'host rebind.attacker.test resolves to 10.0.0.1, a private address; webhooks go to public addresses only',
      }),
    ]);
    expect(resolvedAtDelivery).toContain('rebind.attacker.test');
    await http().delete(`/v1/subscriptions/${sub.id}`).set('authorization', `Bearer ${SUBSCRIBER}`).expect(204);
  }, 60_000);

  it('replays from a time for a new subscription: what it missed is delivered, once however often it is replayed', async () => {
    const redis = new Redis(env.REDIS_URL!);
    try {
      const before = new Date(Date.now() - 1000).toISOString();
      await record([claim(`c-replay-${run}`, { content: `missed replay-${run}` })]);
      // The matcher has seen it (it is on the live stream) while nobody subscribed to it.
      await expectEventually(async () => {
        const entries = await redis.xrevrange(liveStreamKey(env.ALERTS_REDIS_PREFIX!), '+', '-', 'COUNT', 50);
        expect(entries.some(([, fields]) => fields[1]!.includes(`c-replay-${run}`))).toBe(true);
      });
      const hooks = await receiver();
      const sub = await subscribe({ url: hooks.url, filter: { keywords: [`replay-${run}`] } });
      await indexed();
      expect(hooks.received).toHaveLength(0);

      const replay = async (body: object) => {
        const r = await http()
          .post(`/v1/subscriptions/${sub.id}/replays`)
          .set('authorization', `Bearer ${SUBSCRIBER}`)
          .send(body)
          .expect(202);
        return expectEventually(async () => {
          const res = await http()
            .get(`/v1/subscriptions/${sub.id}/replays/${r.body.id}`)
            .set('authorization', `Bearer ${SUBSCRIBER}`)
            .expect(200);
          expect(res.body.status).toBe('done');
          return res.body as { eventsRead: number; deliveries: number };
        });
      };
      const first = await replay({ from: before });
      expect(first.deliveries).toBe(1);
      expect(first.eventsRead).toBeGreaterThanOrEqual(1);
      await expectEventually(() => expect(hooks.received).toHaveLength(1));
      expect(JSON.parse(hooks.received[0]!.body).claim.id).toBe(`c-replay-${run}`);

      // A replay left running by a service that died is taken over once its lease lapses.
      await alerts.db.query(
        `INSERT INTO alert_replays (id, owner_key_id, subscription_id, from_time, status, lease_until)
         VALUES ($1, $2, $3, $4, 'running', now() - interval '1 second')`,
        [`rpl_stale_${run}`, `subscriber-${run}`, sub.id, before],
      );
      await expectEventually(async () => {
        const res = await http()
          .get(`/v1/subscriptions/${sub.id}/replays/rpl_stale_${run}`)
          .set('authorization', `Bearer ${SUBSCRIBER}`)
          .expect(200);
        expect(res.body).toMatchObject({ status: 'done', deliveries: 1 });
      });
      // From the first offsets: everything again, and still nothing sent twice.
      await replay({ offsets: { 'claims.recorded.v1': { '0': '0' } } });
      await replay({ from: before });
      await new Promise((r) => setTimeout(r, 1000));
      expect(hooks.received).toHaveLength(1);
      const bad = await http()
        .post(`/v1/subscriptions/${sub.id}/replays`)
        .set('authorization', `Bearer ${SUBSCRIBER}`)
        .send({ from: 'yesterday' })
        .expect(400);
      expect(bad.body.error.issues[0].field).toBe('from');
      await http().delete(`/v1/subscriptions/${sub.id}`).set('authorization', `Bearer ${SUBSCRIBER}`).expect(204);
    } finally {
      redis.disconnect();
    }
  }, 60_000);

  it('streams new claims to dashboards over SSE with the subscription filters, resuming after Last-Event-ID', async () => {
    const base = `http://127.0.0.1:${(api.getHttpServer().address() as { port: number }).port}/v1/stream`;
    const auth = { authorization: `Bearer ${SUBSCRIBER}` };
    const first = new SseClient(`${base}?keywords=sse-${run}&languages=en`, auth);
    await first.open();
    expect(first.status).toBe(200);
    await record([claim(`c-sse1-${run}`, { content: `one sse-${run}` })]);
    await record([claim(`c-sse-other-${run}`, { content: `not for this stream` })]);
    await record([claim(`c-sse2-${run}`, { content: `two sse-${run}` })]);
    await record([claim(`c-sse-ro-${run}`, { content: `three sse-${run}`, language: 'ro' })]);
    await expectEventually(() => expect(first.events).toHaveLength(2));
    // Two articles, two partitions: in either order.
    expect(new Set(first.events.map((e) => `${e.event} ${JSON.parse(e.data).claim.id}`))).toEqual(
      new Set([`claim.recorded c-sse1-${run}`, `claim.recorded c-sse2-${run}`]),
    );
    first.close();

    await record([claim(`c-sse3-${run}`, { content: `four sse-${run}` })]);
    const resumed = new SseClient(`${base}?keywords=sse-${run}&languages=en`, { ...auth, 'last-event-id': first.events[0]!.id! });
    await resumed.open();
    await expectEventually(() => expect(resumed.events).toHaveLength(2));
    // Everything after the first event it had: the second one, and the one it missed.
    expect(resumed.events.map((e) => JSON.parse(e.data).claim.id)).toEqual([JSON.parse(first.events[1]!.data).claim.id, `c-sse3-${run}`]);
    resumed.close();

    const bad = await http().get('/v1/stream').query({ relation: 'sometimes' }).set(auth).expect(400);
    expect(bad.body.error.issues[0].field).toBe('filter.relation');
    await http().get('/v1/stream').set('authorization', `Bearer ${OTHER}`).expect(403);
  }, 60_000);

  it('validates subscriptions naming the field, keeps them to their key, limits them per key, and never shows a secret again', async () => {
    const bad = async (body: object, field: string) => {
      const res = await http().post('/v1/subscriptions').set('authorization', `Bearer ${OTHER}`).send(body).expect(400);
      expect(res.body.error.issues[0].field).toBe(field);
    };
    await bad({}, 'url');
    await bad({ url: 'ftp://x.example/' }, 'url');
    await bad({ url: 'http://127.0.0.1:9/h', filter: { languages: ['english'] } }, 'filter.languages[0]');
    await bad({ url: 'http://127.0.0.1:9/h', filter: { relation: 'sometimes' } }, 'filter.relation');
    await bad({ url: 'http://127.0.0.1:9/h', filter: { minFigureChangePercent: 5 } }, 'filter.minFigureChangePercent');
    await bad({ url: 'http://127.0.0.1:9/h', secret: 'mine' }, 'secret');
    await http()
      .post('/v1/subscriptions')
      .set('authorization', 'Bearer test-reader-secret-0001')
      .send({ url: 'http://127.0.0.1:9/h' })
      .expect(403);

    const created = [];
    // A filter nothing matches: these subscriptions must not take deliveries meant for the other tests.
    const never = { keywords: [`never-${run}`] };
    for (let i = 0; i < 3; i++) created.push(await subscribe({ url: `http://127.0.0.1:9/h${i}`, name: `n${i}`, filter: never }, OTHER));
    const limit = await http()
      .post('/v1/subscriptions')
      .set('authorization', `Bearer ${OTHER}`)
      .send({ url: 'http://127.0.0.1:9/h' })
      .expect(409);
    expect(limit.body.error.code).toBe('SUBSCRIPTION.LIMIT_REACHED');

    const list = await http().get('/v1/subscriptions').query({ limit: '2' }).set('authorization', `Bearer ${OTHER}`).expect(200);
    expect(list.body.subscriptions.map((s: { id: string }) => s.id)).toEqual(created.slice(0, 2).map((s) => s.id));
    const rest = await http()
      .get('/v1/subscriptions')
      .query({ cursor: list.body.next })
      .set('authorization', `Bearer ${OTHER}`)
      .expect(200);
    expect(rest.body.subscriptions.map((s: { id: string }) => s.id)).toEqual([created[2]!.id]);
    expect(JSON.stringify([list.body, rest.body])).not.toContain('whsec_');

    const id = created[0]!.id;
    await http().get(`/v1/subscriptions/${id}`).set('authorization', `Bearer ${SUBSCRIBER}`).expect(404);
    await http().get(`/v1/subscriptions/${id}/deliveries`).set('authorization', `Bearer ${SUBSCRIBER}`).expect(404);
    await http().delete(`/v1/subscriptions/${id}`).set('authorization', `Bearer ${SUBSCRIBER}`).expect(404);
    const patch = (key: string, body: object) => http().patch(`/v1/subscriptions/${id}`).set('authorization', `Bearer ${key}`).send(body);
    await patch(SUBSCRIBER, { status: 'paused' }).expect(404);
    expect((await patch(OTHER, { status: 'paused' }).expect(200)).body.status).toBe('paused');
    expect((await patch(OTHER, { status: 'active' }).expect(200)).body.status).toBe('active');
    expect((await patch(OTHER, { status: 'off' }).expect(400)).body.error.issues[0].field).toBe('status');
    // The secret is stored encrypted: not as given, not in any column in clear.
    const [row] = await alerts.db.query(`SELECT secret_sealed FROM alert_subscriptions WHERE id = $1`, [id]);
    expect(row.secret_sealed).toMatch(/^v1\./);
    expect(row.secret_sealed).not.toContain(created[0]!.secret.slice(6, 20));
    for (const s of created) await http().delete(`/v1/subscriptions/${s.id}`).set('authorization', `Bearer ${OTHER}`).expect(204);
    await http().get(`/v1/subscriptions/${id}`).set('authorization', `Bearer ${OTHER}`).expect(404);
  }, 60_000);
});
