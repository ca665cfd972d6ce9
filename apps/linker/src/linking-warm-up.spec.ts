import pino from 'pino';
import { LinkingWarmUp } from './linking-warm-up';

describe('the linking warm-up', () => {
  it('runs the engine through relations, not only through founding propositions', () => {
    const { links } = new LinkingWarmUp(pino({ level: 'silent' })).onApplicationBootstrap();
    expect(links).toBeGreaterThan(0);
  });
});
