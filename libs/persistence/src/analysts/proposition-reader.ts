import type { DataSource } from 'typeorm';
import type { Claim, EntityRef, Quantity } from '@claim-ledger/contracts';
import type { KeysetPosition } from './claim-query';
import type { Page } from './claim-search';

export interface PropositionSummary {
  id: string;
  /** What the proposition is about, in the words of the claim that founded it. */
  label: string | null;
  action: string | null;
  agent: string | null;
  patient: string | null;
  createdAt: string;
  claimCount: number;
  sourceCount: number;
  conflictCount: number;
  updateCount: number;
  languages: string[];
  lastStatedAt: string | null;
}

/** One statement on a proposition's timeline, with what it conflicts with and what it updates. */
export interface TimelineEntry {
  claimId: string;
  statedAt: string;
  eventTime: Claim['eventTime'] | null;
  source: EntityRef;
  stance: Claim['stance'];
  hedged: boolean;
  language: string;
  content: string;
  quantities: Quantity[];
  publisher: string;
  articleId: string;
  publishedAt: string;
  /** Current conflicts and updates touching this claim: the claim at the other end and why. */
  marks: { relation: 'conflicts' | 'updates'; direction: 'from' | 'to'; otherClaimId: string; otherSource: string; reason: string }[];
}

export interface PropositionSource {
  source: { id: string; name: string; kind: string };
  claimCount: number;
  firstStatedAt: string;
  lastStatedAt: string;
  stances: { asserts: number; denies: number };
  /** Sources of this proposition it is linked to without being independent of them (the same source, the same wire copy). */
  notIndependentOf: string[];
}

const SUMMARY_COLUMNS = `
  p.id, p.action, p.agent, p.patient,
  to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at,
  (SELECT f.record->>'content' FROM claims f WHERE f.id = substr(p.key, 12) AND p.key LIKE 'founded-by:%') AS label,
  s.claim_count, s.source_count, s.languages, s.last_stated,
  (SELECT count(*)::int FROM claim_links l WHERE l.proposition_id = p.id AND l.superseded_at IS NULL AND l.relation = 'conflicts') AS conflict_count,
  (SELECT count(*)::int FROM claim_links l WHERE l.proposition_id = p.id AND l.superseded_at IS NULL AND l.relation = 'updates') AS update_count`;
const SUMMARY_STATS = `
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS claim_count, count(DISTINCT c.source_id)::int AS source_count,
           coalesce(array_agg(DISTINCT c.language ORDER BY c.language), '{}') AS languages,
           to_char(max(c.stated_at), 'YYYY-MM-DD') AS last_stated
      FROM claim_filings pf JOIN claims c ON c.id = pf.claim_id WHERE pf.proposition_id = p.id AND c.superseded_at IS NULL
  ) s`;

interface SummaryRow {
  id: string;
  action: string | null;
  agent: string | null;
  patient: string | null;
  created_at: string;
  label: string | null;
  claim_count: number;
  source_count: number;
  languages: string[];
  last_stated: string | null;
  conflict_count: number;
  update_count: number;
}

const toSummary = (r: SummaryRow): PropositionSummary => ({
  id: r.id,
  label: r.label,
  action: r.action,
  agent: r.agent,
  patient: r.patient,
  createdAt: r.created_at,
  claimCount: r.claim_count,
  sourceCount: r.source_count,
  conflictCount: r.conflict_count,
  updateCount: r.update_count,
  languages: r.languages,
  lastStatedAt: r.last_stated,
});

