import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alert subscriptions (owned by an API key), the deliveries matched for them, every
 * attempt at each delivery, and replay requests the alerts service carries out.
 */
export class Alerts1764489600000 implements MigrationInterface {
  name = 'Alerts1764489600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alert_subscriptions (
        id                text        PRIMARY KEY,
        owner_key_id      text        NOT NULL,
        name              text,
        url               text        NOT NULL,
        filter            jsonb       NOT NULL,
        -- AES-256-GCM under ALERTS_SECRET_KEY: the worker needs the secret itself to sign.
        secret_sealed     text        NOT NULL,
        status            text        NOT NULL CHECK (status IN ('active', 'paused')),
        -- Milliseconds, as the API's cursors carry them (JSON dates have no microseconds).
        created_at        timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        deleted_at        timestamptz
      )`);
    await q.query(`CREATE INDEX alert_subscriptions_owner ON alert_subscriptions (owner_key_id, created_at, id) WHERE deleted_at IS NULL`);
    // The alerts service reads what changed since its last look.
    await q.query(`CREATE INDEX alert_subscriptions_changed ON alert_subscriptions (updated_at)`);
    await q.query(`
      CREATE TABLE alert_deliveries (
        id               text        PRIMARY KEY,
        subscription_id  text        NOT NULL REFERENCES alert_subscriptions (id) ON DELETE CASCADE,
        event            text        NOT NULL,
        payload          jsonb       NOT NULL,
        status           text        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts         integer     NOT NULL DEFAULT 0,
        last_error       text,
        created_at       timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        delivered_at     timestamptz
      )`);
    await q.query(`CREATE INDEX alert_deliveries_subscription ON alert_deliveries (subscription_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE alert_delivery_attempts (
        delivery_id  text        NOT NULL REFERENCES alert_deliveries (id) ON DELETE CASCADE,
        attempt      integer     NOT NULL CHECK (attempt >= 1),
        started_at   timestamptz NOT NULL DEFAULT now(),
        outcome      text        NOT NULL CHECK (outcome IN ('in_flight', 'interrupted', 'delivered', 'retry', 'failed')),
        status_code  integer,
        latency_ms   integer,
        error        text,
        PRIMARY KEY (delivery_id, attempt)
      )`);
    await q.query(`
      CREATE TABLE alert_replays (
        id               text        PRIMARY KEY,
        owner_key_id     text        NOT NULL,
        subscription_id  text        NOT NULL REFERENCES alert_subscriptions (id) ON DELETE CASCADE,
        from_time        timestamptz,
        from_offsets     jsonb,
        status           text        NOT NULL CHECK (status IN ('requested', 'running', 'done', 'failed')),
        events_read      integer     NOT NULL DEFAULT 0,
        deliveries       integer     NOT NULL DEFAULT 0,
        error            text,
        requested_at     timestamptz NOT NULL DEFAULT now(),
        -- A running replay's lease: its runner extends it; once it lapses (the service died) another takes the replay over.
        lease_until      timestamptz,
        finished_at      timestamptz,
        CHECK ((from_time IS NULL) <> (from_offsets IS NULL))
      )`);
    await q.query(`CREATE INDEX alert_replays_requested ON alert_replays (requested_at) WHERE status IN ('requested', 'running')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE alert_replays`);
    await q.query(`DROP TABLE alert_delivery_attempts`);
    await q.query(`DROP TABLE alert_deliveries`);
    await q.query(`DROP TABLE alert_subscriptions`);
  }
}
