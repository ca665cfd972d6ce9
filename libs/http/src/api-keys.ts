import { createHash, timingSafeEqual } from 'node:crypto';
import { API_SCOPES, type ApiScope } from './api-scope';

export interface ApiKey {
  id: string;
  scopes: ReadonlySet<ApiScope>;
  /** SHA-256 of the secret: secrets are compared by digest, in constant time. */
  digest: Buffer;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Parses `id:secret:scope+scope;id2:secret2:scope` (the API_KEYS variable). Throws
 * naming the bad entry, so a service with a malformed key list fails at start.
 */
export function parseApiKeys(spec: string): ApiKey[] {
  const keys: ApiKey[] = [];
  for (const entry of spec
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [id, secret, scopeList, ...rest] = entry.split(':');
    if (!id || !secret || !scopeList || rest.length > 0) {
      throw new Error(`API_KEYS: entry "${id ?? entry}" must be id:secret:scope+scope`);
    }
    if (secret.length < 16) throw new Error(`API_KEYS: the secret of "${id}" must have at least 16 characters`);
    const scopes = scopeList.split('+').map((s) => s.trim());
    for (const s of scopes) {
      if (!(API_SCOPES as readonly string[]).includes(s)) {
        throw new Error(`API_KEYS: "${id}" has unknown scope "${s}" (known: ${API_SCOPES.join(', ')})`);
      }
    }
    keys.push({ id, scopes: new Set(scopes as ApiScope[]), digest: sha256(secret) });
  }
  if (keys.length === 0) throw new Error('API_KEYS: no key is defined');
  return keys;
}

/** The key whose secret this is, or null. Every key is compared, so timing reveals nothing. */
export function findApiKey(keys: readonly ApiKey[], presented: string): ApiKey | null {
  const d = sha256(presented);
  let found: ApiKey | null = null;
  for (const k of keys) if (timingSafeEqual(k.digest, d)) found = k;
  return found;
}
