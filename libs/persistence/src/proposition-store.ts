import type { DataSource, EntityManager } from 'typeorm';
import type { Claim, Link } from '@claim-ledger/contracts';
import { arrayParams } from './array-literal';
import { preparedStatement } from './prepared-statements';

/** A claim of the ledger with the proposition it is filed under. */
export interface FiledClaim {
  claim: Claim;
  propositionId: string;
}

// Candidate records read and parsed in earlier units of work, kept by claim id: a
// story's claims come back as candidates batch after batch, and reading their records
// again was the linker's costliest statement and its costliest parse (a third of its
// time in Postgres and pg's row parsing on the pipeline feed, issue 15). A record never
// changes once written (a revision writes new claims; the linker files a claim in
// claim_filings, which the statements read), so a kept one is never stale; whether a
// claim is still current and where it is filed come from the ids statement every time.
// At most this many, about 2 KB each parsed.
const RECORDS_KEPT = 20_000;

/**
 * Claim records by id, at most RECORDS_KEPT, the newest half always: two generations,
 * the older dropped whole (cheaper than evicting one entry of a Map at every insert).
 */
class RecentRecords {
  private young = new Map<string, Claim>();
  private old = new Map<string, Claim>();

  get(claimId: string): Claim | undefined {
    const young = this.young.get(claimId);
    if (young) return young;
    const old = this.old.get(claimId);
    // Still in use: kept in the young generation so that it outlives the next turnover.
    if (old) this.set(claimId, old);
    return old;
  }

  set(claimId: string, record: Claim): void {
    this.young.set(claimId, record);
    if (this.young.size >= RECORDS_KEPT / 2) {
      this.old = this.young;
      this.young = new Map();
    }
  }
}

/**
 * The linker's side of the ledger. `withKeys` runs a unit of work holding transaction
 * advisory locks on the keys its claims are looked up by, taken in key order: two linker
 * instances filing claims about the same thing take turns, so the second sees the first's
 * claims and neither founds a second proposition for them or writes a link twice.
 */
export class PropositionStore {
  private readonly records = new RecentRecords();

  constructor(private readonly dataSource: DataSource) {}

  async withKeys<T>(keys: readonly string[], work: (tx: PropositionTx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      // One statement for all the locks (not a round trip per key), taken in the order of
      // their hashes, so that two units of work never wait on each other in a cycle.
      // (Counted, not returned: a row a lock was a row for pg to parse.)
      await m.query(LOCK_KEYS, arrayParams([[...new Set(keys)]]));
      return work(new PropositionTx(m, this.records));
    });
  }
}

// The two statements that look claims up by id probe the primary key once an id (a LATERAL
// subquery, which the planner cannot turn into a scan of the table) and test
// `superseded_at IS NULL` on the rows found. As `id = ANY($1) AND superseded_at IS NULL` they
// depended on the table's statistics: while it had never been analysed (a new ledger, every
// benchmark pass) the planner ANDed the primary key with a whole partial index of current
// claims, or for a few hundred ids scanned the table: 2.0 ms of Postgres for 25 ids at 22,553
// claims, growing with the ledger until autovacuum first analysed it (issue 15;
// unanalysed-plans.int-spec.ts). They stay unnamed (prepared-statements.ts): prepared, the
// held claims' statement settled in a latency pass on a generic plan that probed the partial
// index claims_stated_id_current (stated_at, id) by id, a walk of the whole index an id:
// 67 ms a run on average instead of well under one.

/** $1 ids -> a JSON list of [id, proposition id or null] of those still current. */
export const CURRENT_CLAIMS = `SELECT json_agg(json_build_array(c.id, (SELECT f.proposition_id FROM claim_filings f WHERE f.claim_id = c.id)))
  FROM unnest($1::text[]) AS k(id)
  CROSS JOIN LATERAL (SELECT id, superseded_at FROM claims WHERE id = k.id LIMIT 1) c
 WHERE c.superseded_at IS NULL`;

