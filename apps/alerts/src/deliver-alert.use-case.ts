import { type SecretBox, verdictForStatus } from '@claim-ledger/alerts';
import type { AlertDeliveryStore, AlertSubscriptionStore } from '@claim-ledger/persistence';
import type { WebhookSender } from './webhook-sender';

/** What became of one attempt, for the worker to tell BullMQ. */
export type AttemptResult =
  | { kind: 'skipped'; reason: string }
  | { kind: 'delivered'; attempt: number; statusCode: number; latencyMs: number }
  | { kind: 'retry'; attempt: number; error: string }
  | { kind: 'stop'; attempt: number; error: string };

/**
 * One attempt at a delivery: loads it and its subscription, records the attempt's
 * start, sends, and records how it went (status, latency, error) and the delivery's
 * status. The last attempt allowed turns a retryable failure into a failed delivery.
 */
export class DeliverAlertUseCase {
  constructor(
    private readonly deliveries: AlertDeliveryStore,
    private readonly subscriptions: AlertSubscriptionStore,
    private readonly sender: WebhookSender,
    private readonly secrets: SecretBox,
  ) {}

  async execute(deliveryId: string, isLastAttempt: boolean): Promise<AttemptResult> {
    const delivery = await this.deliveries.forSending(deliveryId);
    if (!delivery) return { kind: 'skipped', reason: 'the delivery is gone' };
    if (delivery.status !== 'pending') return { kind: 'skipped', reason: `the delivery is already ${delivery.status}` };
    const sub = delivery.subscription;
    if (sub.deleted || sub.status === 'paused') {
      const reason = sub.deleted ? 'the subscription was deleted' : 'the subscription is paused';
      await this.deliveries.abandon(deliveryId, reason);
      return { kind: 'skipped', reason };
    }
    const attempt = await this.deliveries.startAttempt(deliveryId);
    const result = await this.sender.send(sub.url, this.secrets.open(sub.secretSealed), deliveryId, JSON.stringify(delivery.payload));
    const verdict =
      result.statusCode !== null
        ? verdictForStatus(result.statusCode)
        : result.refused
          ? { kind: 'stop' as const, error: result.error!, gone: false }
          : { kind: 'retry' as const, error: result.error! };
    const record = { statusCode: result.statusCode, latencyMs: result.latencyMs };
    if (verdict.kind === 'delivered') {
      await this.deliveries.finishAttempt(deliveryId, attempt, { outcome: 'delivered', ...record, error: null });
      return { kind: 'delivered', attempt, statusCode: result.statusCode!, latencyMs: result.latencyMs };
    }
    const final = verdict.kind === 'stop' || isLastAttempt;
    await this.deliveries.finishAttempt(deliveryId, attempt, { outcome: final ? 'failed' : 'retry', ...record, error: verdict.error });
    if (verdict.kind === 'stop' && verdict.gone) await this.subscriptions.pauseById(sub.id);
    return final ? { kind: 'stop', attempt, error: verdict.error } : { kind: 'retry', attempt, error: verdict.error };
  }
}
