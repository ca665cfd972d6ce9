import type { DynamicModule, FactoryProvider, Provider, Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { READINESS_CHECKS, type ReadinessCheck } from './readiness-check';
import { METRICS, ServiceMetrics } from './service-metrics';

/** What a service module spreads into its own metadata to serve /healthz, /readyz and /metrics. */
export interface OpsEndpoints {
  imports: DynamicModule[];
  controllers: Type[];
  providers: Provider[];
}

/**
 * The operations endpoints of a service: /healthz, /readyz (the `readiness` checks,
 * built from the module's own providers, such as its Kafka client or DataSource) and
 * /metrics (a ServiceMetrics of its own, provided as METRICS). The controllers are
 * declared in the service's module so that the checks can use its providers.
 */
export function opsEndpoints(
  service: string,
  readiness: Omit<FactoryProvider<ReadinessCheck[] | Promise<ReadinessCheck[]>>, 'provide'>,
): OpsEndpoints {
  return {
    imports: [TerminusModule.forRoot({ logger: false })],
    controllers: [HealthController, MetricsController],
    providers: [
      { provide: METRICS, useValue: new ServiceMetrics(service) },
      { provide: READINESS_CHECKS, ...readiness },
    ],
  };
}