/**
 * $1 ids -> a JSON list of those still current, held FOR SHARE in id order (each once). A
 * superseded claim is held too, which only makes a revision that would make it current
 * again wait; the row tested is the version the lock found, a supersession committed
 * meanwhile included.
 */
export const HOLD_CURRENT_CLAIMS = `SELECT json_agg(c.id)
  FROM (SELECT DISTINCT id FROM unnest($1::text[]) AS u(id) ORDER BY id) k
  CROSS JOIN LATERAL (SELECT id, superseded_at FROM claims WHERE id = k.id FOR SHARE) c
 WHERE c.superseded_at IS NULL`;

// The linker's statements below run prepared (prepared-statements.ts): at one article a unit
// of work (linker-inprocess, 2,000 articles, two alternated pairs) the locks and the
// propositions' insert took 40-60% less Postgres CPU, the others up to 30%, with the same
// links, filings and keys. Each has one way to its rows (no table, or one index that fits
// its conditions), so no generic plan can take another. The candidates' statement stays
// unnamed: its generic plan took Postgres 83 s where its custom plans took 2.3.

/** The unit of work's advisory locks, one a key, in the order of their hashes. */
const LOCK_KEYS = preparedStatement(
  'linker-lock-keys',
  `SELECT count(pg_advisory_xact_lock(h)) FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest($1::text[]) AS k ORDER BY h) s`,
);

/**
 * $1 proposition ids, $2 claim ids left out, $3 members a proposition -> [n, newest current members' ids].
 * The ids left out as `NOT IN (SELECT unnest($2))`, a hashed subplan built once a run: as
 * `NOT (claim_id = ANY($2))`, prepared, the generic plan compared each filing read with every
 * id of $2 in turn (Postgres hashes such an array only when it is a constant of a custom
 * plan), and a unit of 160 articles leaves out about 700: 125-143 ms a run against 18-24
 * (236 propositions; issue 15).
 */
export const PROPOSITION_MEMBERS = preparedStatement(
  'linker-proposition-members',
  `SELECT json_agg(json_build_array(p.n, c.ids) ORDER BY p.n)
     FROM unnest($1::text[]) WITH ORDINALITY AS p(id, n)
     CROSS JOIN LATERAL (
       SELECT json_agg(x.id ORDER BY x.stated_at DESC, x.id) AS ids
         FROM (
           SELECT f.claim_id AS id, f.stated_at FROM claim_filings f
            WHERE f.proposition_id = p.id AND f.claim_id NOT IN (SELECT unnest($2::text[]))
              AND (SELECT true FROM claims s WHERE s.id = f.claim_id AND s.superseded_at IS NOT NULL) IS NULL
            ORDER BY f.stated_at DESC, f.claim_id
            LIMIT $3
         ) x
     ) c
    WHERE c.ids IS NOT NULL`,
);

const INSERT_PROPOSITIONS = preparedStatement(
  'linker-insert-propositions',
  `INSERT INTO propositions (id, key) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (id) DO NOTHING`,
);

/** A claim keeps the proposition it was first filed under (a redelivery files it alike). */
const INSERT_FILINGS = preparedStatement(
  'linker-insert-filings',
  `INSERT INTO claim_filings (claim_id, proposition_id, stated_at)
   SELECT * FROM unnest($1::text[], $2::text[], $3::date[]) ON CONFLICT (claim_id) DO NOTHING`,
);

// The keys and links of claims filed now: plain inserts, read no table, so prepared (only
// their fallbacks, ON CONFLICT DO NOTHING after a unique violation, run unnamed).
const INSERT_KEYS = preparedStatement(
  'linker-insert-keys',
  `INSERT INTO claim_keys (key, claim_id, stated_at, proposition_id)
   SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::text[])`,
);
const INSERT_LINKS = preparedStatement(
  'linker-insert-links',
  `INSERT INTO claim_links (from_claim, to_claim, relation, independent, reason, proposition_id)
   SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::text[], $6::text[])`,
);
// Postgres's SQLSTATE for a duplicate key.
const UNIQUE_VIOLATION = '23505';

