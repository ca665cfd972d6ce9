import type { BeforeApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { liveStreamKey, type LiveEntry } from '@claim-ledger/alerts';

/** One entry read from the live stream, with its id (the SSE event id). */
export interface LiveStreamEntry {
  id: string;
  entry: LiveEntry & { correlationId?: string };
}

const BLOCK_MS = 15_000;

/**
 * Reads the Redis stream the alerts service writes every new claim and link to. Each
 * reader has a connection of its own (XREAD BLOCK holds it); they all end before the
 * HTTP server closes, so open streams do not hold up a shutdown.
 */
export class LiveStreamReader implements BeforeApplicationShutdown {
  private readonly open = new Set<Redis>();

  constructor(
    private readonly redisUrl: string,
    private readonly prefix: string,
    private readonly maxStreams: number,
    private readonly logger: Logger,
  ) {}

  get full(): boolean {
    return this.open.size >= this.maxStreams;
  }

  /**
   * Follows the stream after `lastId` (`$`: after its newest entry, resolved to an id
   * before `onReady`, so nothing added once the caller is told is missed), calling
   * `onEntries` with each batch and `onIdle` when nothing came for a while, until
   * `signal` aborts. Throws when Redis cannot be reached before `onReady`.
   */
  async follow(
    lastId: string,
    signal: AbortSignal,
    onReady: () => void,
    onEntries: (entries: LiveStreamEntry[]) => void,
    onIdle: () => void,
  ): Promise<void> {
    const redis = new Redis(this.redisUrl, { maxRetriesPerRequest: 1 });
    this.open.add(redis);
    const stop = () => redis.disconnect();
    signal.addEventListener('abort', stop, { once: true });
    const key = liveStreamKey(this.prefix);
    let ready = false;
    try {
      let position = lastId;
      if (position === '$') {
        const newest = await redis.xrevrange(key, '+', '-', 'COUNT', 1);
        position = newest[0]?.[0] ?? '0-0';
      }
      ready = true;
      onReady();
      while (!signal.aborted) {
        const result = await redis.xread('COUNT', 200, 'BLOCK', BLOCK_MS, 'STREAMS', key, position);
        if (!result) {
          onIdle();
          continue;
        }
        const entries: LiveStreamEntry[] = [];
        for (const [, list] of result) {
          for (const [id, fields] of list) {
            position = id;
            const data = fields[fields.indexOf('data') + 1];
            if (data) entries.push({ id, entry: JSON.parse(data) as LiveStreamEntry['entry'] });
          }
        }
        onEntries(entries);
      }
    } catch (err) {
      if (!ready) throw err;
      if (!signal.aborted) this.logger.warn({ err }, 'live stream read failed; the stream ends');
    } finally {
      signal.removeEventListener('abort', stop);
      this.open.delete(redis);
      redis.disconnect();
    }
  }

  beforeApplicationShutdown(): void {
    for (const r of this.open) r.disconnect();
  }
}
