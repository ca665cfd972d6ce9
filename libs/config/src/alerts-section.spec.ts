import { alertsApiSection, alertsServiceSection, DEV_ALERTS_SECRET_KEY } from './alerts-section';
import { serviceSection } from './env-sections';
import { loadConfig } from './load-config';

describe('alerts configuration', () => {
  const api = serviceSection.extend(alertsApiSection.shape);
  const own = Buffer.alloc(32, 7).toString('base64');

  it('defaults to the development key, and parses the allowlist', () => {
    const c = loadConfig(api, { ALERTS_ALLOWED_HOSTS: '127.0.0.1, 10.0.0.0/8,::1' });
    expect(c.ALERTS_SECRET_KEY).toBe(DEV_ALERTS_SECRET_KEY);
    expect(c.ALERTS_ALLOWED_HOSTS).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    expect(c.ALERTS_MAX_SUBSCRIPTIONS_PER_KEY).toBe(100);
  });

  it('refuses the development key in production, naming the variable', () => {
    expect(() => loadConfig(api, { NODE_ENV: 'production' })).toThrow(/^invalid configuration: ALERTS_SECRET_KEY: is the development key/);
    expect(loadConfig(api, { NODE_ENV: 'production', ALERTS_SECRET_KEY: own }).ALERTS_SECRET_KEY).toBe(own);
  });

  it.each([
    ['ALERTS_SECRET_KEY', 'c2hvcnQ=', /ALERTS_SECRET_KEY: must be 32 bytes/],
    ['ALERTS_ALLOWED_HOSTS', 'localhost', /ALERTS_ALLOWED_HOSTS: each entry must be an IP address/],
    ['ALERTS_DELIVERY_ATTEMPTS', '0', /ALERTS_DELIVERY_ATTEMPTS/],
    ['ALERTS_LOCK_DURATION_MS', '10', /ALERTS_LOCK_DURATION_MS/],
  ])('names a malformed %s', (name, value, message) => {
    expect(() => loadConfig(serviceSection.extend(alertsServiceSection.shape), { [name]: value })).toThrow(message);
  });
});
