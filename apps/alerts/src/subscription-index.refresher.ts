import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { SubscriptionIndex, subscriptionFilterSchema } from '@claim-ledger/alerts';
import type { AlertSubscriptionStore } from '@claim-ledger/persistence';

// Changes are read again from this far back: a transaction that began before the last
// look may commit after it with an older updated_at. Re-reading a change is harmless.
const OVERLAP_MS = 10_000;

/**
 * Keeps the in-memory index of active subscriptions in step with Postgres: all of them
 * at start, then every change (created, paused, resumed, deleted) each refresh period.
 */
export class SubscriptionIndexRefresher implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly index = new SubscriptionIndex();
  private since: Date | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly store: AlertSubscriptionStore,
    private readonly refreshMs: number,
    private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch((err: unknown) => this.logger.warn({ err }, 'subscriptions could not be refreshed; trying again'));
    }, this.refreshMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Reads what changed since the last look (one refresh at a time). */
  refresh(): Promise<void> {
    this.running ??= this.load().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async load(): Promise<void> {
    const changes = await this.store.changedSince(this.since && new Date(this.since.getTime() - OVERLAP_MS));
    for (const c of changes) {
      const filter = subscriptionFilterSchema.safeParse(c.filter);
      if (c.deleted || c.status !== 'active' || !filter.success) {
        this.index.remove(c.id);
        if (!filter.success) this.logger.error({ subscriptionId: c.id }, 'stored filter no longer parses; subscription left out');
        continue;
      }
      this.index.upsert({ id: c.id, filter: filter.data });
    }
    const last = changes[changes.length - 1];
    if (last && (!this.since || last.updatedAt > this.since)) this.since = last.updatedAt;
  }
}
