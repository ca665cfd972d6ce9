import type { NextFunction, Request, Response } from 'express';
import { sendError } from './error-response';
import type { RouteEntry } from './route-table';

/**
 * Answers a known path asked with a method it does not take: 405 with `Allow`, in the
 * documented error form, before authentication and before any body is read. OPTIONS
 * gets 204 with `Allow`. Paths no route matches go on to the 404 of the router.
 */
export function methodNotAllowedMiddleware(routes: readonly RouteEntry[]) {
  return (req: Request & { correlationId?: string }, res: Response, next: NextFunction): void => {
    const allowed = new Set<string>();
    for (const r of routes) {
      if (!r.pattern.test(req.path)) continue;
      if (r.methods === null) return next();
      for (const m of r.methods) allowed.add(m);
    }
    if (allowed.size === 0 || allowed.has(req.method)) return next();
    const allow = [...allowed, 'OPTIONS'].sort().join(', ');
    if (req.method === 'OPTIONS') {
      res.setHeader('allow', allow);
      res.status(204).end();
      return;
    }
    sendError(
      res,
      405,
      { code: 'REQUEST.METHOD_NOT_ALLOWED', message: `${req.method} is not allowed on ${req.path}; allowed: ${allow}` },
      req.correlationId,
      { allow },
    );
  };
}
