import type { DataSource } from 'typeorm';
import { returningRows } from './returning-rows';

/** Where a replay starts on each topic: a partition -> offset map per topic name of the contract. */
export type ReplayOffsets = Partial<Record<'claims.recorded.v1' | 'claims.linked.v1', Record<string, string>>>;

export interface AlertReplayView {
  id: string;
  subscriptionId: string;
  from: string | null;
  offsets: ReplayOffsets | null;
  status: 'requested' | 'running' | 'done' | 'failed';
  eventsRead: number;
  deliveries: number;
  error: string | null;
  requestedAt: string;
  finishedAt: string | null;
}

interface Row {
  id: string;
  subscription_id: string;
  from_time: Date | null;
  from_offsets: ReplayOffsets | null;
  status: AlertReplayView['status'];
  events_read: number;
  deliveries: number;
  error: string | null;
  requested_at: Date;
  finished_at: Date | null;
}

const view = (r: Row): AlertReplayView => ({
  id: r.id,
  subscriptionId: r.subscription_id,
  from: r.from_time?.toISOString() ?? null,
  offsets: r.from_offsets,
  status: r.status,
  eventsRead: r.events_read,
  deliveries: r.deliveries,
  error: r.error,
  requestedAt: r.requested_at.toISOString(),
  finishedAt: r.finished_at?.toISOString() ?? null,
});

/** Replay requests: the API files them, the alerts service carries them out. */
export class AlertReplayStore {
  constructor(private readonly dataSource: DataSource) {}

  async request(r: {
    id: string;
    ownerKeyId: string;
    subscriptionId: string;
    from: string | null;
    offsets: ReplayOffsets | null;
  }): Promise<AlertReplayView> {
    const rows: Row[] = await this.dataSource.query(
      `INSERT INTO alert_replays (id, owner_key_id, subscription_id, from_time, from_offsets, status)
       VALUES ($1, $2, $3, $4, $5, 'requested') RETURNING *`,
      [r.id, r.ownerKeyId, r.subscriptionId, r.from, r.offsets === null ? null : JSON.stringify(r.offsets)],
    );
    return view(rows[0]!);
  }

  async get(ownerKeyId: string, subscriptionId: string, id: string): Promise<AlertReplayView | null> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT * FROM alert_replays WHERE id = $1 AND subscription_id = $2 AND owner_key_id = $3`,
      [id, subscriptionId, ownerKeyId],
    );
    return rows[0] ? view(rows[0]) : null;
  }

  /**
   * Takes the oldest replay waiting to run, or one whose runner stopped renewing its lease
   * (its service died), for this process to run under a lease of `leaseMs`.
   */
  async takeNext(leaseMs: number): Promise<AlertReplayView | null> {
    const rows = await returningRows<Row>(
      this.dataSource,
      `UPDATE alert_replays SET status = 'running', lease_until = now() + make_interval(secs => $1::double precision / 1000)
        WHERE id = (SELECT id FROM alert_replays
                     WHERE status = 'requested' OR (status = 'running' AND lease_until < now())
                     ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING *`,
      [leaseMs],
    );
    return rows[0] ? view(rows[0]) : null;
  }

  /** Extends a running replay's lease. */
  async renew(id: string, leaseMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE alert_replays SET lease_until = now() + make_interval(secs => $2::double precision / 1000) WHERE id = $1 AND status = 'running'`,
      [id, leaseMs],
    );
  }

  async progress(id: string, eventsRead: number, deliveries: number): Promise<void> {
    await this.dataSource.query(`UPDATE alert_replays SET events_read = $2, deliveries = $3 WHERE id = $1`, [id, eventsRead, deliveries]);
  }

  async finish(id: string, status: 'done' | 'failed', error: string | null): Promise<void> {
    await this.dataSource.query(`UPDATE alert_replays SET status = $2, error = $3, finished_at = now(), lease_until = NULL WHERE id = $1`, [
      id,
      status,
      error,
    ]);
  }
}
