import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { Claim } from '@claim-ledger/contracts';
import { expectEventually } from '../support/expect-eventually';
import { startPipeline, type RunningPipeline } from '../support/pipeline';
import { ANALYST_KEY, PUBLISHER_KEY, runSuffix, testEnv } from '../support/test-env';

// The seed article, read from shared/ (never copied into the project).
const gold = JSON.parse(readFileSync(join(__dirname, '../../../shared/eval/dev/ro-rador-phenian.json'), 'utf8'));

describe('an article posted to the gateway reaches the ledger and the API', () => {
  let pipeline: RunningPipeline;
  beforeAll(async () => {
    pipeline = await startPipeline(testEnv());
  }, 120_000);
  afterAll(async () => {
    await pipeline?.stop();
  }, 60_000);

  it('extracts the seed article and serves its claims, with South Korea and its 7,000 containers', async () => {
    const article = { ...gold.article, id: `${gold.article.id}-${runSuffix()}` };
    const posted = await request(pipeline.gateway.getHttpServer())
      .post('/v1/articles')
      .set('authorization', `Bearer ${PUBLISHER_KEY}`)
      .send(article)
      .expect(202);
    expect(posted.body.accepted).toEqual([{ key: `rador/${article.id}`, revision: 1 }]);

    const body = await expectEventually(
      async () => {
        const res = await request(pipeline.api.getHttpServer())
          .get(`/v1/articles/rador/${encodeURIComponent(article.id)}`)
          .set('authorization', `Bearer ${ANALYST_KEY}`)
          .expect(200);
        expect(res.body.claims.length).toBeGreaterThanOrEqual(5);
        return res.body as { article: { revision: number }; claims: Claim[] };
      },
      { timeoutMs: 60_000 },
    );
    expect(body.article.revision).toBe(1);
    for (const c of body.claims) expect(article.body.slice(c.span.start, c.span.end)).toBe(c.text);

    const byKorea = await request(pipeline.api.getHttpServer())
      .get('/v1/claims')
      .query({ articleId: article.id, source: 'country:KR', language: 'ro' })
      .set('authorization', `Bearer ${ANALYST_KEY}`)
      .expect(200);
    const containers = (byKorea.body.claims as Claim[]).flatMap((c) => c.quantities).find((q) => q.value === 7000);
    expect(containers).toMatchObject({ value: 7000, approx: true, unit: 'container' });
    const seven = (byKorea.body.claims as Claim[]).find((c) => c.quantities.some((q) => q.value === 7000))!;
    expect(seven.source).toMatchObject({ id: 'country:KR', name: 'South Korea' });
    expect(seven.eventTime?.start?.slice(0, 7)).toBe('2023-07');
  }, 90_000);

  it('refuses a request without the scope, and names the broken field of an invalid article', async () => {
    await request(pipeline.gateway.getHttpServer())
      .post('/v1/articles')
      .set('authorization', `Bearer ${ANALYST_KEY}`)
      .send(gold.article)
      .expect(403);
    const bad = await request(pipeline.gateway.getHttpServer())
      .post('/v1/articles')
      .set('authorization', `Bearer ${PUBLISHER_KEY}`)
      .send([gold.article, { ...gold.article, publishedAt: '28 March 2024' }])
      .expect(400);
    expect(bad.body.error.issues).toEqual([expect.objectContaining({ field: '[1].publishedAt', rule: 'invalid_format' })]);
    await request(pipeline.gateway.getHttpServer())
      .post('/v1/articles')
      .set('authorization', `Bearer ${PUBLISHER_KEY}`)
      .set('content-type', 'text/plain')
      .send('hello')
      .expect(415);
    const tooMany = await request(pipeline.gateway.getHttpServer())
      .post('/v1/articles')
      .set('authorization', `Bearer ${PUBLISHER_KEY}`)
      .send(Array.from({ length: 501 }, (_, i) => ({ ...gold.article, id: `x${i}`, body: 'x' })))
      .expect(413);
    expect(tooMany.body.error.code).toBe('ARTICLE.BATCH_TOO_LARGE');
  }, 30_000);
});
