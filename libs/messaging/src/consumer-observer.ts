import type { FailureKind } from './classify-failure';

/**
 * What the consumer runner reports of each message, for metrics: called after the
 * outcome, never in the way of it (an observer that throws is the observer's bug).
 */
export interface ConsumerObserver {
  processed(topic: string): void;
  retried(topic: string, kind: FailureKind): void;
  deadLettered(topic: string, code: string): void;
}
