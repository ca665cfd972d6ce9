import { ConfigError } from './config-error';
import { DEV_ALERTS_SECRET_KEY } from './alerts-section';
import { PUBLISHED_DEV_SECRETS } from './published-dev-keys';

/**
 * What NODE_ENV=production forbids in an otherwise valid configuration: API keys whose
 * secrets are published with the project (the error names the key, never its secret),
 * and the published development key of ALERTS_SECRET_KEY.
 */
export function checkProductionRules(config: Readonly<Record<string, unknown>>): void {
  if (config.NODE_ENV !== 'production') return;
  checkApiKeys(config);
  if (config.ALERTS_SECRET_KEY === DEV_ALERTS_SECRET_KEY) {
    throw new ConfigError(
      'ALERTS_SECRET_KEY',
      'is the development key published with the project; set a key of your own (32 random bytes, base64)',
    );
  }
}

function checkApiKeys(config: Readonly<Record<string, unknown>>): void {
  if (typeof config.API_KEYS !== 'string') return;
  for (const entry of config.API_KEYS.split(';')) {
    const [id, secret] = entry.trim().split(':');
    if (secret !== undefined && PUBLISHED_DEV_SECRETS.includes(secret)) {
      throw new ConfigError(
        'API_KEYS',
        `holds "${id}", a development key published with the project; with NODE_ENV=production set keys of your own in API_KEYS or API_KEYS_FILE`,
      );
    }
  }
}
