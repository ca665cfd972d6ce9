import type { Provider } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AddressAllowlist, dnsHostResolver, type HostResolver, SecretBox } from '@claim-ledger/alerts';
import { AlertDeliveryStore, AlertReplayStore, AlertSubscriptionStore } from '@claim-ledger/persistence';
import type { ApiConfig } from './api.config';
import { CreateSubscriptionUseCase } from './create-subscription.use-case';
import { LiveStreamReader } from './live-stream.reader';

export interface AlertsApiOptions {
  /** How webhook hosts are resolved; tests pass a stub so that no packet goes to the addresses they test. */
  resolve?: HostResolver;
}

/** The subscriptions API's stores and use cases. */
export function alertsApiProviders(config: ApiConfig, dataSource: DataSource, logger: Logger, options: AlertsApiOptions = {}): Provider[] {
  const subscriptions = new AlertSubscriptionStore(dataSource);
  return [
    {
      provide: LiveStreamReader,
      useValue: new LiveStreamReader(config.REDIS_URL, config.ALERTS_REDIS_PREFIX, config.ALERTS_MAX_STREAMS, logger),
    },
    { provide: AlertSubscriptionStore, useValue: subscriptions },
    { provide: AlertDeliveryStore, useValue: new AlertDeliveryStore(dataSource) },
    { provide: AlertReplayStore, useValue: new AlertReplayStore(dataSource) },
    {
      provide: CreateSubscriptionUseCase,
      useValue: new CreateSubscriptionUseCase(subscriptions, {
        maxPerKey: config.ALERTS_MAX_SUBSCRIPTIONS_PER_KEY,
        allowlist: new AddressAllowlist(config.ALERTS_ALLOWED_HOSTS),
        resolve: options.resolve ?? dnsHostResolver,
        secrets: new SecretBox(Buffer.from(config.ALERTS_SECRET_KEY, 'base64')),
      }),
    },
  ];
}
