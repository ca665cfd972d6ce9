import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { ApiScope } from './api-scope';
import { findApiKey, type ApiKey } from './api-keys';

export const API_KEYS = Symbol('API_KEYS');
const SCOPE = 'claim-ledger:scope';

/** Marks a route with the scope its caller's key must carry. */
export const RequireScope = (scope: ApiScope) => SetMetadata(SCOPE, scope);

function presentedKey(req: Request): string | null {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return auth.slice(7).trim();
  const header = req.headers['x-api-key'];
  return typeof header === 'string' ? header.trim() : null;
}

/** Rejects requests without a known key (401) or without the route's scope (403). */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: readonly ApiKey[],
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const scope = this.reflector.getAllAndOverride<ApiScope | undefined>(SCOPE, [context.getHandler(), context.getClass()]);
    if (!scope) return true;
    const req = context.switchToHttp().getRequest<Request & { apiKeyId?: string }>();
    const presented = presentedKey(req);
    if (!presented)
      throw new UnauthorizedException({ code: 'AUTH.MISSING_KEY', message: 'an API key is required (Authorization: Bearer <key>)' });
    const key = findApiKey(this.keys, presented);
    if (!key) throw new UnauthorizedException({ code: 'AUTH.UNKNOWN_KEY', message: 'the API key is not known' });
    if (!key.scopes.has(scope)) {
      throw new ForbiddenException({ code: 'AUTH.MISSING_SCOPE', message: `the API key lacks the scope ${scope}` });
    }
    req.apiKeyId = key.id;
    return true;
  }
}
