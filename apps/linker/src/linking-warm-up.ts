import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Claim } from '@claim-ledger/contracts';
import { extractClaims, WARM_UP_ARTICLES } from '@claim-ledger/extraction';
import { InMemoryPropositions } from '@claim-ledger/linking';
import { LOGGER } from '@claim-ledger/observability';

// The warm-up articles as this many publishers tell them, each with figures of its own (a
// copy word for word is one wire story, which links nothing): the engine then relates
// figures given again and revised, not only founds propositions.
const PUBLISHERS = 4;
// Rounds of linking them into an empty in-memory ledger: enough for V8 to compile the
// engine's hot paths (filing, similarity, relations) before the first real article.
const ROUNDS = 20;

/**
 * Runs the linking engine on the warm-up articles' claims, in memory, before the consumer
 * starts (bootstrap hooks run before it: createConsumerApp). Nothing is written. A cold
 * linker added a quarter of a second to the links of a (re)started pipeline's first
 * seconds (bench:pipeline at 50 articles/s, issue 15: linked p99 in the first 10 s three
 * times that after).
 */
@Injectable()
export class LinkingWarmUp implements OnApplicationBootstrap {
  constructor(@Inject(LOGGER) private readonly log: Logger) {}

  onApplicationBootstrap(): { links: number } {
    const started = performance.now();
    const articles: Claim[][] = [];
    for (let p = 0; p < PUBLISHERS; p++)
      for (const [i, a] of WARM_UP_ARTICLES.entries())
        articles.push(
          extractClaims({
            id: `warm-up-${i}`,
            publisher: `warm-up-${p}`,
            publishedAt: `2025-01-0${7 + p}T10:00:00Z`,
            language: a.language,
            body: a.body.replace(/\d{3,}/g, (d) => String(Number(d) + p * 100)),
          }).claims,
        );
    let links = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const ledger = new InMemoryPropositions();
      for (const claims of articles) links += ledger.link(claims).links.length;
    }
    this.log.info({ ms: Math.round(performance.now() - started), rounds: ROUNDS, links }, 'linking engine warmed up');
    return { links };
  }
}
