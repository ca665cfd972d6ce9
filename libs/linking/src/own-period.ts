import type { Claim } from '@claim-ledger/contracts';

/**
 * The period a claim's own words name. One inferred from the claims before it in its
 * article (`eventTime.inferred`) tells an analyst what the story is about, but says too
 * little to tell two claims' periods apart, so the linker reads it as no period.
 */
export function ownPeriod(c: Claim): Claim['eventTime'] {
  return c.eventTime?.inferred ? undefined : c.eventTime;
}
