import type { DataSource } from 'typeorm';
import { arrayLiteral } from './array-literal';
import { createDataSource } from './create-data-source';
import { ensureDatabase } from './run-migrations';

// Against the real Postgres: what arrayLiteral writes reads back as the values themselves,
// as pg's own array parameters do.
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';

describe('arrayLiteral in Postgres', () => {
  let db: DataSource;

  beforeAll(async () => {
    await ensureDatabase(url);
    db = createDataSource({ url, poolSize: 1 });
    await db.initialize();
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
  });

  const texts = [
    'plain',
    '',
    ' spaced ',
    'NULL',
    'null',
    '{braces}',
    'a,b',
    'say "hi"',
    'back\\slash',
    '\\"',
    'Ștefan și Țara',
    'line\nbreak',
    '\t',
    '😀',
  ];

  it('gives back every text, NULL included, as a text[] parameter', async () => {
    for (const values of [texts.filter((t) => !/["\\]/.test(t)), [...texts, null]]) {
      const [row]: { a: (string | null)[] }[] = await db.query(`SELECT $1::text[] AS a`, [arrayLiteral(values)]);
      expect(row!.a).toEqual(values);
      // The same as pg's own parameter gives.
      const [own]: { a: (string | null)[] }[] = await db.query(`SELECT $1::text[] AS a`, [values]);
      expect(row!.a).toEqual(own!.a);
    }
  });

  it('gives back dates, integers and booleans as their arrays', async () => {
    const [row]: { d: string[]; i: number[]; b: boolean[] }[] = await db.query(
      `SELECT $1::date[]::text[] AS d, $2::int[] AS i, $3::boolean[] AS b`,
      [arrayLiteral(['2024-01-02', '1999-12-31']), arrayLiteral([1, -2, 300]), arrayLiteral([true, false])],
    );
    expect(row).toEqual({ d: ['2024-01-02', '1999-12-31'], i: [1, -2, 300], b: [true, false] });
  });

  it('unnests rows of several arrays as pg’s own parameters do', async () => {
    const keys = ['k1', 'k,2', 'k"3'];
    const ids = ['c1', 'c2', null];
    const a = await db.query(`SELECT * FROM unnest($1::text[], $2::text[]) AS u(k, id)`, [arrayLiteral(keys), arrayLiteral(ids)]);
    const b = await db.query(`SELECT * FROM unnest($1::text[], $2::text[]) AS u(k, id)`, [keys, ids]);
    expect(a).toEqual(b);
    expect(a).toHaveLength(3);
  });
});
