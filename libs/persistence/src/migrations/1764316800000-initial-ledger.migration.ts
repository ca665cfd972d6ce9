import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Articles with their revisions, and the claims found in them. */
export class InitialLedger1764316800000 implements MigrationInterface {
  name = 'InitialLedger1764316800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE articles (
        publisher         text        NOT NULL,
        article_id        text        NOT NULL,
        revision          integer     NOT NULL CHECK (revision >= 1),
        url               text,
        title             text,
        body              text        NOT NULL,
        language          text        NOT NULL,
        published_at      timestamptz NOT NULL,
        first_recorded_at timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (publisher, article_id)
      )`);
    await q.query(`
      CREATE TABLE article_revisions (
        publisher      text        NOT NULL,
        article_id     text        NOT NULL,
        revision       integer     NOT NULL,
        title          text,
        body           text        NOT NULL,
        published_at   timestamptz NOT NULL,
        claim_count    integer     NOT NULL,
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        correlation_id text,
        PRIMARY KEY (publisher, article_id, revision),
        FOREIGN KEY (publisher, article_id) REFERENCES articles (publisher, article_id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE claims (
        id            text        PRIMARY KEY,
        publisher     text        NOT NULL,
        article_id    text        NOT NULL,
        revision      integer     NOT NULL,
        language      text        NOT NULL,
        source_id     text        NOT NULL,
        source_name   text        NOT NULL,
        stance        text        NOT NULL CHECK (stance IN ('asserts', 'denies')),
        stated_at     date        NOT NULL,
        span_start    integer     NOT NULL,
        record        jsonb       NOT NULL,
        recorded_at   timestamptz NOT NULL DEFAULT now(),
        superseded_at timestamptz,
        FOREIGN KEY (publisher, article_id) REFERENCES articles (publisher, article_id) ON DELETE CASCADE
      )`);
    // The API lists current claims only; partial indexes keep superseded history out of them.
    await q.query(`CREATE INDEX claims_article_current ON claims (publisher, article_id, span_start) WHERE superseded_at IS NULL`);
    await q.query(`CREATE INDEX claims_source_current ON claims (source_id, stated_at DESC) WHERE superseded_at IS NULL`);
    await q.query(`CREATE INDEX claims_language_current ON claims (language, stated_at DESC) WHERE superseded_at IS NULL`);
    await q.query(`CREATE INDEX claims_stated_current ON claims (stated_at DESC, id) WHERE superseded_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE claims`);
    await q.query(`DROP TABLE article_revisions`);
    await q.query(`DROP TABLE articles`);
  }
}
