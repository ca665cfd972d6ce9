import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Claim, ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { createDataSource } from './create-data-source';
import { LedgerWriter } from './ledger-writer';
import { runMigrations } from './run-migrations';

// Against the real Postgres, on a ledger of its own whose default collation is not C (ICU
// en-US; the postgres image of docker-compose and k8s defaults to en_US): every path of the
// ledger's writer must insert a batch's entities in one order, whatever the database's
// collation, or two batches naming the same entities can each hold one and wait on the
// other (40P01, then the batch retried message by message).
const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test');
const name = `claim_ledger_icu_${randomBytes(4).toString('hex')}`;
const url = Object.assign(new URL(base.toString()), { pathname: `/${name}` }).toString();

async function admin<T>(run: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: Object.assign(new URL(base.toString()), { pathname: '/postgres' }).toString() });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/** An article of one claim from `source`, naming `about`. */
function event(articleId: string, revision: number, source: string, about: string): ClaimsExtractedV1 {
  const claim: Claim = {
    kind: 'claim',
    id: `${articleId}-${revision}`,
    articleId,
    publisher: 'collation-test',
    revision,
    language: 'en',
    span: { start: 0, end: 10 },
    text: 'x',
    source: { id: source, name: source, kind: 'organization', surface: source },
    cue: { surface: 'said' },
    stance: 'asserts',
    hedged: false,
    content: 'something happened',
    quantities: [],
    statedAt: { start: '2025-01-01' },
    entities: [{ id: about, name: about, kind: 'organization', surface: about }],
    confidence: 0.9,
  };
  return {
    article: { id: articleId, publisher: 'collation-test', body: 'body', language: 'en', publishedAt: '2025-01-01T00:00:00Z', revision },
    claims: [claim],
    extractor: { name: 'test', version: '0' },
    extractedAt: '2025-01-01T00:00:00Z',
  };
}

describe('LedgerWriter on a database whose collation is not C', () => {
  let db: DataSource;
  let writer: LedgerWriter;

  beforeAll(async () => {
    await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'`));
    db = createDataSource({ url, poolSize: 2 });
    await db.initialize();
    await runMigrations(db, url);
    writer = new LedgerWriter(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  /** The entities of `ids` in the order their rows were inserted (one statement's rows go to one page, in turn). */
  const insertionOrder = async (ids: string[]): Promise<string[]> =>
    (await db.query(`SELECT id FROM entities WHERE id = ANY($1) ORDER BY ctid`, [ids])).map((r: { id: string }) => r.id);

  it('inserts a batch’s entities in one order by the statement of new articles, the transaction and a single write', async () => {
    const tag = randomBytes(4).toString('hex');
    // Ids whose order differs by collation: C puts `B` before `a`, en-US after.
    const pair = (k: string) => [`org:${tag}-${k}-a`, `org:${tag}-${k}-B`] as const;
    const [row] = await db.query(`SELECT $1::text < $2::text AS "aFirst"`, [...pair('probe')]);
    expect(row.aFirst).toBe(true);

    // A new article: the statement of new articles.
    const [na, nB] = pair('new');
    expect(await writer.recordMany([event(`n-${tag}`, 1, na, nB)])).toEqual([{ status: 'recorded', supersededClaimIds: [] }]);
    // A revision of an article already there: the batch's transaction.
    const [ta, tB] = pair('txn');
    await writer.recordMany([event(`t-${tag}`, 1, `org:${tag}-seen`, `org:${tag}-seen`)]);
    expect(await writer.recordMany([event(`t-${tag}`, 2, ta, tB)])).toEqual([{ status: 'recorded', supersededClaimIds: [`t-${tag}-1`] }]);
    // One event alone (LedgerWriter.record).
    const [oa, oB] = pair('one');
    expect(await writer.record(event(`o-${tag}`, 1, oa, oB))).toEqual({ status: 'recorded', supersededClaimIds: [] });

    expect(await insertionOrder([na, nB])).toEqual([nB, na]);
    expect(await insertionOrder([ta, tB])).toEqual([tB, ta]);
    expect(await insertionOrder([oa, oB])).toEqual([oB, oa]);
  });
});
