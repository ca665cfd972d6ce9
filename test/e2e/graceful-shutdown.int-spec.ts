import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createKafka, EventPublisher, topicDefinitions, topicNames } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import { expectEventually } from '../support/expect-eventually';
import { ServiceProcess } from '../support/service-process';
import { runSuffix, testEnv } from '../support/test-env';
import { TopicObserver } from '../support/topic-observer';

const root = join(__dirname, '../..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

async function ready(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200;
  } catch {
    return false;
  }
}

// Issue 14, graceful shutdown: on SIGTERM a consumer finishes the message in hand,
// commits, leaves its group and exits within SHUTDOWN_TIMEOUT_MS; the next instance goes
// on from the committed offsets, so no message is processed twice across the restart.
// The extractor runs from dist/ (npm test builds first), as `npm start` runs it.
describe('an extractor stopped with SIGTERM in the middle of a stream', () => {
  const shutdownTimeoutMs = 15_000;
  const env = testEnv({ LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: String(shutdownTimeoutMs) });
  const brokers = env.KAFKA_BROKERS!.split(',');
  const topics = topicNames(env.KAFKA_TOPIC_PREFIX);
  const run = runSuffix();
  const total = 300;
  // Articles of 40 paragraphs (a few ms of extraction each, against 0.1 ms for one sentence):
  // on a fast machine 300 one-sentence articles were all extracted before the SIGTERM landed,
  // and the stream was over before the stop it is about.
  const paragraphs = (i: number) =>
    Array.from({ length: 40 }, (_, k) => `Ministrul a declarat ieri că bugetul crește cu ${i + k}%. „Vom vedea”, a spus el.`).join('\n\n');
  let publisher: EventPublisher;
  let extracted: TopicObserver;
  const processes: ServiceProcess[] = [];

  const start = async (): Promise<ServiceProcess> => {
    const port = await freePort();
    const p = new ServiceProcess('extractor', { ...env, OPS_HTTP_PORT: String(port) }, 'shutdown');
    p.start();
    processes.push(p);
    await expectEventually(async () => expect(await ready(port)).toBe(true), { timeoutMs: 60_000, intervalMs: 250 });
    return p;
  };

  beforeAll(async () => {
    publisher = new EventPublisher(createKafka({ brokers, clientId: 'test-producer' }, createLogger('test', 'error')));
    await publisher.connect();
  }, 30_000);

  afterAll(async () => {
    for (const p of processes) await p.kill('SIGKILL');
    await extracted?.stop();
    await publisher?.disconnect();
    const admin = createKafka({ brokers, clientId: 'test-cleanup' }, createLogger('cleanup', 'error')).admin();
    await admin.connect();
    await admin
      .deleteTopics({ topics: topicDefinitions(env.KAFKA_TOPIC_PREFIX).map((t) => t.name), timeout: 10_000 })
      .catch(() => undefined);
    await admin.disconnect();
  }, 60_000);

  it('finishes and commits what it holds, exits in time, and its successor processes nothing twice', async () => {
    const logStart = existsSync(join(root, '.run/shutdown/extractor.log')) ? statSync(join(root, '.run/shutdown/extractor.log')).size : 0;
    const first = await start();
    extracted = new TopicObserver(brokers, topics.claimsExtracted, `${env.KAFKA_GROUP_PREFIX}.observe-extracted`);
    await extracted.start();
    const keys = Array.from({ length: total }, (_, i) => `shutdown/${i}-${run}`);
    await publisher.publish(
      topics.articles,
      keys.map((key, i) => ({
        key,
        value: {
          id: `${i}-${run}`,
          publisher: 'shutdown',
          body: paragraphs(i),
          publishedAt: '2025-06-05T10:00:00+03:00',
        },
      })),
    );
    // Stopped while articles are still flowing.
    await expectEventually(() => expect(extracted.messages.length).toBeGreaterThanOrEqual(20), { timeoutMs: 60_000, intervalMs: 50 });
    const stoppedAt = Date.now();
    await first.kill('SIGTERM');
    const stopMs = Date.now() - stoppedAt;
    // Nest's shutdown hooks end by re-raising the signal; a forced exit (the deadline) would be status 1.
    expect(first.exit).toEqual({ code: null, signal: 'SIGTERM' });
    const log = readFileSync(join(root, '.run/shutdown/extractor.log'), 'utf8').slice(logStart);
    expect(log).toContain('consumer stopped: the messages in hand finished and committed, the group left');
    expect(stopMs).toBeLessThan(shutdownTimeoutMs);
    const beforeRestart = extracted.messages.length;
    expect(beforeRestart).toBeLessThan(total);

    await start();
    await expectEventually(() => expect(new Set(extracted.messages.map((m) => m.key)).size).toBe(total), { timeoutMs: 120_000 });
    // Give a duplicate time to show up, then count each article's events.
    await new Promise((r) => setTimeout(r, 2_000));
    const perKey = new Map<string, number>();
    for (const m of extracted.messages) perKey.set(m.key!, (perKey.get(m.key!) ?? 0) + 1);
    expect([...perKey.entries()].filter(([, n]) => n > 1)).toEqual([]);
    expect(extracted.messages).toHaveLength(total);
  }, 240_000);

  it('exits with status 1 when shutting down outlasts SHUTDOWN_TIMEOUT_MS', async () => {
    // A process whose shutdown never ends (a timer keeps it alive, nothing closes it).
    const script = `
      const { exitWithinAfterSignal, createLogger } = require('@claim-ledger/observability');
      exitWithinAfterSignal(1000, createLogger('stuck', 'silent'));
      process.on('SIGTERM', () => {});
      setInterval(() => {}, 1000);
      process.stdout.write('ready\\n');
    `;
    const started = Date.now();
    const child = execFile(process.execPath, ['-r', './deploy/runtime/register-paths.js', '-e', script], { cwd: root });
    await new Promise<void>((r) => child.stdout!.once('data', () => r()));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    const signalled = Date.now();
    expect(await exited).toBe(1);
    const waited = Date.now() - signalled;
    expect(waited).toBeGreaterThanOrEqual(900);
    expect(waited).toBeLessThan(5_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
