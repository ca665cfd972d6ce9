import type { DataSource } from 'typeorm';
import { returningRows } from './returning-rows';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';
export type AttemptOutcome = 'in_flight' | 'interrupted' | 'delivered' | 'retry' | 'failed';

/** A delivery matched for a subscription, before it is queued. */
export interface NewDelivery {
  id: string;
  subscriptionId: string;
  event: string;
  payload: unknown;
}

/** A delivery about to be sent, with its subscription's target. */
export interface DeliveryToSend {
  payload: unknown;
  status: DeliveryStatus;
  subscription: { id: string; url: string; secretSealed: string; status: 'active' | 'paused'; deleted: boolean };
}

export interface DeliveryAttemptView {
  attempt: number;
  startedAt: string;
  outcome: AttemptOutcome;
  statusCode: number | null;
  latencyMs: number | null;
  error: string | null;
}

export interface DeliveryView {
  id: string;
  event: string;
  status: DeliveryStatus;
  attempts: DeliveryAttemptView[];
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  payload: unknown;
}

/**
 * Deliveries and their attempts in Postgres: the record a subscriber queries (GET
 * /v1/subscriptions/:id/deliveries) and the worker's memory of what is done, so a
 * redelivered event or a replay never sends an alert that was delivered or failed.
 */
export class AlertDeliveryStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records matched deliveries; returns the ids still pending, which the caller queues
   * (new ones, and ones recorded before whose job may have been lost). Delivered or
   * failed ones are left alone.
   */
  async recordMatched(deliveries: readonly NewDelivery[]): Promise<string[]> {
    if (deliveries.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH new AS (
         INSERT INTO alert_deliveries (id, subscription_id, event, payload, status)
         SELECT d.id, d.subscription_id, d.event, d.payload, 'pending'
           FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) AS d(id, subscription_id, event, payload)
           JOIN alert_subscriptions s ON s.id = d.subscription_id AND s.deleted_at IS NULL
         ON CONFLICT (id) DO NOTHING
         RETURNING id)
       SELECT id FROM new
       UNION
       SELECT id FROM alert_deliveries WHERE id = ANY($1::text[]) AND status = 'pending'`,
      [
        deliveries.map((d) => d.id),
        deliveries.map((d) => d.subscriptionId),
        deliveries.map((d) => d.event),
        deliveries.map((d) => JSON.stringify(d.payload)),
      ],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The delivery's payload and status with what sending needs of its subscription, in one
   * query (null when it is gone with its subscription).
   */
  async forSending(id: string): Promise<DeliveryToSend | null> {
    const rows: {
      subscription_id: string;
      payload: unknown;
      status: DeliveryStatus;
      url: string;
      secret_sealed: string;
      subscription_status: 'active' | 'paused';
      deleted: boolean;
    }[] = await this.dataSource.query(
      `SELECT d.subscription_id, d.payload, d.status, s.url, s.secret_sealed, s.status AS subscription_status,
              s.deleted_at IS NOT NULL AS deleted
         FROM alert_deliveries d JOIN alert_subscriptions s ON s.id = d.subscription_id
        WHERE d.id = $1`,
      [id],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      payload: r.payload,
      status: r.status,
      subscription: { id: r.subscription_id, url: r.url, secretSealed: r.secret_sealed, status: r.subscription_status, deleted: r.deleted },
    };
  }

  /**
   * Records the start of an attempt, numbered after every earlier one (one that a killed
   * worker left `in_flight` becomes `interrupted`), and returns its number. One statement.
   */
  async startAttempt(deliveryId: string): Promise<number> {
    const rows = await returningRows<{ attempt: number }>(
      this.dataSource,
      `WITH cut AS (
         UPDATE alert_delivery_attempts SET outcome = 'interrupted', error = 'the worker stopped during the attempt'
          WHERE delivery_id = $1 AND outcome = 'in_flight'),
       d AS (
         UPDATE alert_deliveries SET attempts = attempts + 1, updated_at = now() WHERE id = $1 RETURNING attempts)
       INSERT INTO alert_delivery_attempts (delivery_id, attempt, outcome)
       SELECT $1, attempts, 'in_flight' FROM d RETURNING attempt`,
      [deliveryId],
    );
    if (!rows[0]) throw new Error(`no delivery ${deliveryId}`);
    return rows[0].attempt;
  }

  /** Records how an attempt ended, and the delivery's status after it. */
  async finishAttempt(
    deliveryId: string,
    attempt: number,
    a: { outcome: 'delivered' | 'retry' | 'failed'; statusCode: number | null; latencyMs: number | null; error: string | null },
  ): Promise<void> {
    const status: DeliveryStatus = a.outcome === 'delivered' ? 'delivered' : a.outcome === 'failed' ? 'failed' : 'pending';
    // One statement, so both rows change together without a transaction's extra round trips.
    await this.dataSource.query(
      `WITH a AS (
         UPDATE alert_delivery_attempts SET outcome = $3, status_code = $4, latency_ms = $5, error = $6
          WHERE delivery_id = $1 AND attempt = $2)
       UPDATE alert_deliveries SET status = $7, last_error = $6, updated_at = now(),
              delivered_at = CASE WHEN $7 = 'delivered' THEN now() ELSE delivered_at END
        WHERE id = $1 AND status = 'pending'`,
      [deliveryId, attempt, a.outcome, a.statusCode, a.latencyMs, a.error, status],
    );
  }

  /** Fails a delivery that will not be attempted (its subscription was deleted). */
  async abandon(deliveryId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE alert_deliveries SET status = 'failed', last_error = $2, updated_at = now() WHERE id = $1 AND status = 'pending'`,
      [deliveryId, reason],
    );
  }

  /** A subscription's deliveries, newest first, each with all its attempts. */
  async list(
    subscriptionId: string,
    limit: number,
    filter: { status?: DeliveryStatus; before?: { createdAt: string; id: string } } = {},
  ): Promise<DeliveryView[]> {
    const rows: {
      id: string;
      event: string;
      status: DeliveryStatus;
      last_error: string | null;
      created_at: Date;
      delivered_at: Date | null;
      payload: unknown;
      attempts: {
        attempt: number;
        started_at: string;
        outcome: AttemptOutcome;
        status_code: number | null;
        latency_ms: number | null;
        error: string | null;
      }[];
    }[] = await this.dataSource.query(
      `SELECT d.id, d.event, d.status, d.last_error, d.created_at, d.delivered_at, d.payload,
              coalesce((SELECT json_agg(a ORDER BY a.attempt) FROM alert_delivery_attempts a WHERE a.delivery_id = d.id), '[]') AS attempts
         FROM alert_deliveries d
        WHERE d.subscription_id = $1 AND ($2::text IS NULL OR d.status = $2)
          AND ($3::timestamptz IS NULL OR (d.created_at, d.id) < ($3, $4))
        ORDER BY d.created_at DESC, d.id DESC LIMIT $5`,
      [subscriptionId, filter.status ?? null, filter.before?.createdAt ?? null, filter.before?.id ?? '', limit],
    );
    return rows.map((r) => ({
      id: r.id,
      event: r.event,
      status: r.status,
      lastError: r.last_error,
      createdAt: r.created_at.toISOString(),
      deliveredAt: r.delivered_at?.toISOString() ?? null,
      attempts: r.attempts.map((a) => ({
        attempt: a.attempt,
        startedAt: new Date(a.started_at).toISOString(),
        outcome: a.outcome,
        statusCode: a.status_code,
        latencyMs: a.latency_ms,
        error: a.error,
      })),
      payload: r.payload,
    }));
  }
}