export class PropositionTx {
  constructor(
    private readonly m: EntityManager,
    private readonly records: RecentRecords = new RecentRecords(),
  ) {}

  /** A statement of the unit of work, its arrays sent as array literals (arrayLiteral). */
  private sql<T = unknown>(text: string, params: readonly unknown[] = []): Promise<T> {
    return this.m.query(text, arrayParams(params));
  }

  /** The claims among these that are still current, with the proposition they are filed under, if any. */
  async current(claimIds: readonly string[]): Promise<Map<string, string | null>> {
    const pairs = await this.jsonOf<[string, string | null]>(CURRENT_CLAIMS, [claimIds]);
    return new Map(pairs);
  }

  /**
   * Which of these claims are still current, holding them (FOR SHARE) until the unit of
   * work ends: a revision that supersedes one of them waits for the links written here,
   * and then supersedes them too; one that superseded it first is seen, and no link to
   * it is written. Taken before anything is written, so neither side waits on the other twice.
   */
  async holdCurrent(claimIds: readonly string[]): Promise<Set<string>> {
    const ids = await this.jsonOf<string>(HOLD_CURRENT_CLAIMS, [claimIds]);
    return new Set(ids);
  }

  /**
   * The newest current filed claims under each key (`perKey` at most per key, by an index
   * range scan), leaving out the given claims: key → claims.
   */
  async candidates(keys: readonly string[], except: readonly string[], perKey: number): Promise<Map<string, FiledClaim[]>> {
    if (keys.length === 0) return new Map();
    // Which claims, in key order, first; their records after, each once (a wire story's
    // claims are found under all of their keys). One statement carrying the records
    // through its sorts spilled them to disk: 320 ms for a batch of 50 articles, 190 of
    // them sorting (EXPLAIN ANALYZE, issue 15). A key row carries its claim's proposition,
    // and only the superseded claims are looked up, in their partial index: joining every
    // claim's row for its proposition and superseded_at was 460 of 660 ms for a batch of
    // 200 articles. (The check is a subquery, which the planner keeps as a probe of that
    // index a row: as NOT EXISTS it became a hash anti-join over a scan of all claims on a
    // database never analysed.) The batch's own claims are left out here, not in SQL:
    // comparing each row with a thousand ids there cost more than sending them.
    // Each key comes back as its place in the keys sent, with its claims' ids and their
    // propositions as two lists, newest first: a row a key and claim (a list of the key's
    // text, the claim's id and its proposition) made fifteen small lists a key for the
    // linker to parse and keep through the unit of work, the largest thing its collector
    // promoted (issue 15). Postgres takes as long either way.
    const distinct = [...new Set(keys)];
    const rows = await this.jsonOf<[n: number, ids: string[], propositionIds: string[]]>(
      `SELECT json_agg(json_build_array(k.n, ck.ids, ck.propositions) ORDER BY k.n)
         FROM unnest($1::text[]) WITH ORDINALITY AS k(key, n)
         CROSS JOIN LATERAL (
           SELECT json_agg(x.claim_id ORDER BY x.stated_at DESC, x.claim_id DESC) AS ids,
                  json_agg(x.proposition_id ORDER BY x.stated_at DESC, x.claim_id DESC) AS propositions
             FROM (
               SELECT claim_id, stated_at, proposition_id FROM claim_keys
                WHERE key = k.key
                ORDER BY stated_at DESC, claim_id DESC
                LIMIT $2
             ) x
            WHERE (SELECT true FROM claims s WHERE s.id = x.claim_id AND s.superseded_at IS NOT NULL) IS NULL
         ) ck
        WHERE ck.ids IS NOT NULL`,
      [distinct, perKey],
    );
    return this.filedBy(
      rows.map(([n, ids, propositionIds]) => [distinct[n - 1]!, ids, propositionIds]),
      new Set(except),
    );
  }

