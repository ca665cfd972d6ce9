import type { DataSource } from 'typeorm';
import { returningRows } from './returning-rows';

/** A subscription as the API shows it: never its secret. */
export interface AlertSubscriptionView {
  id: string;
  name: string | null;
  url: string;
  filter: Record<string, unknown>;
  status: 'active' | 'paused';
  createdAt: string;
  updatedAt: string;
}

/** A subscription as the alerts service indexes it, deleted ones included (to drop them). */
export interface AlertSubscriptionChange {
  id: string;
  filter: Record<string, unknown>;
  status: 'active' | 'paused';
  deleted: boolean;
  updatedAt: Date;
}

interface Row {
  id: string;
  name: string | null;
  url: string;
  filter: Record<string, unknown>;
  status: 'active' | 'paused';
  created_at: Date;
  updated_at: Date;
}

const view = (r: Row): AlertSubscriptionView => ({
  id: r.id,
  name: r.name,
  url: r.url,
  filter: r.filter,
  status: r.status,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

const COLUMNS = 'id, name, url, filter, status, created_at, updated_at';

/** Alert subscriptions in Postgres; every read and write of the API is scoped to the owning key. */
export class AlertSubscriptionStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates a subscription unless the key already has `maxPerKey` of them (counted under a lock per key). */
  async create(s: {
    id: string;
    ownerKeyId: string;
    name: string | null;
    url: string;
    filter: unknown;
    secretSealed: string;
    maxPerKey: number;
  }): Promise<AlertSubscriptionView | 'limit'> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('alert_subscriptions:' || $1))`, [s.ownerKeyId]);
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM alert_subscriptions WHERE owner_key_id = $1 AND deleted_at IS NULL`, [
        s.ownerKeyId,
      ]);
      if (n >= s.maxPerKey) return 'limit';
      const rows: Row[] = await m.query(
        `INSERT INTO alert_subscriptions (id, owner_key_id, name, url, filter, secret_sealed, status)
         VALUES ($1, $2, $3, $4, $5, $6, 'active') RETURNING ${COLUMNS}`,
        [s.id, s.ownerKeyId, s.name, s.url, JSON.stringify(s.filter), s.secretSealed],
      );
      return view(rows[0]!);
    });
  }

  async list(ownerKeyId: string, limit: number, after?: { createdAt: string; id: string }): Promise<AlertSubscriptionView[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM alert_subscriptions
        WHERE owner_key_id = $1 AND deleted_at IS NULL AND ($2::timestamptz IS NULL OR (created_at, id) > ($2, $3))
        ORDER BY created_at, id LIMIT $4`,
      [ownerKeyId, after?.createdAt ?? null, after?.id ?? '', limit],
    );
    return rows.map(view);
  }

  async get(ownerKeyId: string, id: string): Promise<AlertSubscriptionView | null> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM alert_subscriptions WHERE id = $1 AND owner_key_id = $2 AND deleted_at IS NULL`,
      [id, ownerKeyId],
    );
    return rows[0] ? view(rows[0]) : null;
  }

  async setStatus(ownerKeyId: string, id: string, status: 'active' | 'paused'): Promise<AlertSubscriptionView | null> {
    const rows = await returningRows<Row>(
      this.dataSource,
      `UPDATE alert_subscriptions SET status = $3, updated_at = clock_timestamp()
        WHERE id = $1 AND owner_key_id = $2 AND deleted_at IS NULL RETURNING ${COLUMNS}`,
      [id, ownerKeyId, status],
    );
    return rows[0] ? view(rows[0]) : null;
  }

  /** Marks it deleted (the alerts service must see it go); its deliveries stop. */
  async delete(ownerKeyId: string, id: string): Promise<boolean> {
    const rows = await returningRows<{ id: string }>(
      this.dataSource,
      `UPDATE alert_subscriptions SET deleted_at = now(), updated_at = clock_timestamp()
        WHERE id = $1 AND owner_key_id = $2 AND deleted_at IS NULL RETURNING id`,
      [id, ownerKeyId],
    );
    return rows.length > 0;
  }

  /** Subscriptions changed at or after `since` (all of them when null), oldest change first. */
  async changedSince(since: Date | null): Promise<AlertSubscriptionChange[]> {
    const rows: { id: string; filter: Record<string, unknown>; status: 'active' | 'paused'; deleted: boolean; updated_at: Date }[] =
      await this.dataSource.query(
        `SELECT id, filter, status, deleted_at IS NOT NULL AS deleted, updated_at FROM alert_subscriptions
          WHERE $1::timestamptz IS NULL OR updated_at >= $1 ORDER BY updated_at`,
        [since],
      );
    return rows.map((r) => ({ id: r.id, filter: r.filter, status: r.status, deleted: r.deleted, updatedAt: r.updated_at }));
  }

  /** A subscription's filter and state, whatever its owner (for a replay). */
  async filterOf(id: string): Promise<AlertSubscriptionChange | null> {
    const rows: { id: string; filter: Record<string, unknown>; status: 'active' | 'paused'; deleted: boolean; updated_at: Date }[] =
      await this.dataSource.query(
        `SELECT id, filter, status, deleted_at IS NOT NULL AS deleted, updated_at FROM alert_subscriptions WHERE id = $1`,
        [id],
      );
    const r = rows[0];
    return r ? { id: r.id, filter: r.filter, status: r.status, deleted: r.deleted, updatedAt: r.updated_at } : null;
  }

  /** Pauses a subscription whatever its owner (the subscriber answered 410 Gone). */
  async pauseById(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE alert_subscriptions SET status = 'paused', updated_at = clock_timestamp() WHERE id = $1 AND status = 'active'`,
      [id],
    );
  }
}
