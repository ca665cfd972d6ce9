import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, Reflector } from '@nestjs/core';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ApiKeyGuard, HttpErrorFilter, parseApiKeys } from '@claim-ledger/http';
import { LOGGER } from '@claim-ledger/observability';
import { LedgerReader } from '@claim-ledger/persistence';
import type { ApiConfig } from './api.config';
import { API_DATA_SOURCE } from './api.tokens';
import { ClaimsController } from './claims.controller';
import { HealthController } from './health.controller';

@Module({})
export class ApiModule implements OnApplicationShutdown {
  constructor(@Inject(API_DATA_SOURCE) private readonly dataSource: DataSource) {}

  static forRoot(config: ApiConfig, logger: Logger, dataSource: DataSource): DynamicModule {
    const keys = parseApiKeys(config.API_KEYS);
    return {
      module: ApiModule,
      controllers: [ClaimsController, HealthController],
      providers: [
        { provide: LOGGER, useValue: logger },
        { provide: API_DATA_SOURCE, useValue: dataSource },
        { provide: LedgerReader, useFactory: () => new LedgerReader(dataSource) },
        { provide: APP_GUARD, inject: [Reflector], useFactory: (r: Reflector) => new ApiKeyGuard(r, keys) },
        { provide: APP_FILTER, useFactory: () => new HttpErrorFilter(logger) },
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