  /**
   * The newest current members of each proposition (`perProposition` at most, by an index
   * range scan), leaving out the given claims: proposition → claims. A claim that joins a
   * proposition is related to them, besides the members its keys found.
   */
  async members(propositionIds: readonly string[], except: readonly string[], perProposition: number): Promise<Map<string, FiledClaim[]>> {
    if (propositionIds.length === 0) return new Map();
    // (Filings in their index's order; a superseded claim is asked of the partial index of
    // those, as the candidates are. Each proposition as its place in those sent, with its
    // members' ids, as the candidates come.)
    const distinct = [...new Set(propositionIds)];
    const rows = await this.jsonOf<[n: number, ids: string[]]>(PROPOSITION_MEMBERS, [distinct, except, perProposition]);
    return this.filedBy(rows.map(([n, ids]) => [distinct[n - 1]!, ids, distinct[n - 1]!]));
  }

  /**
   * A statement's one JSON aggregate (json_agg; NULL when it had no rows). The linker's
   * statements return tens of thousands of short rows a unit of work (a claim's candidates
   * under each of its keys), and pg parsed each row's message into an object in JavaScript:
   * one JSON text is parsed natively, and leaves no row objects to collect (issue 15).
   */
  private async jsonOf<T>(sql: string, params: unknown[]): Promise<T[]> {
    const rows: Record<string, T[] | null>[] = await this.sql(sql, params);
    return Object.values(rows[0] ?? {})[0] ?? [];
  }

  /**
   * The claims of these groups (a key's, a proposition's: the group, its claims' ids in
   * order, and their propositions, or the one they share) with their records (from the
   * recent ones kept, else one query), listed under each group in order, those in `except`
   * left out. A group left with no claim is not listed.
   */
  private async filedBy(
    groups: readonly (readonly [group: string, ids: readonly string[], propositions: string | readonly string[]])[],
    except: ReadonlySet<string> = new Set(),
  ): Promise<Map<string, FiledClaim[]>> {
    const propositionOf = new Map<string, string>();
    for (const [, ids, propositions] of groups)
      for (let i = 0; i < ids.length; i++)
        if (!except.has(ids[i]!)) propositionOf.set(ids[i]!, typeof propositions === 'string' ? propositions : propositions[i]!);
    const byId = await this.filedClaims(propositionOf);
    const out = new Map<string, FiledClaim[]>();
    for (const [group, ids] of groups) {
      const list: FiledClaim[] = [];
      for (const id of ids) {
        // (Left out, or a key row that outlived its claim's row: nothing deletes claims but an article's cascade.)
        const filed = except.has(id) ? undefined : byId.get(id);
        if (filed) list.push(filed);
      }
      if (list.length > 0) out.set(group, list);
    }
    return out;
  }

  /** The records of these claims (from the recent ones kept, else one query), with their propositions. */
  private async filedClaims(propositionOf: ReadonlyMap<string, string>): Promise<Map<string, FiledClaim>> {
    const byId = new Map<string, FiledClaim>();
    const missing: string[] = [];
    for (const [id, propositionId] of propositionOf) {
      const claim = this.records.get(id);
      if (claim) byId.set(id, { claim, propositionId });
      else missing.push(id);
    }
    if (missing.length > 0) {
      const records: { id: string; record: Claim }[] = await this.sql(`SELECT id, record FROM claims WHERE id = ANY($1)`, [missing]);
      for (const r of records) {
        this.records.set(r.id, r.record);
        byId.set(r.id, { claim: r.record, propositionId: propositionOf.get(r.id)! });
      }
    }
    return byId;
  }

