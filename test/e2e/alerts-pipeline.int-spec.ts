import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { migrate, startAlerts, type RunningAlerts } from '../support/alerts-service';
import { expectEventually } from '../support/expect-eventually';
import { startPipeline, type RunningPipeline } from '../support/pipeline';
import { PUBLISHER_KEY, runSuffix, testEnv } from '../support/test-env';
import { WebhookReceiver } from '../support/webhook-receiver';

// End to end: articles posted to the gateway go through the extractor, the ledger and the
// linker; a claim that conflicts with the ledger reaches a subscriber as a signed webhook.
const dev = join(__dirname, '../../../shared/eval/dev');
const articles = readdirSync(dev)
  .filter((f) => f.endsWith('.json') && f !== 'links.json')
  .map(
    (f) => (JSON.parse(readFileSync(join(dev, f), 'utf8')) as { article: { id: string; publisher: string; publishedAt: string } }).article,
  );

const KEY = 'test-pipesub-secret-0001';
const run = runSuffix();
const env = testEnv({
  API_KEYS: `test-publisher:${PUBLISHER_KEY}:articles.write;pipesub-${run}:${KEY}:alerts.manage`,
  ALERTS_ALLOWED_HOSTS: '127.0.0.1',
  ALERTS_REDIS_PREFIX: `test-${run}`,
  ALERTS_SUBSCRIPTION_REFRESH_MS: '100',
});

describe('alerts end to end: gateway to signed webhook', () => {
  let pipeline: RunningPipeline;
  let alerts: RunningAlerts;
  const hooks = new WebhookReceiver();

  beforeAll(async () => {
    await migrate(env);
    await hooks.start();
    pipeline = await startPipeline(env);
    alerts = await startAlerts(env, { match: true, deliver: true });
  }, 120_000);
  afterAll(async () => {
    await alerts?.stop();
    await pipeline?.stop();
    await hooks.stop();
  }, 60_000);

  it('an article whose claim conflicts with the ledger produces a signed webhook', async () => {
    const sub = (
      await request(pipeline.api.getHttpServer())
        .post('/v1/subscriptions')
        .set('authorization', `Bearer ${KEY}`)
        .send({ url: hooks.url, name: 'conflicts', filter: { relation: 'conflicts' } })
        .expect(201)
    ).body as { id: string; secret: string };
    await new Promise((r) => setTimeout(r, 500));

    const suffix = runSuffix();
    for (const a of [...articles].sort((x, y) => x.publishedAt.localeCompare(y.publishedAt))) {
      await request(pipeline.gateway.getHttpServer())
        .post('/v1/articles')
        .set('authorization', `Bearer ${PUBLISHER_KEY}`)
        .send({ ...a, id: `${a.id}-${suffix}` })
        .expect(202);
    }

    const hook = await expectEventually(
      () => {
        const h = hooks.received.find((r) => JSON.parse(r.body).event === 'link.conflicts');
        expect(h).toBeDefined();
        return h!;
      },
      { timeoutMs: 90_000 },
    );
    // Verified as a subscriber would, with nothing but node:crypto and the secret shown at creation.
    const id = hook.headers['webhook-id'] as string;
    const timestamp = hook.headers['webhook-timestamp'] as string;
    const key = Buffer.from(sub.secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${hook.body}`).digest('base64');
    expect(hook.headers['x-signature']).toBe(`v1,${expected}`);
    expect(hook.headers['x-delivery-id']).toBe(id);
    expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(300);

    const alert = JSON.parse(hook.body);
    expect(alert).toMatchObject({ type: 'alert.v1', id, subscriptionId: sub.id, event: 'link.conflicts' });
    expect(alert.link.relation).toBe('conflicts');
    expect([alert.link.from, alert.link.to].sort()).toEqual([alert.claim.id, alert.otherClaim.id].sort());
    expect(alert.link.reason.length).toBeGreaterThan(0);
    expect(alert.proposition.id).toBe(alert.claim.propositionId);
    // The alert is about the claim just posted; the other end was in the ledger.
    expect(alert.claim.articleId.endsWith(suffix)).toBe(true);
  }, 120_000);
});
