import { Controller, Get, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import type { Response } from 'express';
import { READINESS_CHECKS, type ReadinessCheck } from './readiness-check';

const DEFAULT_TIMEOUT_MS = 2_000;

/**
 * `/healthz` (liveness: the process serves requests; no dependency is asked, so a
 * database outage never gets a pod restarted) and `/readyz` (readiness: every dependency
 * the service needs answers). Both answer terminus's form, `{status, info, error,
 * details}`, 200 or 503, without an API key.
 */
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(READINESS_CHECKS) private readonly checks: readonly ReadinessCheck[],
  ) {}

  @Get('healthz')
  async liveness(@Res({ passthrough: true }) res: Response): Promise<HealthCheckResult> {
    return this.answer(res, []);
  }

  @Get('readyz')
  async readiness(@Res({ passthrough: true }) res: Response): Promise<HealthCheckResult> {
    return this.answer(
      res,
      this.checks.map(
        (c) => () =>
          this.indicators
            .check(c.name)
            .attempt(() => c.check())
            .withTimeout(c.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      ),
    );
  }

  /** terminus's result as the body, 503 when a check is down (not the error filter's form: probes and operators read the details). */
  private async answer(res: Response, indicators: Parameters<HealthCheckService['check']>[0]): Promise<HealthCheckResult> {
    try {
      return await this.health.check(indicators);
    } catch (e) {
      if (!(e instanceof ServiceUnavailableException)) throw e;
      res.status(503);
      return e.getResponse() as HealthCheckResult;
    }
  }
}
