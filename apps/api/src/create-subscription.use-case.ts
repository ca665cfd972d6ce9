import { randomBytes } from 'node:crypto';
import { BadRequestException, ConflictException } from '@nestjs/common';
import {
  generateSigningSecret,
  type AddressAllowlist,
  type HostResolver,
  resolveWebhookTarget,
  SecretBox,
  WebhookTargetError,
} from '@claim-ledger/alerts';
import type { AlertSubscriptionStore, AlertSubscriptionView } from '@claim-ledger/persistence';
import type { CreateSubscriptionBody } from './subscriptions.schema';

export interface CreateSubscriptionSettings {
  maxPerKey: number;
  allowlist: AddressAllowlist;
  resolve: HostResolver;
  secrets: SecretBox;
}

/**
 * Creates a subscription for the calling key: checks that its webhook URL resolves to
 * public addresses only (or ones the operator allows), makes a signing secret, stores
 * it encrypted and returns it this once.
 */
export class CreateSubscriptionUseCase {
  constructor(
    private readonly store: AlertSubscriptionStore,
    private readonly settings: CreateSubscriptionSettings,
  ) {}

  async execute(ownerKeyId: string, body: CreateSubscriptionBody): Promise<AlertSubscriptionView & { secret: string }> {
    try {
      await resolveWebhookTarget(body.url, this.settings.resolve, this.settings.allowlist);
    } catch (e) {
      if (!(e instanceof WebhookTargetError)) throw e;
      const rule = e.code === 'URL.INVALID' ? 'invalid_format' : e.code === 'ADDRESS.REFUSED' ? 'address_refused' : 'unresolved';
      throw new BadRequestException({
        code: 'SUBSCRIPTION.INVALID',
        message: `url: ${e.message}`,
        issues: [{ field: 'url', rule, message: e.message }],
      });
    }
    const secret = generateSigningSecret();
    const created = await this.store.create({
      id: `sub_${randomBytes(12).toString('base64url')}`,
      ownerKeyId,
      name: body.name ?? null,
      url: body.url,
      filter: body.filter,
      secretSealed: this.settings.secrets.seal(secret),
      maxPerKey: this.settings.maxPerKey,
    });
    if (created === 'limit') {
      throw new ConflictException({
        code: 'SUBSCRIPTION.LIMIT_REACHED',
        message: `this API key already has ${this.settings.maxPerKey} subscriptions; delete one first`,
      });
    }
    return { ...created, secret };
  }
}
