import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { ApiScope } from './api-scope';
import { findApiKey, type ApiKey } from './api-keys';

export const API_KEYS = Symbol('API_KEYS');
const SCOPE = 'claim-ledger:scope';

/** Marks a route with the scope its caller's key must carry. */
export const RequireScope = (scope: ApiScope) => SetMetadata(SCOPE, scope);

/** The key of `Authorization: Bearer <key>` (the scheme is case-insensitive), the only place a key is read from. */
function presentedKey(req: Request): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '');
  return match ? match[1]! : null;
}

/**
 * Rejects requests without a known key (401) or without the route's scope (403). It
 * runs before the body is read (JsonBodyInterceptor), so neither costs a body upload.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: readonly ApiKey[],
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const scope = this.reflector.getAllAndOverride<ApiScope | undefined>(SCOPE, [context.getHandler(), context.getClass()]);
    if (!scope) return true;
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { apiKeyId?: string }>();
    const presented = presentedKey(req);
    const key = presented ? findApiKey(this.keys, presented) : null;
    if (!key) http.getResponse<Response>().setHeader('www-authenticate', 'Bearer');
    if (!presented)
      throw new UnauthorizedException({ code: 'AUTH.MISSING_KEY', message: 'an API key is required (Authorization: Bearer <key>)' });
    if (!key) throw new UnauthorizedException({ code: 'AUTH.UNKNOWN_KEY', message: 'the API key is not known' });
    if (!key.scopes.has(scope)) {
      throw new ForbiddenException({ code: 'AUTH.MISSING_SCOPE', message: `the API key lacks the scope ${scope}` });
    }
    req.apiKeyId = key.id;
    return true;
  }
}
