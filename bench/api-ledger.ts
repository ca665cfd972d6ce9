import type { DataSource } from 'typeorm';

/**
 * Fills a database with a synthetic ledger for `npm run bench:api`, entirely in SQL
 * (generate_series), in batches: articles of five claims each, propositions of twenty
 * claims spread over two and a half years, links between a proposition's successive
 * members (conflicts, updates, corroborations), sources and entities. Contents are
 * Romanian or English sentences built from a few hundred words with diacritics, so that
 * the full-text index sees realistic text.
 */
export const TOPICS = [
  ['containere', 'containers'],
  ['muniție', 'munitions'],
  ['cereale', 'grain'],
  ['buget', 'budget'],
  ['inflație', 'inflation'],
  ['vaccinuri', 'vaccines'],
  ['tarife', 'tariffs'],
  ['alegeri', 'elections'],
  ['pensii', 'pensions'],
  ['autostrăzi', 'motorways'],
  ['spitale', 'hospitals'],
  ['școli', 'schools'],
  ['investiții', 'investments'],
  ['refugiați', 'refugees'],
  ['exporturi', 'exports'],
  ['salarii', 'salaries'],
  ['datorii', 'debts'],
  ['impozite', 'taxes'],
  ['locuințe', 'housing'],
  ['energie', 'energy'],
] as const;
const PLACES = [
  'Constanța',
  'București',
  'Iași',
  'Timișoara',
  'Brașov',
  'Chișinău',
  'Kiev',
  'Seul',
  'Phenian',
  'Moscova',
  'Bruxelles',
  'Galați',
];
const UNITS = ['container', 'tonne', 'EUR', 'person', '%'];
export const CLAIMS_PER_ARTICLE = 5;
export const CLAIMS_PER_PROPOSITION = 20;
export const SOURCES = 300;