  /**
   * Files claims under their propositions (founding those that are new, named after
   * their first claim) and indexes them under their keys. The proposition goes in
   * `claim_filings` only: readers lay it over the record (claimRecordSql). Rewriting the
   * record made Postgres recompute the row's generated search column (to_tsvector four
   * times), and setting a column of `claims` wrote the row again into each of its indexes
   * (issue 15).
   */
  async file(claims: readonly Claim[], propositions: ReadonlyMap<string, string>, keysOf: (c: Claim) => readonly string[]): Promise<void> {
    const filed = claims.filter((c) => propositions.has(c.id));
    if (filed.length === 0) return;
    // A claim filed now is a candidate of the claims after it: its record is the one the
    // ledger wrote (claims.recorded.v1 carries the claims recorded), so it is kept as it is
    // rather than read back and parsed again, with what the engine worked out of it.
    for (const c of filed) this.records.set(c.id, c);
    const founders = new Map<string, string>();
    for (const c of filed) if (!founders.has(propositions.get(c.id)!)) founders.set(propositions.get(c.id)!, c.id);
    await this.sql(INSERT_PROPOSITIONS, [[...founders.keys()], [...founders.values()].map((id) => `founded-by:${id}`)]);
    // A claim keeps the proposition it was first filed under (a redelivery files it alike).
    await this.sql(INSERT_FILINGS, [filed.map((c) => c.id), filed.map((c) => propositions.get(c.id)!), filed.map((c) => c.statedAt.start)]);
    const rows = filed.flatMap((c) => keysOf(c).map((k) => [k, c.id, c.statedAt.start, propositions.get(c.id)!] as const));
    const params = [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])];
    await this.insertNew(
      () => this.sql(INSERT_KEYS, params),
      () => this.sql(`${INSERT_KEYS} ON CONFLICT DO NOTHING`, params),
    );
  }

  /**
   * Inserts rows that cannot be in their table yet, as a plain insert: the linker writes
   * keys and links only for claims it files now, never filed before (a redelivered
   * article's claims are, and get none), in the unit of work that files them. ON CONFLICT
   * DO NOTHING inserted each row speculatively, a third of those statements' time in
   * Postgres (issue 15). Should a row be there after all (a case this reasoning missed),
   * the unique violation rolls back to a savepoint and `orElse` writes the rows that are
   * not, as ON CONFLICT DO NOTHING would have: the unit of work goes on either way.
   */
  private async insertNew<T>(plain: () => Promise<T>, orElse: () => Promise<T>): Promise<T> {
    await this.sql('SAVEPOINT new_rows');
    try {
      return await plain();
    } catch (e) {
      const code = (e as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (e as { code?: string }).code;
      if (code !== UNIQUE_VIOLATION) throw e;
      await this.sql('ROLLBACK TO SAVEPOINT new_rows');
      return orElse();
    }
  }

  /** Writes links; a link already written (a redelivered event) is left as it is. Returns how many were new. */
  async insertLinks(links: readonly Link[], propositionOf: (claimId: string) => string): Promise<number> {
    return (await this.insertLinksReturningPairs(links, propositionOf)).size;
  }

  /** As insertLinks, returning the links written now as `<from> <to>`. */
  async insertLinksReturningPairs(links: readonly Link[], propositionOf: (claimId: string) => string): Promise<Set<string>> {
    if (links.length === 0) return new Set();
    const params = [
      links.map((l) => l.from),
      links.map((l) => l.to),
      links.map((l) => l.relation),
      links.map((l) => l.independent),
      links.map((l) => l.reason),
      links.map((l) => propositionOf(l.to)),
    ];
    return this.insertNew(
      async () => {
        await this.sql(INSERT_LINKS, params);
        return new Set(links.map((l) => `${l.from} ${l.to}`));
      },
      async () =>
        new Set(
          await this.jsonOf<string>(
            `WITH written AS (${INSERT_LINKS} ON CONFLICT (from_claim, to_claim) DO NOTHING RETURNING from_claim, to_claim)
             SELECT json_agg(from_claim || ' ' || to_claim) FROM written`,
            params,
          ),
        ),
    );
  }
}
