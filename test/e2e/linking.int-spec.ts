import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { Claim, Link } from '@claim-ledger/contracts';
import { expectEventually } from '../support/expect-eventually';
import { dropDatabase, ownDatabaseUrl } from '../support/own-database';
import { startPipeline, type RunningPipeline } from '../support/pipeline';
import { ANALYST_KEY, PUBLISHER_KEY, runSuffix, testEnv } from '../support/test-env';

// The five development articles, read from shared/, posted as a feed would post them.
const dev = join(__dirname, '../../../shared/eval/dev');
const golds = readdirSync(dev)
  .filter((f) => f.endsWith('.json') && f !== 'links.json')
  .map(
    (f) =>
      JSON.parse(readFileSync(join(dev, f), 'utf8')) as { article: { id: string; publisher: string; body: string; publishedAt: string } },
  );

describe('claims meet across articles and languages', () => {
  let pipeline: RunningPipeline;
  // A ledger of its own: the same five articles posted by earlier runs are of the same
  // story, and the linker would rightly file this run's claims with theirs.
  const env = testEnv();
  env.DATABASE_URL = ownDatabaseUrl(env.DATABASE_URL!, 'linking');
  beforeAll(async () => {
    pipeline = await startPipeline(env);
  }, 120_000);
  afterAll(async () => {
    await pipeline?.stop();
    await dropDatabase(env.DATABASE_URL!);
  }, 60_000);

  it('links the seed claim of ~7,000 containers to the US claim (corroborates) and to Moscow’s denial (conflicts)', async () => {
    const suffix = runSuffix();
    // Oldest first, as they were published; ids made unique to this run.
    const articles = golds
      .map((g) => ({ ...g.article, id: `${g.article.id}-${suffix}` }))
      .sort((x, y) => x.publishedAt.localeCompare(y.publishedAt));
    for (const a of articles) {
      await request(pipeline.gateway.getHttpServer())
        .post('/v1/articles')
        .set('authorization', `Bearer ${PUBLISHER_KEY}`)
        .send(a)
        .expect(202);
    }
    const seed = articles.find((a) => a.publisher === 'rador')!;
    const api = () => request(pipeline.api.getHttpServer());

    const sevenThousand = await expectEventually(
      async () => {
        const res = await api()
          .get('/v1/claims')
          .query({ articleId: seed.id, source: 'country:KR' })
          .set('authorization', `Bearer ${ANALYST_KEY}`)
          .expect(200);
        const c = (res.body.claims as Claim[]).find((x) => x.quantities.some((q) => q.value === 7000));
        expect(c?.propositionId).toBeDefined();
        return c!;
      },
      { timeoutMs: 60_000 },
    );
    expect(sevenThousand.source.name).toBe('South Korea');

    // The five articles' twelve claims about the transfers are filed under one proposition.
    await expectEventually(
      async () => {
        const res = await api()
          .get(`/v1/propositions/${sevenThousand.propositionId}`)
          .set('authorization', `Bearer ${ANALYST_KEY}`)
          .expect(200);
        expect((res.body.claims as Claim[]).length).toBeGreaterThanOrEqual(12);
      },
      { timeoutMs: 60_000 },
    );
    // Explicit links: every conflict and update, and corroborations from a few independent sources.
    const { links } = (await api().get(`/v1/claims/${sevenThousand.id}/links`).set('authorization', `Bearer ${ANALYST_KEY}`).expect(200))
      .body as { links: (Link & { other: Claim })[] };
    // The United States corroborate it (their earliest claim is the one linked; the seed's own
    // US claim is in the proposition too).
    const withUS = links.find((l) => l.other.source.id === 'country:US');
    expect(withUS).toMatchObject({ relation: 'corroborates', independent: true });
    const denial = links.find((l) => l.other.source.id === 'country:RU' && l.other.stance === 'denies');
    expect(denial).toMatchObject({ relation: 'conflicts' });
    expect(denial!.reason).toMatch(/denies/);
    expect(links.some((l) => l.relation === 'updates' && /same source/.test(l.reason))).toBe(true);

    const proposition = await api()
      .get(`/v1/propositions/${sevenThousand.propositionId}`)
      .set('authorization', `Bearer ${ANALYST_KEY}`)
      .expect(200);
    expect(new Set((proposition.body.claims as Claim[]).map((c) => c.language))).toEqual(new Set(['ro', 'en']));
    expect((proposition.body.claims as Claim[]).some((c) => c.articleId === seed.id && c.source.id === 'country:US')).toBe(true);
  }, 120_000);
});
