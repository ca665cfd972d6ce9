import { claimRecordSql } from '../claim-record-sql';

/** The orders claims can be listed in; a leading `-` is newest first. */
export const CLAIM_SORTS = ['-statedAt', 'statedAt', '-publishedAt', 'publishedAt', '-recordedAt', 'recordedAt'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

/** Position after the last row of a page: the sort key as the database compares it, and the claim id. */
export interface KeysetPosition {
  key: string;
  id: string;
}

/** Every filter of the claims query; each one narrows (AND). Dates are ISO `YYYY-MM-DD`, instants ISO 8601. */
export interface ClaimQuery {
  publisher?: string;
  articleId?: string;
  /** Canonical source id (`country:KR`) or canonical name, case-insensitively. */
  source?: string;
  /** An entity the claim names (canonical id or name). */
  entity?: string;
  proposition?: string;
  language?: string;
  stance?: 'asserts' | 'denies';
  hedged?: boolean;
  /** Claims with at least one current link of this kind, in either direction. */
  relation?: 'conflicts' | 'updates' | 'corroborates';
  statedFrom?: string;
  statedTo?: string;
  /** The period the claim is about overlaps [eventFrom, eventTo]. */
  eventFrom?: string;
  eventTo?: string;
  /** Whether the period was inferred (`eventTime.inferred`) rather than named in the content. */
  eventInferred?: boolean;
  publishedFrom?: string;
  publishedTo?: string;
  /** A figure in this unit (`container`, `EUR`, `%`) whose value or range meets [quantityMin, quantityMax]. */
  quantityUnit?: string;
  quantityMin?: number;
  quantityMax?: number;
  /** Full-text search (web search syntax: words, "phrases", -exclusions, or), diacritics ignored. */
  q?: string;
  sort: ClaimSort;
  after?: KeysetPosition;
}

/** How each sort key is read (as text that round-trips exactly) and compared. */
const SORT_KEYS: Record<string, { expr: string; text: string; cast: string }> = {
  statedAt: { expr: 'c.stated_at', text: `to_char(c.stated_at, 'YYYY-MM-DD')`, cast: 'date' },
  publishedAt: {
    expr: 'a.published_at',
    text: `to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    cast: 'timestamptz',
  },
  recordedAt: {
    expr: 'c.recorded_at',
    text: `to_char(c.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    cast: 'timestamptz',
  },
};

/** The format of a sort key in a cursor, so that a forged one is refused before it reaches SQL. */
export function sortKeyKind(sort: ClaimSort): 'date' | 'instant' {
  return sort.endsWith('statedAt') ? 'date' : 'instant';
}

/**
 * The SQL of a claims query: current claims only, every value bound as a parameter.
 * `limit` null streams everything (exports); otherwise one more row than asked is
 * fetched, so the caller knows whether a next page exists.
 */
export function buildClaimSql(f: ClaimQuery, sourceIds: string[] | null, entityIds: string[] | null, limit: number | null) {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['c.superseded_at IS NULL'];
  if (f.publisher) where.push(`c.publisher = ${p(f.publisher)}`);
  if (f.articleId) where.push(`c.article_id = ${p(f.articleId)}`);
  if (f.language) where.push(`c.language = ${p(f.language)}`);
  if (f.stance) where.push(`c.stance = ${p(f.stance)}`);
  if (f.proposition)
    where.push(`EXISTS (SELECT 1 FROM claim_filings pf WHERE pf.claim_id = c.id AND pf.proposition_id = ${p(f.proposition)})`);
  if (f.hedged !== undefined) where.push(`(c.record->>'hedged')::boolean = ${p(f.hedged)}`);
  // One id (the usual case) as plain equality: the planner then reads the source's index in date order and stops at the page's end.
  if (sourceIds) where.push(sourceIds.length === 1 ? `c.source_id = ${p(sourceIds[0])}` : `c.source_id = ANY(${p(sourceIds)}::text[])`);
  if (entityIds) {
    where.push(
      `EXISTS (SELECT 1 FROM claim_entities ce WHERE ce.claim_id = c.id AND ce.role = 'about' AND ce.entity_id = ANY(${p(entityIds)}::text[]))`,
    );
  }
  if (f.relation) {
    const r = p(f.relation);
    where.push(
      `(EXISTS (SELECT 1 FROM claim_links l WHERE l.from_claim = c.id AND l.relation = ${r} AND l.superseded_at IS NULL)
        OR EXISTS (SELECT 1 FROM claim_links l WHERE l.to_claim = c.id AND l.relation = ${r} AND l.superseded_at IS NULL))`,
    );
  }
  if (f.statedFrom) where.push(`c.stated_at >= ${p(f.statedFrom)}::date`);
  if (f.statedTo) where.push(`c.stated_at <= ${p(f.statedTo)}::date`);
  // The period overlaps the range; a period with only an end (or a start) is taken as that day.
  const eventStart = `coalesce(c.record->'eventTime'->>'start', c.record->'eventTime'->>'end')`;
  const eventEnd = `coalesce(c.record->'eventTime'->>'end', c.record->'eventTime'->>'start')`;
  if (f.eventFrom) where.push(`${eventEnd} >= ${p(f.eventFrom)}`);
  if (f.eventTo) where.push(`${eventStart} <= ${p(f.eventTo)}`);
  if (f.eventInferred !== undefined)
    where.push(`coalesce((c.record->'eventTime'->>'inferred')::boolean, false) = ${p(f.eventInferred)}::boolean`);
  if (f.publishedFrom) where.push(`a.published_at >= ${p(f.publishedFrom)}::timestamptz`);
  if (f.publishedTo) where.push(`a.published_at <= ${p(f.publishedTo)}::timestamptz`);
  if (f.quantityUnit !== undefined || f.quantityMin !== undefined || f.quantityMax !== undefined) {
    const conds: string[] = [];
    if (f.quantityUnit !== undefined) conds.push(`q->>'unit' = ${p(f.quantityUnit)}`);
    // A figure's lowest and highest possible values: its value, else its range.
    if (f.quantityMin !== undefined) conds.push(`coalesce(q->>'value', q->>'max', q->>'min')::numeric >= ${p(f.quantityMin)}`);
    if (f.quantityMax !== undefined) conds.push(`coalesce(q->>'value', q->>'min', q->>'max')::numeric <= ${p(f.quantityMax)}`);
    where.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(c.record->'quantities') q WHERE ${conds.join(' AND ')})`);
  }
  if (f.q) {
    const q = p(f.q);
    where.push(`c.search @@ (websearch_to_tsquery('claim_ro', ${q}) || websearch_to_tsquery('claim_en', ${q}))`);
  }
  const desc = f.sort.startsWith('-');
  const key = SORT_KEYS[f.sort.replace(/^-/, '')]!;
  if (f.after) {
    where.push(`(${key.expr}, c.id) ${desc ? '<' : '>'} (${p(f.after.key)}::${key.cast}, ${p(f.after.id)})`);
  }
  const dir = desc ? 'DESC' : 'ASC';
  const sql = `SELECT ${claimRecordSql('c')} AS record, ${key.text} AS sort_key, c.id, to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS published_at
      FROM claims c
      JOIN articles a ON a.publisher = c.publisher AND a.article_id = c.article_id
     WHERE ${where.join('\n       AND ')}
     ORDER BY ${key.expr} ${dir}, c.id ${dir}${limit === null ? '' : `\n     LIMIT ${p(limit + 1)}`}`;
  return { sql, params };
}
