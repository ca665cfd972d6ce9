import type { NextFunction, Request, Response } from 'express';
import type { ServiceMetrics } from './service-metrics';

/**
 * Counts and times every HTTP request by method, route pattern (`/v1/articles/:publisher/:id`,
 * never the path itself, which would make a series per article) and status. A request no
 * route matched is counted under `unmatched`.
 */
export function httpMetricsMiddleware(metrics: ServiceMetrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const routePath = (req.route as { path?: unknown } | undefined)?.path;
      // Nest answers unknown paths 404 from a catch-all route (`{/*splat}`): unmatched too.
      const route = typeof routePath === 'string' && !routePath.includes('*') ? `${req.baseUrl}${routePath}` : 'unmatched';
      const labels = { method: req.method, route, status: String(res.statusCode) };
      metrics.httpRequests.inc(labels);
      metrics.httpDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}
