import { AddressAllowlist } from './address-policy';
import { type HostResolver, resolveWebhookTarget, WebhookTargetError } from './webhook-target';

const none = new AddressAllowlist([]);
const stub =
  (table: Record<string, string[]>): HostResolver =>
  async (host) => {
    const found = table[host];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

const refusal = async (url: string, resolver: HostResolver = stub({}), allow = none) => {
  try {
    await resolveWebhookTarget(url, resolver, allow);
  } catch (e) {
    expect(e).toBeInstanceOf(WebhookTargetError);
    return e as WebhookTargetError;
  }
  throw new Error(`${url} was accepted`);
};

describe('resolveWebhookTarget', () => {
  it('accepts a public host and returns the addresses to connect to', async () => {
    const target = await resolveWebhookTarget('https://hooks.example.com/in', stub({ 'hooks.example.com': ['93.184.216.34'] }), none);
    expect(target.addresses).toEqual([{ address: '93.184.216.34', family: 4 }]);
    expect(target.hostname).toBe('hooks.example.com');
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data', 'metadata'],
    ['http://10.0.0.1/hook', 'private'],
    ['http://[::1]:8080/hook', 'loopback'],
    ['http://[::ffff:10.0.0.1]/hook', 'private'],
    ['http://0x7f000001/hook', 'loopback'], // the URL parser reads it as 127.0.0.1
    ['http://2130706433/hook', 'loopback'],
  ])('refuses the address literal %s (%s)', async (url, kind) => {
    const e = await refusal(url);
    expect(e.code).toBe('ADDRESS.REFUSED');
    expect(e.addressClass).toBe(kind);
  });

  it('refuses a host when any of its addresses is private', async () => {
    const e = await refusal('https://mixed.example.com/', stub({ 'mixed.example.com': ['93.184.216.34', 'fd00::5'] }));
    expect(e.message).toMatch(/resolves to fd00::5, a private address/);
  });

  it('lets the allowlist name a private address', async () => {
    const target = await resolveWebhookTarget('http://127.0.0.1:9999/hook', stub({}), new AddressAllowlist(['127.0.0.1']));
    expect(target.addresses[0]!.address).toBe('127.0.0.1');
  });

  it.each([
    ['ftp://example.com/x', /http or https/],
    ['https://user:pw@example.com/', /credentials/],
    ['https://example.com/#frag', /fragment/],
    ['/relative', /absolute URL/],
  ])('refuses the form of %s', async (url, message) => {
    const e = await refusal(url);
    expect(e.code).toBe('URL.INVALID');
    expect(e.message).toMatch(message);
  });

  it('says when the host does not resolve', async () => {
    const e = await refusal('https://nowhere.example/');
    expect(e.code).toBe('ADDRESS.UNRESOLVED');
  });
});