/** Propositions for analysts: a list and a search, one proposition's timeline, its sources. */
export class PropositionReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Propositions, newest founded first. */
  async list(f: { limit: number; after?: KeysetPosition }): Promise<Page<PropositionSummary>> {
    const params: unknown[] = [f.limit + 1];
    if (f.after) params.push(f.after.key, f.after.id);
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS} FROM (
         SELECT * FROM propositions p ${f.after ? 'WHERE (p.created_at, p.id) < ($2::timestamptz, $3)' : ''}
          ORDER BY p.created_at DESC, p.id DESC LIMIT $1
       ) p ${SUMMARY_STATS}
       ORDER BY p.created_at DESC, p.id DESC`,
      params,
    );
    const shown = rows.slice(0, f.limit);
    const last = shown[shown.length - 1];
    return { items: shown.map(toSummary), next: rows.length > f.limit && last ? { key: last.created_at, id: last.id } : null };
  }

  /**
   * Propositions with a current claim matching a full-text search (diacritics ignored),
   * most recently stated match first. Each proposition is listed once, at its newest
   * matching claim (a match with no newer matching claim in its proposition), so the
   * search walks the claims in date order and stops at the page's end instead of
   * collecting every match; the position is that claim's (stated_at, id).
   */
  async search(f: {
    q: string;
    limit: number;
    after?: KeysetPosition;
  }): Promise<Page<PropositionSummary & { match: { claimId: string; content: string } }>> {
    const params: unknown[] = [f.q, f.limit + 1];
    if (f.after) params.push(f.after.key, f.after.id);
    const matches: { proposition_id: string; id: string; stated: string; content: string }[] = await this.dataSource.query(
      `SELECT pf.proposition_id, c.id, to_char(c.stated_at, 'YYYY-MM-DD') AS stated, c.record->>'content' AS content
         FROM claims c JOIN claim_filings pf ON pf.claim_id = c.id
        WHERE c.superseded_at IS NULL
          AND c.search @@ (websearch_to_tsquery('claim_ro', $1) || websearch_to_tsquery('claim_en', $1))
          ${f.after ? 'AND (c.stated_at, c.id) < ($3::date, $4)' : ''}
          AND NOT EXISTS (
            SELECT 1 FROM claim_filings nf JOIN claims n ON n.id = nf.claim_id
             WHERE nf.proposition_id = pf.proposition_id AND n.superseded_at IS NULL AND (n.stated_at, n.id) > (c.stated_at, c.id)
               AND n.search @@ (websearch_to_tsquery('claim_ro', $1) || websearch_to_tsquery('claim_en', $1)))
        ORDER BY c.stated_at DESC, c.id DESC
        LIMIT $2`,
      params,
    );
    const shown = matches.slice(0, f.limit);
    const summaries: SummaryRow[] =
      shown.length === 0
        ? []
        : await this.dataSource.query(`SELECT ${SUMMARY_COLUMNS} FROM propositions p ${SUMMARY_STATS} WHERE p.id = ANY($1)`, [
            shown.map((m) => m.proposition_id),
          ]);
    const byId = new Map(summaries.map((r) => [r.id, toSummary(r)]));
    const last = shown[shown.length - 1];
    return {
      items: shown
        .filter((m) => byId.has(m.proposition_id))
        .map((m) => ({ ...byId.get(m.proposition_id)!, match: { claimId: m.id, content: m.content } })),
      next: matches.length > f.limit && last ? { key: last.stated, id: last.id } : null,
    };
  }

  async summary(id: string): Promise<PropositionSummary | null> {
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS} FROM propositions p ${SUMMARY_STATS} WHERE p.id = $1`,
      [id],
    );
    return rows[0] ? toSummary(rows[0]) : null;
  }

  /**
   * Who gave which figure when: the proposition's current claims in the order they were
   * stated, each with the conflicts and updates that touch it and their reasons.
   */
  async timeline(id: string, limit: number, after?: KeysetPosition): Promise<Page<TimelineEntry>> {
    const params: unknown[] = [id, limit + 1];
    if (after) params.push(after.key, after.id);
    const rows: { record: Claim; id: string; stated: string; published_at: string }[] = await this.dataSource.query(
      `SELECT c.record, c.id, to_char(c.stated_at, 'YYYY-MM-DD') AS stated,
              to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS published_at
         FROM claim_filings pf JOIN claims c ON c.id = pf.claim_id JOIN articles a ON a.publisher = c.publisher AND a.article_id = c.article_id
        WHERE pf.proposition_id = $1 AND c.superseded_at IS NULL ${after ? 'AND (c.stated_at, c.id) > ($3::date, $4)' : ''}
        ORDER BY c.stated_at, c.id LIMIT $2`,
      params,
    );
    const shown = rows.slice(0, limit);
    const ids = shown.map((r) => r.id);
    const links: {
      from_claim: string;
      to_claim: string;
      relation: 'conflicts' | 'updates';
      reason: string;
      from_source: string;
      to_source: string;
    }[] =
      ids.length === 0
        ? []
        : await this.dataSource.query(
            `SELECT l.from_claim, l.to_claim, l.relation, l.reason, f.source_name AS from_source, t.source_name AS to_source
               FROM claim_links l JOIN claims f ON f.id = l.from_claim JOIN claims t ON t.id = l.to_claim
              WHERE l.superseded_at IS NULL AND l.relation IN ('conflicts', 'updates')
                AND (l.from_claim = ANY($1) OR l.to_claim = ANY($1))
              ORDER BY l.from_claim, l.to_claim`,
            [ids],
          );
    const marks = new Map<string, TimelineEntry['marks']>();
    const add = (claimId: string, m: TimelineEntry['marks'][number]) => marks.set(claimId, [...(marks.get(claimId) ?? []), m]);
    for (const l of links) {
      add(l.from_claim, { relation: l.relation, direction: 'from', otherClaimId: l.to_claim, otherSource: l.to_source, reason: l.reason });
      add(l.to_claim, { relation: l.relation, direction: 'to', otherClaimId: l.from_claim, otherSource: l.from_source, reason: l.reason });
    }
    const last = shown[shown.length - 1];
    return {
      items: shown.map((r) => ({
        claimId: r.id,
        statedAt: r.stated,
        eventTime: r.record.eventTime ?? null,
        source: r.record.source,
        stance: r.record.stance,
        hedged: r.record.hedged,
        language: r.record.language,
        content: r.record.content,
        quantities: r.record.quantities,
        publisher: r.record.publisher,
        articleId: r.record.articleId,
        publishedAt: r.published_at,
        marks: marks.get(r.id) ?? [],
      })),
      next: rows.length > limit && last ? { key: last.stated, id: last.id } : null,
    };
  }

  /**
   * The sources that made claims filed under the proposition, by id, with how often and
   * when they spoke, and which of the others they are not independent of (a link between
   * their claims marked not independent). `independentSources` counts groups of sources
   * that are independent of one another.
   */
  async sources(
    id: string,
    limit: number,
    after?: KeysetPosition,
  ): Promise<Page<PropositionSource> & { independentSources: number; sourceCount: number }> {
    const params: unknown[] = [id, limit + 1];
    if (after) params.push(after.id);
    const rows: {
      source_id: string;
      name: string;
      kind: string | null;
      claim_count: number;
      first_stated: string;
      last_stated: string;
      asserts: number;
      denies: number;
    }[] = await this.dataSource.query(
      `SELECT c.source_id, min(c.source_name) AS name, min(e.kind) AS kind, count(*)::int AS claim_count,
              to_char(min(c.stated_at), 'YYYY-MM-DD') AS first_stated, to_char(max(c.stated_at), 'YYYY-MM-DD') AS last_stated,
              count(*) FILTER (WHERE c.stance = 'asserts')::int AS asserts, count(*) FILTER (WHERE c.stance = 'denies')::int AS denies
         FROM claim_filings pf JOIN claims c ON c.id = pf.claim_id LEFT JOIN entities e ON e.id = c.source_id
        WHERE pf.proposition_id = $1 AND c.superseded_at IS NULL ${after ? 'AND c.source_id > $3' : ''}
        GROUP BY c.source_id ORDER BY c.source_id LIMIT $2`,
      params,
    );
    // Pairs of sources whose linked claims are not independent, over the whole proposition.
    const pairs: { a: string; b: string }[] = await this.dataSource.query(
      `SELECT DISTINCT f.source_id AS a, t.source_id AS b
         FROM claim_links l JOIN claims f ON f.id = l.from_claim JOIN claims t ON t.id = l.to_claim
        WHERE l.proposition_id = $1 AND l.superseded_at IS NULL AND NOT l.independent`,
      [id],
    );
    const allSources: { source_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT c.source_id FROM claim_filings pf JOIN claims c ON c.id = pf.claim_id
        WHERE pf.proposition_id = $1 AND c.superseded_at IS NULL`,
      [id],
    );
    const parent = new Map(allSources.map((s) => [s.source_id, s.source_id]));
    const find = (x: string): string => {
      const p = parent.get(x) ?? x;
      if (p === x) return x;
      const root = find(p);
      parent.set(x, root);
      return root;
    };
    const dependsOn = new Map<string, Set<string>>();
    for (const { a, b } of pairs) {
      if (a === b) continue;
      parent.set(find(a), find(b));
      dependsOn.set(a, (dependsOn.get(a) ?? new Set()).add(b));
      dependsOn.set(b, (dependsOn.get(b) ?? new Set()).add(a));
    }
    const groups = new Set(allSources.map((s) => find(s.source_id)));
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    return {
      sourceCount: allSources.length,
      independentSources: groups.size,
      items: shown.map((r) => ({
        source: { id: r.source_id, name: r.name, kind: r.kind ?? 'unknown' },
        claimCount: r.claim_count,
        firstStatedAt: r.first_stated,
        lastStatedAt: r.last_stated,
        stances: { asserts: r.asserts, denies: r.denies },
        notIndependentOf: [...(dependsOn.get(r.source_id) ?? [])].sort(),
      })),
      next: rows.length > limit && last ? { key: '', id: last.source_id } : null,
    };
  }
}
