import type { DataSource } from 'typeorm';

/** What a source said, or what was said about an entity, and how often it was contradicted and by whom. */
export interface Profile {
  entity: { id: string; name: string; kind: string };
  /** Current claims made by it (source) or naming it (entity). */
  claimCount: number;
  stances: { asserts: number; denies: number };
  firstStatedAt: string | null;
  lastStatedAt: string | null;
  propositionCount: number;
  /** Of those claims, how many are in at least one current conflict with another source's claim. */
  contradictedClaims: number;
  /** Who contradicted them: each other source, with how many of the claims it contradicted, most first. */
  contradictedBy: { source: { id: string; name: string }; claims: number }[];
  /** For an entity: the sources that spoke about it, most claims first. */
  sources?: { source: { id: string; name: string }; claims: number }[];
}

/** Source and entity pages of the analysts' API. The claims themselves come from the claims query. */
export class ProfileReader {
  constructor(private readonly dataSource: DataSource) {}

  async source(id: string): Promise<Profile | null> {
    return this.profile(
      id,
      `SELECT c.id, c.stance, c.stated_at, f.proposition_id, c.source_id FROM claims c LEFT JOIN claim_filings f ON f.claim_id = c.id
        WHERE c.source_id = $1 AND c.superseded_at IS NULL`,
    );
  }

  async entity(id: string): Promise<Profile | null> {
    return this.profile(
      id,
      `SELECT c.id, c.stance, c.stated_at, f.proposition_id, c.source_id FROM claim_entities ce
         JOIN claims c ON c.id = ce.claim_id AND c.superseded_at IS NULL
         LEFT JOIN claim_filings f ON f.claim_id = c.id
        WHERE ce.entity_id = $1 AND ce.role = 'about'`,
      true,
    );
  }

  /** The entity whose canonical id or name this is (any case): its canonical id, or null. */
  async resolve(idOrName: string): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM entities WHERE id = $1
       UNION ALL SELECT id FROM (SELECT id FROM entities WHERE lower(id) = lower($1) OR lower(name) = lower($1) ORDER BY id LIMIT 1) n
       LIMIT 1`,
      [idOrName],
    );
    return rows[0]?.id ?? null;
  }

  private async profile(id: string, claimsSql: string, withSources = false): Promise<Profile | null> {
    const entities: { id: string; name: string; kind: string }[] = await this.dataSource.query(
      `SELECT id, name, kind FROM entities WHERE id = $1`,
      [id],
    );
    const entity = entities[0];
    if (!entity) return null;
    const [stats]: {
      claim_count: number;
      asserts: number;
      denies: number;
      first_stated: string | null;
      last_stated: string | null;
      propositions: number;
    }[] = await this.dataSource.query(
      `WITH m AS (${claimsSql})
       SELECT count(*)::int AS claim_count, count(*) FILTER (WHERE stance = 'asserts')::int AS asserts,
              count(*) FILTER (WHERE stance = 'denies')::int AS denies,
              to_char(min(stated_at), 'YYYY-MM-DD') AS first_stated, to_char(max(stated_at), 'YYYY-MM-DD') AS last_stated,
              count(DISTINCT proposition_id)::int AS propositions
         FROM m`,
      [id],
    );
    // A conflict in either direction with a claim of another source.
    const contradictions: { claim_id: string; other_source: string; other_name: string }[] = await this.dataSource.query(
      `WITH m AS (${claimsSql})
       SELECT m.id AS claim_id, o.source_id AS other_source, min(o.source_name) AS other_name
         FROM m
         JOIN claim_links l ON l.relation = 'conflicts' AND l.superseded_at IS NULL AND (l.from_claim = m.id OR l.to_claim = m.id)
         JOIN claims o ON o.id = CASE WHEN l.from_claim = m.id THEN l.to_claim ELSE l.from_claim END
        WHERE o.source_id <> m.source_id
        GROUP BY m.id, o.source_id`,
      [id],
    );
    const by = new Map<string, { name: string; claims: Set<string> }>();
    for (const r of contradictions) {
      const e = by.get(r.other_source) ?? { name: r.other_name, claims: new Set<string>() };
      e.claims.add(r.claim_id);
      by.set(r.other_source, e);
    }
    const profile: Profile = {
      entity,
      claimCount: stats!.claim_count,
      stances: { asserts: stats!.asserts, denies: stats!.denies },
      firstStatedAt: stats!.first_stated,
      lastStatedAt: stats!.last_stated,
      propositionCount: stats!.propositions,
      contradictedClaims: new Set(contradictions.map((r) => r.claim_id)).size,
      contradictedBy: [...by]
        .map(([sid, e]) => ({ source: { id: sid, name: e.name }, claims: e.claims.size }))
        .sort((a, b) => b.claims - a.claims || a.source.id.localeCompare(b.source.id)),
    };
    if (withSources) {
      const sources: { source_id: string; name: string; claims: number }[] = await this.dataSource.query(
        `WITH m AS (${claimsSql})
         SELECT m.source_id, min(c.source_name) AS name, count(*)::int AS claims
           FROM m JOIN claims c ON c.id = m.id GROUP BY m.source_id ORDER BY claims DESC, m.source_id`,
        [id],
      );
      profile.sources = sources.map((s) => ({ source: { id: s.source_id, name: s.name }, claims: s.claims }));
    }
    return profile;
  }
}
