import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { claimSchema, type Claim, type Link } from '@claim-ledger/contracts';
import { loadApiConfig } from '../../apps/api/src/api.config';
import { claimsQueryParams } from '../../apps/api/src/claims-query.schema';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { openApiSchema } from '../../apps/api/src/openapi-zod';
import { analystFeed, type FeedArticle } from '../support/analyst-feed';
import { expectEventually } from '../support/expect-eventually';
import { startPipeline, type RunningPipeline } from '../support/pipeline';
import { ANALYST_KEY, PUBLISHER_KEY, runSuffix, testEnv } from '../support/test-env';

// A database of this suite's own, so that what the linker files under one proposition is
// exactly what this suite sent (the shared test database holds earlier runs' claims).
const suffix = runSuffix();
const baseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';
const dbUrl = (() => {
  const u = new URL(baseUrl);
  u.pathname = `${u.pathname}_api_${suffix}`;
  return u.toString();
})();
const env = testEnv({ DATABASE_URL: dbUrl });
const auth = ['authorization', `Bearer ${ANALYST_KEY}`] as const;

/** RFC 4180 CSV, enough to read back what the export wrote (quoted fields with commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

afterAll(async () => {
  // The maintenance database: the base test database need not exist.
  const adminUrl = new URL(baseUrl);
  adminUrl.pathname = '/postgres';
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${new URL(dbUrl).pathname.slice(1)}" WITH (FORCE)`);
  await admin.end();
}, 30_000);

describe("the analysts' API over a ledger filled through the pipeline", () => {
  let pipeline: RunningPipeline;
  let feed: FeedArticle[];
  let seven: Claim;
  const api = () => request(pipeline.api.getHttpServer());
  const get = (path: string) =>
    api()
      .get(path)
      .set(...auth);

  beforeAll(async () => {
    pipeline = await startPipeline(env);
    feed = analystFeed(suffix);
    for (const a of feed) {
      await request(pipeline.gateway.getHttpServer())
        .post('/v1/articles')
        .set('authorization', `Bearer ${PUBLISHER_KEY}`)
        .send(a)
        .expect(202);
    }
    // The hostile article's second revision, for the revisions page.
    const html = feed.find((a) => a.publisher === 'sample-hostile')!;
    await request(pipeline.gateway.getHttpServer())
      .post('/v1/articles')
      .set('authorization', `Bearer ${PUBLISHER_KEY}`)
      .send({ ...html, revision: 2, body: `${html.body}\n\nThe opposition said on Wednesday that the budget was 4 million euros.` })
      .expect(202);
    // Every article stored, and the seed's 7,000 containers filed and linked.
    seven = await expectEventually(
      async () => {
        const res = await get('/v1/claims?source=country:KR&quantityUnit=container&quantityMin=7000&quantityMax=7000').expect(200);
        const c = (res.body.claims as Claim[])[0];
        expect(c?.propositionId).toBeDefined();
        const timeline = await get(`/v1/propositions/${c!.propositionId}/timeline`).expect(200);
        expect(timeline.body.entries.length).toBeGreaterThanOrEqual(12);
        const article = await get(`/v1/articles/sample-hostile/${encodeURIComponent(html.id)}`).expect(200);
        expect(article.body.article.revision).toBe(2);
        return c!;
      },
      { timeoutMs: 90_000 },
    );
  }, 180_000);

  afterAll(async () => {
    await pipeline?.stop();
  }, 60_000);

  it('filters claims by source, entity, proposition, language, stance, hedged and relation', async () => {
    const kr = (await get('/v1/claims?source=South%20Korea').expect(200)).body.claims as Claim[];
    expect(kr.length).toBeGreaterThan(0);
    expect(kr.every((c) => c.source.id === 'country:KR')).toBe(true);

    const denials = (await get('/v1/claims?stance=denies&language=en').expect(200)).body.claims as Claim[];
    expect(denials.length).toBeGreaterThan(0);
    expect(denials.every((c) => c.stance === 'denies' && c.language === 'en')).toBe(true);

    const members = (await get(`/v1/claims?proposition=${seven.propositionId}&limit=500`).expect(200)).body.claims as Claim[];
    expect(members.length).toBeGreaterThanOrEqual(12);
    expect(new Set(members.map((c) => c.language))).toEqual(new Set(['ro', 'en']));

    const aboutKorea = (await get('/v1/claims?entity=country:KP&limit=500').expect(200)).body.claims as Claim[];
    expect(aboutKorea.length).toBeGreaterThan(0);
    expect(aboutKorea.every((c) => c.entities.some((e) => e.id === 'country:KP'))).toBe(true);

    const hedged = (await get('/v1/claims?hedged=true&limit=500').expect(200)).body.claims as Claim[];
    const plain = (await get('/v1/claims?hedged=false&limit=500').expect(200)).body.claims as Claim[];
    const all = (await get('/v1/claims?limit=500').expect(200)).body.claims as Claim[];
    expect(hedged.every((c) => c.hedged)).toBe(true);
    expect(plain.every((c) => !c.hedged)).toBe(true);
    expect(hedged.length + plain.length).toBe(all.length);

    const above = (await get('/v1/claims?quantityUnit=container&quantityMin=8000&limit=500').expect(200)).body.claims as Claim[];
    expect(above.flatMap((c) => c.quantities.map((q) => q.value))).toContain(9000);
    // The 7,000 containers update Shin Won-sik's earlier figure; the denials conflict.
    const updated = (await get('/v1/claims?relation=updates&limit=500').expect(200)).body.claims as Claim[];
    expect(updated.map((c) => c.id)).toContain(seven.id);
    const conflicting = (await get('/v1/claims?relation=conflicts&stance=denies&limit=500').expect(200)).body.claims as Claim[];
    expect(conflicting.length).toBeGreaterThan(0);
    expect(conflicting.every((c) => c.stance === 'denies' && c.propositionId === seven.propositionId)).toBe(true);

    const unknown = await get('/v1/claims?source=nobody-at-all').expect(200);
    expect(unknown.body).toEqual({ claims: [], next: null });
  });

  it('filters by ranges of statedAt, eventTime, publishedAt and by a figure range with its unit', async () => {
    const stated = (await get('/v1/claims?statedFrom=2023-12-01&statedTo=2024-02-28&limit=500').expect(200)).body.claims as Claim[];
    expect(stated.length).toBeGreaterThan(0);
    expect(stated.every((c) => c.statedAt.start >= '2023-12-01' && c.statedAt.start <= '2024-02-28')).toBe(true);

    const event = (await get('/v1/claims?eventFrom=2023-07-01&eventTo=2023-07-31&limit=500').expect(200)).body.claims as Claim[];
    expect(event.length).toBeGreaterThan(0);
    for (const c of event) {
      expect((c.eventTime?.end ?? c.eventTime?.start)! >= '2023-07-01').toBe(true);
      expect((c.eventTime?.start ?? c.eventTime?.end)! <= '2023-07-31').toBe(true);
    }
    // Periods inferred (from the claims before, or the day said) apart from those named.
    const named = (await get('/v1/claims?eventInferred=false&limit=500').expect(200)).body.claims as Claim[];
    const inferred = (await get('/v1/claims?eventInferred=true&limit=500').expect(200)).body.claims as Claim[];
    expect(named.length).toBeGreaterThan(0);
    expect(inferred.length).toBeGreaterThan(0);
    expect(named.every((c) => !c.eventTime?.inferred)).toBe(true);
    expect(inferred.every((c) => c.eventTime?.inferred === true)).toBe(true);

    const june = (await get('/v1/claims?publishedFrom=2025-06-01&publishedTo=2025-06-30T23:59:59Z&limit=500').expect(200)).body
      .claims as Claim[];
    const juneArticles = new Set(feed.filter((a) => a.publishedAt.startsWith('2025-06')).map((a) => a.id));
    expect(june.length).toBeGreaterThan(0);
    expect(june.every((c) => juneArticles.has(c.articleId))).toBe(true);

    const figures = (await get('/v1/claims?quantityUnit=container&quantityMin=6000&quantityMax=8000&limit=500').expect(200)).body
      .claims as Claim[];
    const values = figures.flatMap((c) => c.quantities.filter((q) => q.unit === 'container').map((q) => q.value));
    expect(new Set(values)).toEqual(new Set([6700, 7000]));
  });

  it('searches the full text in Romanian and English, with or without diacritics', async () => {
    const withMarks = (await get(`/v1/claims?q=${encodeURIComponent('Constanța')}`).expect(200)).body.claims as Claim[];
    const without = (await get('/v1/claims?q=constanta').expect(200)).body.claims as Claim[];
    expect(without.map((c) => c.id).sort()).toEqual(withMarks.map((c) => c.id).sort());
    expect(new Set(without.map((c) => c.language))).toEqual(new Set(['ro', 'en']));
    // Romanian stems without diacritics: "intarzieri" finds "întârzieri".
    const delays = (await get('/v1/claims?q=intarzieri').expect(200)).body.claims as Claim[];
    expect(delays.some((c) => c.content.includes('întârzieri'))).toBe(true);
    // English stems: "containers" finds claims saying "container" in other forms, none without it.
    const containers = (await get('/v1/claims?q=containers&limit=500').expect(200)).body.claims as Claim[];
    expect(containers.length).toBeGreaterThan(0);
    expect(containers.every((c) => /container/i.test(c.content) || /containere/i.test(c.content))).toBe(true);
  });

  it('pages every listing with cursors, in the order asked, and cuts nothing off', async () => {
    const everything = (await get('/v1/claims?limit=500').expect(200)).body;
    expect(everything.next).toBeNull();
    for (const sort of ['-statedAt', 'statedAt', '-publishedAt', 'recordedAt']) {
      const seen: Claim[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { claims: Claim[]; next: string | null } } = await get(
          `/v1/claims?limit=7&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
        ).expect(200);
        seen.push(...res.body.claims);
        cursor = res.body.next;
      } while (cursor);
      expect(seen.map((c) => c.id).sort()).toEqual((everything.claims as Claim[]).map((c) => c.id).sort());
      expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
      if (sort === 'statedAt') {
        const dates = seen.map((c) => c.statedAt.start);
        expect(dates).toEqual([...dates].sort());
      }
    }
    // A cursor belongs to its order.
    const first = (await get('/v1/claims?limit=2').expect(200)).body;
    const wrong = await get(`/v1/claims?limit=2&sort=statedAt&cursor=${first.next}`).expect(400);
    expect(wrong.body.error.issues[0]).toMatchObject({ field: 'cursor' });

    // The proposition's claims and links, two at a time, add up to its counts.
    const detail = (await get(`/v1/propositions/${seven.propositionId}?limit=2`).expect(200)).body;
    const claims: Claim[] = [...detail.claims];
    const links: Link[] = [...detail.links];
    let next = detail.claimsNext;
    while (next) {
      const page = (await get(`/v1/propositions/${seven.propositionId}?limit=2&claimsCursor=${next}`).expect(200)).body;
      claims.push(...page.claims);
      next = page.claimsNext;
    }
    next = detail.linksNext;
    while (next) {
      const page = (await get(`/v1/propositions/${seven.propositionId}?limit=2&linksCursor=${next}`).expect(200)).body;
      links.push(...page.links);
      next = page.linksNext;
    }
    expect(claims.length).toBe(detail.claimCount);
    expect(new Set(claims.map((c) => c.id)).size).toBe(detail.claimCount);
    expect(links.length).toBe(detail.linkCount);
    expect(detail.linkCount).toBeGreaterThan(2);

    // A claim's links, one at a time.
    const all = (await get(`/v1/claims/${seven.id}/links?limit=500`).expect(200)).body;
    const paged: unknown[] = [];
    let linkCursor: string | null = null;
    do {
      const res: { body: { links: unknown[]; next: string | null } } = await get(
        `/v1/claims/${seven.id}/links?limit=1${linkCursor ? `&cursor=${linkCursor}` : ''}`,
      ).expect(200);
      paged.push(...res.body.links);
      linkCursor = res.body.next;
    } while (linkCursor);
    expect(paged).toEqual(all.links);
    expect(paged.length).toBeGreaterThan(1);
  });

  it('streams the same query as CSV and as NDJSON', async () => {
    const json = (await get('/v1/claims?language=ro&limit=500').expect(200)).body.claims as Claim[];
    const csv = await get('/v1/claims?language=ro&limit=1').set('accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual(expect.arrayContaining(['id', 'sourceName', 'content', 'quantities']));
    expect(rows.length - 1).toBe(json.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(json.map((c) => c.id));
    const contentAt = rows[0]!.indexOf('content');
    expect(rows.slice(1).map((r) => r[contentAt])).toEqual(json.map((c) => (/^[=+\-@]/.test(c.content) ? `'${c.content}` : c.content)));

    const nd = await get('/v1/claims?language=ro').set('accept', 'application/x-ndjson').expect(200);
    expect(nd.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = nd.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Claim & { publishedAt: string });
    expect(lines.map((c) => c.id)).toEqual(json.map((c) => c.id));
    expect(lines[0]!.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const none = await get('/v1/claims?source=nobody-at-all').set('accept', 'text/csv').expect(200);
    expect(parseCsv(none.text)).toHaveLength(1);
  });

  it('gives a proposition timeline with the seed figures, conflicts and updates marked, and its sources', async () => {
    const { body } = await get(`/v1/propositions/${seven.propositionId}/timeline`).expect(200);
    expect(body.proposition).toMatchObject({ id: seven.propositionId, languages: ['en', 'ro'] });
    expect(body.proposition.conflictCount).toBeGreaterThan(0);
    expect(body.proposition.updateCount).toBeGreaterThan(0);
    const entries = body.entries as {
      statedAt: string;
      source: { id: string };
      quantities: { value?: number; unit?: string }[];
      marks: { relation: string; reason: string; direction: string }[];
    }[];
    const dates = entries.map((e) => e.statedAt);
    expect(dates).toEqual([...dates].sort());
    // Who gave which figure when: 1,000 → 5,000 → 6,700 → 7,000 containers.
    const firsts: number[] = [];
    for (const e of entries)
      for (const q of e.quantities) if (q.unit === 'container' && q.value && !firsts.includes(q.value)) firsts.push(q.value);
    expect(firsts.slice(0, 4)).toEqual([1000, 5000, 6700, 7000]);
    const sevenEntry = entries.find((e) => e.source.id === 'country:KR' && e.quantities.some((q) => q.value === 7000))!;
    expect(sevenEntry.marks).toEqual(expect.arrayContaining([expect.objectContaining({ relation: 'updates', direction: 'to' })]));
    expect(sevenEntry.marks).toEqual(
      expect.arrayContaining([expect.objectContaining({ relation: 'conflicts', reason: expect.stringMatching(/denies/) })]),
    );

    const sources = (await get(`/v1/propositions/${seven.propositionId}/sources`).expect(200)).body;
    expect(sources.sourceCount).toBe(sources.sources.length);
    expect(sources.sources.map((s: { source: { id: string } }) => s.source.id)).toEqual(
      expect.arrayContaining(['country:KR', 'country:RU', 'country:US']),
    );
    expect(sources.independentSources).toBeGreaterThanOrEqual(3);
    expect(sources.independentSources).toBeLessThanOrEqual(sources.sourceCount);

    const list = (await get('/v1/propositions?q=containere').expect(200)).body.propositions as { id: string; match: { content: string } }[];
    expect(list.map((p) => p.id)).toContain(seven.propositionId);
    expect(list.every((p) => /container/i.test(p.match.content))).toBe(true);
    // Searched one at a time, each proposition comes once, and the pages end.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { propositions: { id: string }[]; next: string | null } } = await get(
        `/v1/propositions?q=containers&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      ).expect(200);
      paged.push(...res.body.propositions.map((p) => p.id));
      cursor = res.body.next;
    } while (cursor);
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged).toEqual(
      (await get('/v1/propositions?q=containers&limit=200').expect(200)).body.propositions.map((p: { id: string }) => p.id),
    );
    // A listing's cursor is no search cursor.
    const listed = (await get('/v1/propositions?limit=1').expect(200)).body;
    await get(`/v1/propositions?q=containers&cursor=${listed.next}`).expect(400);
  });

  it('shows sources and entities with who contradicted them, the conflicts feed, and articles with revisions', async () => {
    const kr = (await get('/v1/sources/South%20Korea').expect(200)).body;
    expect(kr.entity).toMatchObject({ id: 'country:KR', name: 'South Korea' });
    expect(kr.contradictedClaims).toBeGreaterThan(0);
    expect(kr.contradictedBy.map((c: { source: { id: string } }) => c.source.id)).toContain('country:RU');
    const kp = (await get('/v1/entities/country:KP').expect(200)).body;
    expect(kp.claimCount).toBeGreaterThan(0);
    expect(kp.sources.length).toBeGreaterThan(0);
    await get('/v1/sources/nobody-at-all').expect(404);

    const feedPage = (await get('/v1/conflicts?limit=3').expect(200)).body;
    expect(feedPage.links).toHaveLength(3);
    expect(feedPage.links[0]).toMatchObject({ relation: 'conflicts', reason: expect.any(String) });
    const nextPage = (await get(`/v1/conflicts?limit=3&cursor=${feedPage.next}`).expect(200)).body;
    expect(nextPage.links[0].createdAt <= feedPage.links[2].createdAt).toBe(true);

    const html = feed.find((a) => a.publisher === 'sample-hostile')!;
    const article = (await get(`/v1/articles/sample-hostile/${encodeURIComponent(html.id)}`).expect(200)).body;
    expect(article.revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
    expect(article.revisions[1].changes.sentencesAdded).toEqual(['The opposition said on Wednesday that the budget was 4 million euros.']);
    for (const c of article.claims as Claim[]) expect(article.article.body.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it('gives a claim as schema.org Claim JSON-LD', async () => {
    const res = await get(`/v1/claims/${seven.id}`).set('accept', 'application/ld+json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const ld = JSON.parse(res.text);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Claim',
      text: seven.content,
      datePublished: seven.statedAt.start,
      author: { '@type': 'GovernmentOrganization', name: 'South Korea', identifier: 'country:KR' },
      appearance: { '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'rador' } },
    });
    expect(ld.appearance.url).toMatch(/^https:\/\/rador\.example\//);
    const plain = (await get(`/v1/claims/${seven.id}`).expect(200)).body;
    expect(plain).toMatchObject({ claim: { id: seven.id }, current: true, article: { publisher: 'rador' } });
    await get('/v1/claims/no-such-claim').expect(404);
  });

  it('answers 400 naming the parameter, 401 and 403 clearly, and never a stack trace', async () => {
    for (const [query, field] of [
      ['stance=maybe', 'stance'],
      ['statedFrom=2024-13-01', 'statedFrom'],
      ['quantityMin=lots', 'quantityMin'],
      ['limit=0x10', 'limit'],
      ['colour=red', 'colour'],
      ['cursor=abc', 'cursor'],
    ]) {
      const res = await get(`/v1/claims?${query}`).expect(400);
      expect(res.body.error).toMatchObject({ code: 'QUERY.INVALID', issues: [expect.objectContaining({ field })] });
      expect(res.body.error.message).toContain(field);
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    const timeline = await get(`/v1/propositions/${seven.propositionId}/timeline?limit=9999`).expect(400);
    expect(timeline.body.error.issues[0].field).toBe('limit');
    const missing = await api().get('/v1/claims').expect(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect(missing.body.error).toMatchObject({ code: 'AUTH.MISSING_KEY', message: expect.stringContaining('Authorization: Bearer') });
    const wrong = await api().get('/v1/claims').set('authorization', 'Bearer not-a-key-of-ours').expect(401);
    expect(wrong.body.error.code).toBe('AUTH.UNKNOWN_KEY');
    const scope = await api().get('/v1/propositions').set('authorization', `Bearer ${PUBLISHER_KEY}`).expect(403);
    expect(scope.body.error).toMatchObject({ code: 'AUTH.MISSING_SCOPE', message: 'the API key lacks the scope claims.read' });
    await get('/v1/propositions/no-such-proposition/timeline').expect(404);
  });

  it('serves an OpenAPI 3 document generated from the code at /docs', async () => {
    const doc = (await api().get('/docs/openapi.json').expect(200)).body;
    expect(doc.openapi).toMatch(/^3\./);
    const claims = doc.paths['/v1/claims'].get;
    expect(claims.parameters.map((p: { name: string }) => p.name).sort()).toEqual(Object.keys(claimsQueryParams.shape).sort());
    const stance = claims.parameters.find((p: { name: string }) => p.name === 'stance');
    expect(stance.schema.enum).toEqual(['asserts', 'denies']);
    const page = claims.responses['200'].content['application/json'].schema;
    expect(Object.keys(page.properties.claims.items.properties)).toEqual(
      expect.arrayContaining(['id', 'source', 'quantities', 'statedAt']),
    );
    // The zod contract is the one source: the document holds exactly the schema zod derives from it.
    expect(page.properties.claims.items).toEqual(openApiSchema(claimSchema));
    expect(Object.keys(claims.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '429']));
    for (const path of [
      '/v1/claims/{id}',
      '/v1/claims/{id}/links',
      '/v1/claims/{id}/schema-org',
      '/v1/propositions',
      '/v1/propositions/{id}',
      '/v1/propositions/{id}/timeline',
      '/v1/propositions/{id}/sources',
      '/v1/sources/{id}',
      '/v1/entities/{id}',
      '/v1/conflicts',
      '/v1/articles/{publisher}/{id}',
    ]) {
      expect(doc.paths[path]?.get).toBeDefined();
    }
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ui = await api().get('/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('serves the dashboard with a policy that runs its own script only', async () => {
    const page = await api().get('/dashboard').expect(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).toContain('<script src="/dashboard/app.js"></script>');
    const script = await api().get('/dashboard/app.js').expect(200);
    expect(script.text).not.toMatch(/innerHTML/);
  });
});

describe('CORS and rate limits of the API', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createApiApp(
      loadApiConfig(
        testEnv({
          DATABASE_URL: dbUrl,
          CORS_ORIGINS: 'https://analysts.example',
          API_RATE_LIMIT: '3',
          API_RATE_WINDOW_SECONDS: '60',
          API_KEYS: 'a:analyst-a-secret-0001:claims.read;b:analyst-b-secret-0001:claims.read',
        }),
      ),
    );
    await app.init();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('answers a preflight from an allowed origin only', async () => {
    const allowed = await request(app.getHttpServer())
      .options('/v1/claims')
      .set('origin', 'https://analysts.example')
      .set('access-control-request-method', 'GET')
      .set('access-control-request-headers', 'authorization');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://analysts.example');
    expect(allowed.headers['access-control-allow-headers']).toContain('authorization');
    const other = await request(app.getHttpServer())
      .options('/v1/claims')
      .set('origin', 'https://evil.example')
      .set('access-control-request-method', 'GET');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const get = await request(app.getHttpServer()).get('/health').set('origin', 'https://analysts.example').expect(200);
    expect(get.headers['access-control-allow-origin']).toBe('https://analysts.example');
  });

  it('limits each key on its own, with 429 and Retry-After', async () => {
    for (let i = 0; i < 3; i++) {
      await request(app.getHttpServer()).get('/v1/claims?limit=1').set('authorization', 'Bearer analyst-a-secret-0001').expect(200);
    }
    const limited = await request(app.getHttpServer())
      .get('/v1/claims?limit=1')
      .set('authorization', 'Bearer analyst-a-secret-0001')
      .expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.error).toMatchObject({ code: 'RATE.LIMITED', correlationId: expect.any(String) });
    // Another key still has its budget; requests without a key are not counted against anyone.
    await request(app.getHttpServer()).get('/v1/claims?limit=1').set('authorization', 'Bearer analyst-b-secret-0001').expect(200);
    await request(app.getHttpServer()).get('/health').expect(200);
  });
});
