import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { startAlerts, type RunningAlerts } from '../support/alerts-service';
import { expectEventually } from '../support/expect-eventually';
import { dropDatabase, ownDatabaseUrl } from '../support/own-database';
import { startPipeline, type RunningPipeline } from '../support/pipeline';
import { runSuffix, testEnv } from '../support/test-env';

// The README tutorial, step by step, with its own files (docs/tutorial/): the two
// articles checked offline with `claim-ledger analyze`, the subscription created with the
// dev analyst key, the receiver script started with the secret, the articles posted to
// the gateway with the dev publisher key, and the signed conflict alert verified by the
// receiver. The services run in this process on the test's own topics and database (the
// tutorial's article ids are fixed: earlier runs' claims must not be in its ledger).
const root = join(__dirname, '../..');
const tutorial = join(root, 'docs/tutorial');
const file = (name: string) => readFileSync(join(tutorial, name), 'utf8');
// The keys `npm start` uses (deploy/local/env.sh), which the tutorial's commands send.
const PUBLISHER = 'dev-publisher-secret-0001';
const ANALYST = 'dev-analyst-secret-0001';

const run = runSuffix();
const env = testEnv({
  API_KEYS: 'dev-publisher:dev-publisher-secret-0001:articles.write;dev-analyst:dev-analyst-secret-0001:claims.read+alerts.manage',
  // As the tutorial starts the stack: the receiver is on 127.0.0.1.
  ALERTS_ALLOWED_HOSTS: '127.0.0.1',
  ALERTS_REDIS_PREFIX: `test-${run}`,
  ALERTS_SUBSCRIPTION_REFRESH_MS: '100',
});
env.DATABASE_URL = ownDatabaseUrl(env.DATABASE_URL!, 'tutorial');

/** A port nothing listens on now, for the receiver (the tutorial's 9000 may be taken on a shared machine). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** A POST the alerts service did not sign, as anyone could send to the receiver. */
function forged(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/hook',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': 'dlv_forged',
          'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
          'webhook-signature': `v1,${Buffer.alloc(32).toString('base64')}`,
        },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode!);
      },
    );
    req.on('error', reject);
    req.end('{"type":"alert.v1","event":"link.conflicts"}');
  });
}

describe('README tutorial: from a fresh clone to a conflict alert at a local webhook', () => {
  let pipeline: RunningPipeline;
  let alerts: RunningAlerts;
  let receiver: ChildProcess | null = null;
  let output = '';

  beforeAll(async () => {
    pipeline = await startPipeline(env);
    alerts = await startAlerts(env, { match: true, deliver: true });
  }, 120_000);
  afterAll(async () => {
    receiver?.kill('SIGTERM');
    await alerts?.stop();
    await pipeline?.stop();
    await dropDatabase(env.DATABASE_URL!);
  }, 60_000);

  it('step 2: the engine links the two articles as a conflict, offline', () => {
    const r = spawnSync('node', [join(root, 'bin/claim-ledger.js'), 'analyze'], {
      input: file('article-1.json') + file('article-2.json'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const links = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; relation?: string; reason?: string })
      .filter((x) => x.kind === 'link');
    expect(links).toContainEqual(
      expect.objectContaining({ relation: 'conflicts', reason: expect.stringMatching(/19 people .* 12 people/) }),
    );
  });

  it('steps 3-6: subscribe, receive, post both articles, and a verified conflict alert arrives', async () => {
    // Step 3: the subscription of docs/tutorial/subscription.json, to the receiver's port.
    const port = await freePort();
    const subscription = JSON.parse(file('subscription.json')) as { url: string };
    const url = new URL(subscription.url);
    expect(url.hostname).toBe('127.0.0.1');
    url.port = String(port);
    const sub = (
      await request(pipeline.api.getHttpServer())
        .post('/v1/subscriptions')
        .set('authorization', `Bearer ${ANALYST}`)
        .send({ ...subscription, url: url.toString() })
        .expect(201)
    ).body as { id: string; secret: string };
    expect(sub.secret).toMatch(/^whsec_/);

    // Step 4: the receiver, with the secret.
    receiver = spawn('node', [join(tutorial, 'receive-webhooks.mjs')], {
      env: { ...process.env, WEBHOOK_SECRET: sub.secret, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    receiver.stdout!.on('data', (d: Buffer) => (output += d.toString('utf8')));
    receiver.stderr!.on('data', (d: Buffer) => (output += d.toString('utf8')));
    await expectEventually(() => expect(output).toContain(`listening on http://127.0.0.1:${port}/hook`), { timeoutMs: 10_000 });
    // Its check is a real one: a request without the subscription's signature is refused.
    expect(await forged(port)).toBe(401);
    // The receiver logs through a pipe, which may deliver after the response has come back.
    await expectEventually(() => expect(output).toContain('refused: POST /hook: signature INVALID'), { timeoutMs: 10_000 });

    // Step 5: both articles to the gateway, one after the other.
    for (const name of ['article-1.json', 'article-2.json']) {
      await request(pipeline.gateway.getHttpServer())
        .post('/v1/articles')
        .set('authorization', `Bearer ${PUBLISHER}`)
        .set('content-type', 'application/json')
        .send(file(name))
        .expect(202);
    }

    // Step 6: what the receiver prints.
    const alert = await expectEventually(
      () => {
        const line = output.split('\n').find((l) => / {2}payload: /.test(l));
        expect(output).toMatch(/alert dlv_\S+: signature valid: link\.conflicts/);
        expect(line).toBeDefined();
        return JSON.parse(line!.replace(/^ {2}payload: /, '')) as {
          type: string;
          subscriptionId: string;
          event: string;
          link: { relation: string; reason: string };
          claim: { content: string; source: { name: string } };
          otherClaim: { content: string; source: { name: string } };
        };
      },
      { timeoutMs: 90_000 },
    );
    expect(alert).toMatchObject({ type: 'alert.v1', subscriptionId: sub.id, event: 'link.conflicts', link: { relation: 'conflicts' } });
    expect(alert.link.reason).toMatch(
      /19 people \(Red Cross\) vs 12 people \(Andrei Vasilescu\)|12 people \(Andrei Vasilescu\) vs 19 people \(Red Cross\)/,
    );
    expect([alert.claim.source.name, alert.otherClaim.source.name].sort()).toEqual(['Andrei Vasilescu', 'Red Cross']);
    expect(output).toContain('why: ');

    // Step 7: the delivery, as the API lists it.
    const deliveries = await expectEventually(async () => {
      const res = await request(pipeline.api.getHttpServer())
        .get(`/v1/subscriptions/${sub.id}/deliveries`)
        .set('authorization', `Bearer ${ANALYST}`)
        .expect(200);
      const body = res.body as { deliveries: { status: string; attempts: { statusCode: number | null }[] }[] };
      expect(body.deliveries.some((d) => d.status === 'delivered')).toBe(true);
      return body.deliveries;
    });
    expect(deliveries.find((d) => d.status === 'delivered')!.attempts.map((a) => a.statusCode)).toContain(204);
  }, 150_000);
});
