import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, Reflector } from '@nestjs/core';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ApiKeyGuard, HttpErrorFilter, parseApiKeys } from '@claim-ledger/http';
import { LOGGER, opsEndpoints, requestLoggingModule } from '@claim-ledger/observability';
import { dataSourceProviders, LedgerReader, postgresReadiness } from '@claim-ledger/persistence';
import type { ApiConfig } from './api.config';
import { ClaimsController } from './claims.controller';
import { HealthController } from './health.controller';

@Module({})
export class ApiModule {
  static forRoot(config: ApiConfig, logger: Logger, dataSource: DataSource): DynamicModule {
    const keys = parseApiKeys(config.API_KEYS);
    const ops = opsEndpoints('api', { useFactory: () => [postgresReadiness(dataSource)] });
    return {
      module: ApiModule,
      imports: [...ops.imports, requestLoggingModule(logger)],
      controllers: [ClaimsController, HealthController, ...ops.controllers],
      providers: [
        ...ops.providers,
        { provide: LOGGER, useValue: logger },
        ...dataSourceProviders(dataSource),
        { provide: LedgerReader, useFactory: () => new LedgerReader(dataSource) },
        { provide: APP_GUARD, inject: [Reflector], useFactory: (r: Reflector) => new ApiKeyGuard(r, keys) },
        { provide: APP_FILTER, useFactory: () => new HttpErrorFilter(logger) },
      ],
    };
  }
}