const sqlArray = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]`;

export async function buildLedger(db: DataSource, total: number, log: (s: string) => void): Promise<void> {
  const propositions = total / CLAIMS_PER_PROPOSITION;
  const articles = total / CLAIMS_PER_ARTICLE;
  await db.query(
    `TRUNCATE claim_links, claim_entities, claim_keys, claim_filings, claims, entities, article_revisions, articles, propositions CASCADE`,
  );
  await db.query(
    `INSERT INTO entities (id, name, kind)
     SELECT 'country:' || chr(65 + s / 26) || chr(65 + s % 26), 'Country ' || chr(65 + s / 26) || chr(65 + s % 26), 'government'
       FROM generate_series(0, ${SOURCES - 1}) s`,
  );
  await db.query(
    `INSERT INTO propositions (id, key, action, created_at)
     SELECT 'prop_' || p, 'founded-by:clm_' || p, 'transfer', timestamptz '2023-01-01' + p * interval '1 minute'
       FROM generate_series(0, ${propositions - 1}) p`,
  );
  const batch = 100_000;
  for (let from = 0; from < articles; from += batch) {
    const to = Math.min(articles, from + batch) - 1;
    await db.query(
      `INSERT INTO articles (publisher, article_id, revision, url, title, body, language, published_at)
       SELECT 'pub' || (a % 20), 'a' || a, 1, 'https://pub' || (a % 20) || '.example/a' || a, 'Article ' || a, 'body', CASE WHEN a % 2 = 0 THEN 'ro' ELSE 'en' END,
              timestamptz '2023-01-01' + ((a * 13) % 900) * interval '1 day' + (a % 1440) * interval '1 minute'
         FROM generate_series(${from}, ${to}) a`,
    );
    await db.query(
      `INSERT INTO article_revisions (publisher, article_id, revision, title, body, published_at, claim_count)
       SELECT publisher, article_id, 1, title, body, published_at, ${CLAIMS_PER_ARTICLE} FROM articles WHERE article_id = ANY(SELECT 'a' || a FROM generate_series(${from}, ${to}) a)`,
    );
  }
  log(`articles: ${articles}`);
  for (let from = 0; from < total; from += batch) {
    const to = Math.min(total, from + batch) - 1;
    // Claim i: article i / 5 (same language and day), proposition i % P, source (7i + i/1000) % S
    // (so every source speaks both languages).
    await db.query(
      `WITH g AS (
         SELECT i, i / ${CLAIMS_PER_ARTICLE} AS a, i % ${propositions} AS p, (i * 7 + i / 1000) % ${SOURCES} AS s,
                CASE WHEN (i / ${CLAIMS_PER_ARTICLE}) % 2 = 0 THEN 'ro' ELSE 'en' END AS lang,
                date '2023-01-01' + ((i / ${CLAIMS_PER_ARTICLE}) * 13) % 900 AS day,
                1000 + (i * 37) % 9000 AS v, (i % ${propositions}) % ${TOPICS.length} + 1 AS t
           FROM generate_series(${from}, ${to}) i
       ), c AS (
         SELECT g.*, 'country:' || chr(65 + s / 26) || chr(65 + s % 26) AS source_id, 'Country ' || chr(65 + s / 26) || chr(65 + s % 26) AS source_name,
                (${sqlArray(UNITS)})[(p % ${UNITS.length}) + 1] AS unit,
                CASE WHEN lang = 'ro'
                  THEN 'aproximativ ' || v || ' ' || (${sqlArray(TOPICS.map((t) => t[0]))})[t] || ' au ajuns la ' || (${sqlArray(PLACES)})[(i % ${PLACES.length}) + 1] || ' de la începutul lunii'
                  ELSE 'about ' || v || ' ' || (${sqlArray(TOPICS.map((t) => t[1]))})[t] || ' reached ' || (${sqlArray(PLACES)})[(i % ${PLACES.length}) + 1] || ' since the start of the month'
                END AS content
           FROM g
       ), filed AS (
       INSERT INTO claims (id, publisher, article_id, revision, language, source_id, source_name, stance, stated_at, span_start, record)
       SELECT 'clm_' || i, 'pub' || (a % 20), 'a' || a, 1, lang, source_id, source_name, CASE WHEN i % 9 = 0 THEN 'denies' ELSE 'asserts' END, day, (i % 5) * 200,
              jsonb_build_object(
                'kind', 'claim', 'id', 'clm_' || i, 'articleId', 'a' || a, 'publisher', 'pub' || (a % 20), 'revision', 1, 'language', lang,
                'span', jsonb_build_object('start', (i % 5) * 200, 'end', (i % 5) * 200 + 150), 'text', source_name || ' said ' || content,
                'source', jsonb_build_object('surface', source_name, 'name', source_name, 'id', source_id, 'kind', 'government'),
                'cue', jsonb_build_object('surface', 'said'), 'stance', CASE WHEN i % 9 = 0 THEN 'denies' ELSE 'asserts' END,
                'hedged', i % 5 = 0, 'content', content,
                'quantities', jsonb_build_array(jsonb_build_object('value', v, 'approx', true, 'unit', unit, 'surface', v::text)),
                'statedAt', jsonb_build_object('start', to_char(day, 'YYYY-MM-DD')),
                'eventTime', jsonb_build_object('start', to_char(day - 30, 'YYYY-MM-DD'), 'end', to_char(day - 1, 'YYYY-MM-DD'), 'surface', 'last month'),
                'entities', jsonb_build_array(jsonb_build_object('surface', 'x', 'name', 'Country ' || chr(65 + ((s + 1) % ${SOURCES}) / 26) || chr(65 + ((s + 1) % ${SOURCES}) % 26), 'id', 'country:' || chr(65 + ((s + 1) % ${SOURCES}) / 26) || chr(65 + ((s + 1) % ${SOURCES}) % 26), 'kind', 'government')),
                'propositionId', 'prop_' || p, 'confidence', 0.9)
         FROM c
       RETURNING id, record->>'propositionId', stated_at
       )
       INSERT INTO claim_filings (claim_id, proposition_id, stated_at) SELECT * FROM filed`,
    );
    await db.query(
      `INSERT INTO claim_entities (claim_id, entity_id, role)
       SELECT c.id, c.source_id, 'source' FROM claims c WHERE c.id = ANY(SELECT 'clm_' || i FROM generate_series(${from}, ${to}) i)
       UNION ALL
       SELECT c.id, c.record->'entities'->0->>'id', 'about' FROM claims c WHERE c.id = ANY(SELECT 'clm_' || i FROM generate_series(${from}, ${to}) i)`,
    );
    log(`claims: ${to + 1}`);
  }
  // Each member linked to the next member of its proposition: conflicts, updates, corroborations.
  for (let from = 0; from < total - propositions; from += batch) {
    const to = Math.min(total - propositions, from + batch) - 1;
    await db.query(
      `INSERT INTO claim_links (from_claim, to_claim, relation, independent, reason, proposition_id, created_at)
       SELECT 'clm_' || i, 'clm_' || (i + ${propositions}),
              CASE WHEN i % 9 = 0 THEN 'conflicts' WHEN i % 4 = 0 THEN 'updates' ELSE 'corroborates' END,
              i % 4 <> 0, CASE WHEN i % 9 = 0 THEN 'a denial of what the other asserts' WHEN i % 4 = 0 THEN 'same source, a later figure' ELSE 'the same figure from an independent source' END,
              'prop_' || (i % ${propositions}), timestamptz '2023-01-01' + i * interval '1 second'
         FROM generate_series(${from}, ${to}) i`,
    );
  }
  log('links written; analysing');
  await db.query(`VACUUM ANALYZE`);
}
