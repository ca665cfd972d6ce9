import { AddressAllowlist, classifyAddress, refusalOf } from './address-policy';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fc00::1', 'private'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['169.254.169.254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['2001:db8::1', 'reserved'],
    // IPv4 hidden in IPv6 forms
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['0:0:0:0:0:ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:a9fe:a9fe::1', 'metadata'],
    ['[::1]', 'loopback'],
    ['not-an-address', 'reserved'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '11.0.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808'])(
    '%s is public',
    (address) => {
      expect(classifyAddress(address)).toBeNull();
    },
  );
});

describe('AddressAllowlist', () => {
  const allow = new AddressAllowlist(['127.0.0.1', '10.1.0.0/16', '::1']);

  it('lets named addresses and ranges through, and nothing next to them', () => {
    expect(refusalOf('127.0.0.1', allow)).toBeNull();
    expect(refusalOf('::ffff:127.0.0.1', allow)).toBeNull();
    expect(refusalOf('::1', allow)).toBeNull();
    expect(refusalOf('10.1.200.3', allow)).toBeNull();
    expect(refusalOf('127.0.0.2', allow)).toBe('loopback');
    expect(refusalOf('10.2.0.1', allow)).toBe('private');
    expect(refusalOf('169.254.169.254', allow)).toBe('metadata');
  });

  it('refuses entries that are not addresses', () => {
    expect(() => new AddressAllowlist(['localhost'])).toThrow(/localhost/);
    expect(() => new AddressAllowlist(['10.0.0.0/33'])).toThrow(/prefix/);
  });
});
