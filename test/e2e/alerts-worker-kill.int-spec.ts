import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
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

// A delivery worker run as its own process from dist/ (npm test builds it first) is
// killed with SIGKILL while a subscriber holds its request: another worker takes the
// delivery over once the lock expires and sends it again, with the same delivery id.
const root = join(__dirname, '../..');
const KEY = 'test-killsub-secret-0001';
const run = runSuffix();
const env = testEnv({
  API_KEYS: `killer-${run}:${KEY}:alerts.manage`,
  ALERTS_ALLOWED_HOSTS: '127.0.0.1',
  ALERTS_REDIS_PREFIX: `test-${run}`,
  ALERTS_RETRY_DELAY_MS: '200',
  ALERTS_LOCK_DURATION_MS: '2000',
  ALERTS_SUBSCRIPTION_REFRESH_MS: '100',
});

function claim(id: string): Claim {
  return {
    kind: 'claim',
    id,
    articleId: `art-${id}`,
    publisher: `kill-${run}`,
    revision: 1,
    language: 'en',
    span: { start: 0, end: 10 },
    text: 'The agency said prices rose.',
    source: { id: `org:agency-${run}`, name: 'Agency', kind: 'organization', surface: 'the agency' },
    cue: { surface: 'said' },
    stance: 'asserts',
    hedged: false,
    content: 'prices rose',
    quantities: [],
    statedAt: { start: '2026-11-01' },
    entities: [],
    confidence: 0.9,
  };
}

describe('alerts: a delivery worker killed mid-delivery', () => {
  let api: INestApplication;
  let matcher: RunningAlerts;
  let worker: RunningAlerts | undefined;
  let child: ChildProcess | undefined;
  let publisher: EventPublisher;
  const hooks = new WebhookReceiver();

  beforeAll(async () => {
    await migrate(env);
    await hooks.start();
    api = await createApiApp(loadApiConfig(env));
    await api.init();
    matcher = await startAlerts(env, { match: true, deliver: false });
    publisher = new EventPublisher(
      createKafka({ brokers: env.KAFKA_BROKERS!.split(','), clientId: 'alerts-kill-test' }, createLogger('test', 'error')),
    );
    await publisher.connect();
  }, 120_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    await publisher?.disconnect();
    await worker?.stop();
    await matcher?.stop();
    await api?.close();
    await hooks.stop();
  }, 60_000);

  it('loses no alert, and the repeat carries the same delivery id', async () => {
    let held!: () => void;
    const firstHeld = new Promise<void>((r) => (held = r));
    hooks.answerWith((n) => {
      if (n === 1) {
        held();
        return 'hold';
      }
      return 200;
    });
    const sub = (
      await request(api.getHttpServer())
        .post('/v1/subscriptions')
        .set('authorization', `Bearer ${KEY}`)
        .send({ url: hooks.url, filter: { publishers: [`kill-${run}`] } })
        .expect(201)
    ).body as { id: string };
    await new Promise((r) => setTimeout(r, 500));

    mkdirSync(join(root, '.run', 'alerts-test'), { recursive: true });
    const log = openSync(join(root, '.run', 'alerts-test', 'delivery-worker.log'), 'a');
    child = spawn(process.execPath, ['-r', './deploy/runtime/register-paths.js', 'dist/apps/alerts/src/delivery-worker.main.js'], {
      cwd: root,
      // One delivery at a time: the one held open is the only one in flight when it dies. (With
      // more, a delivery answered but not yet recorded is sent again too, as at-least-once allows.)
      env: { PATH: process.env.PATH, ...env, ALERTS_WORKER_CONCURRENCY: '1' },
      stdio: ['ignore', log, log],
    });
    const exited = new Promise<void>((r) => child!.once('exit', () => r()));

    const topic = topicNames(env.KAFKA_TOPIC_PREFIX).claimsRecorded;
    const ids = [1, 2, 3, 4].map((i) => `c-kill-${i}-${run}`);
    for (const id of ids) {
      const event: ClaimsRecordedV1 = {
        publisher: `kill-${run}`,
        articleId: `art-${id}`,
        revision: 1,
        publishedAt: '2026-11-01T10:00:00Z',
        claims: [claim(id)],
        supersededClaimIds: [],
        recordedAt: new Date().toISOString(),
      };
      await publisher.publish(topic, [{ key: `kill-${run}/art-${id}`, value: event }]);
    }

    await firstHeld;
    const first = hooks.received[0]!;
    child.kill('SIGKILL');
    await exited;

    // Another worker: it takes the job over once the dead worker's lock has expired.
    worker = await startAlerts(env, { match: false, deliver: true });
    const deliveries = await expectEventually(
      async () => {
        const res = await request(api.getHttpServer())
          .get(`/v1/subscriptions/${sub.id}/deliveries`)
          .set('authorization', `Bearer ${KEY}`)
          .expect(200);
        const list = res.body.deliveries as {
          id: string;
          status: string;
          attempts: { attempt: number; outcome: string; statusCode: number | null }[];
        }[];
        expect(list).toHaveLength(4);
        expect(list.map((d) => d.status)).toEqual(['delivered', 'delivered', 'delivered', 'delivered']);
        return list;
      },
      { timeoutMs: 30_000 },
    );
    const killed = deliveries.find((d) => d.id === first.headers['x-delivery-id'])!;
    expect(killed.attempts.map((a) => [a.attempt, a.outcome, a.statusCode])).toEqual([
      [1, 'interrupted', null],
      [2, 'delivered', 200],
    ]);
    const repeats = hooks.received.filter((h) => h.headers['x-delivery-id'] === first.headers['x-delivery-id']);
    expect(repeats).toHaveLength(2);
    expect(repeats[1]!.body).toBe(first.body);
    // Every alert arrived; each id other than the interrupted one exactly once.
    expect(new Set(hooks.received.map((h) => JSON.parse(h.body).claim.id))).toEqual(new Set(ids));
    expect(hooks.received).toHaveLength(5);
  }, 90_000);
});
