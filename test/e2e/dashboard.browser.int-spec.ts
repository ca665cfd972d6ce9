import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import request from 'supertest';
import { analystFeed } from '../support/analyst-feed';
import { expectEventually } from '../support/expect-eventually';
import { startPipeline, type RunningPipeline } from '../support/pipeline';
import { ANALYST_KEY, PUBLISHER_KEY, runSuffix, testEnv } from '../support/test-env';

// Debian's chromium (deploy/local/test.sh installs it when missing); Playwright's own
// browser download does not work here. A missing browser fails the suite, never skips it.
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(__dirname, '../../.run/browser');

const suffix = runSuffix();
const baseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';
const dbUrl = (() => {
  const u = new URL(baseUrl);
  u.pathname = `${u.pathname}_ui_${suffix}`;
  return u.toString();
})();

describe('the dashboard in a real browser (chromium)', () => {
  let pipeline: RunningPipeline;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  let userDataDir: string;
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); npm test does so`);
    mkdirSync(SHOTS, { recursive: true });
    pipeline = await startPipeline(testEnv({ DATABASE_URL: dbUrl }));
    await pipeline.api.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(pipeline.api.getHttpServer().address() as AddressInfo).port}`;
    const feed = analystFeed(suffix);
    for (const a of feed) {
      await request(pipeline.gateway.getHttpServer())
        .post('/v1/articles')
        .set('authorization', `Bearer ${PUBLISHER_KEY}`)
        .send(a)
        .expect(202);
    }
    // Wait until the seed story is stored and linked, as an analyst would find it.
    await expectEventually(
      async () => {
        const res = await request(pipeline.api.getHttpServer())
          .get('/v1/claims?source=country:KR&relation=updates')
          .set('authorization', `Bearer ${ANALYST_KEY}`)
          .expect(200);
        expect(res.body.claims.length).toBeGreaterThan(0);
        const html = await request(pipeline.api.getHttpServer())
          .get('/v1/claims?publisher=sample-hostile')
          .set('authorization', `Bearer ${ANALYST_KEY}`)
          .expect(200);
        expect(html.body.claims.length).toBeGreaterThan(0);
      },
      { timeoutMs: 90_000 },
    );
    userDataDir = mkdtempSync(join(tmpdir(), 'claim-ledger-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await pipeline?.stop();
    // The maintenance database: the base test database need not exist.
    const adminUrl = new URL(baseUrl);
    adminUrl.pathname = '/postgres';
    const admin = new Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${new URL(dbUrl).pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
  }, 60_000);

  it('signs in with a key and lists claims, escaping a claim that holds <script>', async () => {
    await page.goto(`${origin}/dashboard`);
    await page.getByTestId('key-input').fill(ANALYST_KEY);
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByTestId('claims-table').waitFor();
    expect(await page.getByTestId('claim-row').count()).toBeGreaterThan(10);
    await shot('claims');

    await page.fill('#f-q', 'council approved');
    await page.getByTestId('apply-filters').click();
    await expectEventually(async () =>
      expect(await page.getByTestId('claim-content').allTextContents()).toEqual([
        expect.stringContaining('<script>window.__pwned = 1</script>'),
      ]),
    );
    // Shown as text, never run.
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main script').count()).toBe(0);
    await shot('claims-html-as-text');
  }, 60_000);

  it('filters without diacritics and by source, then clicks through to the proposition with its chart', async () => {
    await page.goto(`${origin}/dashboard#/claims`);
    await page.fill('#f-q', 'constanta');
    await page.getByTestId('apply-filters').click();
    await expectEventually(async () => {
      // Found in the claim or in the name of its source, written with its diacritics.
      const rows = await page.getByTestId('claim-row').allTextContents();
      expect(rows.length).toBeGreaterThan(1);
      expect(rows.every((r) => /Constanța/.test(r))).toBe(true);
    });

    await page.goto(`${origin}/dashboard#/claims`);
    await page.fill('#f-source', 'South Korea');
    await page.fill('#f-quantityUnit', 'container');
    await page.fill('#f-quantityMin', '7000');
    await page.getByTestId('apply-filters').click();
    await expectEventually(async () => {
      const rows = await page.getByTestId('claim-row').allTextContents();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.includes('South Korea') && r.includes('7,000'))).toBe(true);
    });
    await shot('claims-filtered');

    await page.getByTestId('proposition-link').first().click();
    await page.getByTestId('chart').waitFor();
    expect(await page.getByTestId('proposition-title').textContent()).toMatch(/containers/);
    // The chart: a point per figure, a series per source, South Korea's among them.
    expect(await page.getByTestId('chart-point').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByTestId('chart-legend').allTextContents()).toEqual(expect.arrayContaining(['South Korea', 'United States']));
    // Conflicts and updates with their reasons.
    const marks = await page.getByTestId('mark').allTextContents();
    expect(marks.some((m) => m.startsWith('update') && m.includes('South Korea'))).toBe(true);
    expect(marks.some((m) => m.startsWith('conflict') && /denies/.test(m))).toBe(true);
    // Its claims in both languages.
    expect(await page.getByTestId('claims-en').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('claims-ro').locator('li').count()).toBeGreaterThan(0);
    const timeline = await page.getByTestId('timeline-row').allTextContents();
    expect(timeline.findIndex((r) => r.includes('1,000'))).toBeLessThan(timeline.findIndex((r) => r.includes('7,000')));
    await shot('proposition');
  }, 60_000);

  it('clicks through to an article with its claims highlighted', async () => {
    await page.getByTestId('article-link').filter({ hasText: 'article' }).last().click();
    await page.getByTestId('article-body').waitFor();
    const highlights = await page.getByTestId('claim-highlight').count();
    const claims = await page.getByTestId('article-claim').allTextContents();
    expect(highlights).toBeGreaterThan(0);
    expect(highlights).toBeLessThanOrEqual(claims.length);
    expect(claims.every((c) => /stated \d{4}-\d{2}-\d{2}/.test(c) && /(asserts|denies)/.test(c))).toBe(true);
    await shot('article');

    // The hostile article: its <script> highlighted as text in the body.
    await page.goto(`${origin}/dashboard#/claims?publisher=sample-hostile`);
    await page.getByTestId('article-link').first().click();
    await page.getByTestId('article-body').waitFor();
    expect(await page.getByTestId('claim-highlight').first().textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.getByTestId('article-title').textContent()).toBe('Council <b>budget</b> vote');
    await shot('article-html-as-text');
  }, 60_000);

  it('shows the conflicts feed, the propositions list and a source page', async () => {
    await page.getByTestId('nav-conflicts').click();
    await page.getByTestId('feed-item').first().waitFor();
    const items = await page.getByTestId('feed-item').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((i) => /denies/.test(i))).toBe(true);
    await shot('conflicts');

    await page.getByTestId('nav-propositions').click();
    await page.getByTestId('proposition-item').first().waitFor();
    expect(await page.getByTestId('proposition-item').count()).toBeGreaterThan(3);
    await shot('propositions');

    await page.goto(`${origin}/dashboard#/sources/country%3AKR`);
    await page.getByTestId('source-title').waitFor();
    expect(await page.getByTestId('source-title').textContent()).toBe('South Korea');
    expect(await page.getByTestId('contradicted-by').textContent()).toMatch(/Russia/);
    await shot('source');
  }, 60_000);

  it('sends a person with a wrong key back to sign in, saying why', async () => {
    await page.getByTestId('logout').click();
    await page.getByTestId('key-input').fill('not-a-key-of-ours');
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByTestId('error').textContent()).resolves.toContain('the API key is not known');
    await shot('wrong-key');
  }, 30_000);
});
