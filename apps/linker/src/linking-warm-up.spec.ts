import pino from 'pino';
import { claimSchema } from '@claim-ledger/contracts';
import { LinkingWarmUp } from './linking-warm-up';
import warmUpClaims from './warm-up-claims.json';

describe('the linking warm-up', () => {
  it('ships claims the contract accepts', () => {
    for (const claims of warmUpClaims.articles) for (const c of claims) expect(() => claimSchema.parse(c)).not.toThrow();
  });

  it('runs the engine through relations, not only through founding propositions', () => {
    const { links } = new LinkingWarmUp(pino({ level: 'silent' })).onApplicationBootstrap();
    expect(links).toBeGreaterThan(0);
  });
});
