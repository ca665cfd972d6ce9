export { API_SCOPES, type ApiScope } from './api-scope';
export { findApiKey, parseApiKeys, type ApiKey } from './api-keys';
export { API_KEYS, ApiKeyGuard, RequireScope } from './api-key.guard';
export { HttpErrorFilter } from './http-error.filter';
export { configureHttpApp, type HttpAppOptions } from './configure-http-app';
export { RetryLaterException } from './retry-later.exception';
