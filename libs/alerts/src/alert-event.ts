import type { Claim, Link } from '@claim-ledger/contracts';

/**
 * What subscriptions are matched against: a claim newly recorded in the ledger, or a
 * link the linker found between a new claim (`to`) and an earlier one (`from`).
 */
export type AlertEvent =
  | {
      kind: 'claim';
      claim: Claim;
      /**
       * Claims reach the ledger before the linker files them under a proposition: a
       * subscription to propositions hears of a claim once it is filed (claims.linked.v1),
       * every other `any` subscription when it is recorded (claims.recorded.v1).
       */
      stage: 'recorded' | 'filed';
    }
  | {
      kind: 'link';
      link: Link;
      /** The earlier claim (`link.from`) and the later one (`link.to`), by when they were stated. */
      from: Claim;
      to: Claim;
      /** The claim of the article revision just linked (either end): the one the alert is about. */
      newClaimId: string;
      propositionId: string | null;
    };
