import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Claim } from '@claim-ledger/contracts';
import { InMemoryPropositions } from '@claim-ledger/linking';
import { LOGGER } from '@claim-ledger/observability';
import warmUpClaims from './warm-up-claims.json';

// Rounds of linking the warm-up claims into an empty in-memory ledger: enough for V8 to
// compile the engine's hot paths (filing, similarity, relations) before the first real article.
const ROUNDS = 20;

/**
 * Runs the linking engine on claims of its own (warm-up-claims.json: the extraction
 * engine's claims of the warm-up articles as four publishers give them, each with figures
 * of its own, so that figures are given again and revised, not only propositions founded;
 * written by `claim-ledger warm-up-claims`, part of `npm run train`),
 * in memory, before the consumer starts (bootstrap hooks run before it: createConsumerApp).
 * Nothing is written. The claims ship as data: running the extraction engine here cost the
 * linker 18 MB of resident memory for good. A cold linker added a quarter of a second to
 * the links of a (re)started pipeline's first seconds (bench:pipeline at 50 articles/s,
 * issue 15: linked p99 in the first 10 s three times that after).
 */
@Injectable()
export class LinkingWarmUp implements OnApplicationBootstrap {
  constructor(@Inject(LOGGER) private readonly log: Logger) {}

  onApplicationBootstrap(): { links: number } {
    const started = performance.now();
    const articles = warmUpClaims.articles as Claim[][];
    let links = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // (Each round a ledger of its own: claims are compared with copies of themselves, never with their own ids.)
      const ledger = new InMemoryPropositions();
      for (const claims of articles) links += ledger.link(claims.map((c) => ({ ...c }))).links.length;
    }
    this.log.info({ ms: Math.round(performance.now() - started), rounds: ROUNDS, links }, 'linking engine warmed up');
    return { links };
  }
}
