import { isIP } from 'node:net';

/** Why an address is not a public unicast one a webhook may be sent to. */
export type AddressClass = 'unspecified' | 'loopback' | 'private' | 'link-local' | 'multicast' | 'metadata' | 'reserved';

interface Range {
  /** 16 bytes; IPv4 ranges are stored as IPv4-mapped IPv6 (::ffff:a.b.c.d). */
  base: Uint8Array;
  prefix: number;
  kind: AddressClass;
}

/** An address as 16 bytes (IPv4 as ::ffff:a.b.c.d), or null when it is not an IP literal. */
export function addressBytes(address: string): Uint8Array | null {
  const plain = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const unzoned = plain.replace(/%.*$/, '');
  const version = isIP(unzoned);
  if (version === 4) return mapped(parseV4(unzoned));
  if (version === 6) return parseV6(unzoned);
  return null;
}

function parseV4(s: string): number[] {
  return s.split('.').map(Number);
}

function mapped(v4: number[]): Uint8Array {
  const b = new Uint8Array(16);
  b[10] = 0xff;
  b[11] = 0xff;
  b.set(v4, 12);
  return b;
}

function parseV6(s: string): Uint8Array {
  let text = s.toLowerCase();
  const words: number[] = [];
  // A trailing dotted IPv4 part (::ffff:1.2.3.4) is two 16-bit words.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let tail: number[] = [];
  if (dotted) {
    const v4 = parseV4(dotted[1]!);
    tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
    text = text.slice(0, -dotted[1]!.length);
    if (text.endsWith(':') && !text.endsWith('::')) text = text.slice(0, -1);
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const parse = (part: string | undefined) =>
    part
      ? part
          .split(':')
          .filter(Boolean)
          .map((w) => parseInt(w, 16))
      : [];
  const left = parse(head);
  const right = [...parse(rest), ...tail];
  if (rest === undefined && !dotted) words.push(...left);
  else if (rest === undefined) words.push(...left, ...tail);
  else words.push(...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right);
  const b = new Uint8Array(16);
  words.forEach((w, i) => {
    b[2 * i] = w >> 8;
    b[2 * i + 1] = w & 0xff;
  });
  return b;
}

function range(cidr: string, kind: AddressClass): Range {
  const [address, bits] = cidr.split('/') as [string, string];
  const base = addressBytes(address);
  if (!base) throw new Error(`not an address range: ${cidr}`);
  const prefix = Number(bits) + (isIP(address) === 4 ? 96 : 0);
  return { base, prefix, kind };
}

function inRange(b: Uint8Array, r: Range): boolean {
  let bits = r.prefix;
  for (let i = 0; i < 16 && bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((b[i]! & mask) !== (r.base[i]! & mask)) return false;
  }
  return true;
}

// Most specific first: the metadata addresses sit inside link-local and private ranges.
const RANGES: Range[] = [
  range('169.254.169.254/32', 'metadata'), // AWS, GCP, Azure, OpenStack, DigitalOcean
  range('169.254.170.2/32', 'metadata'), // AWS ECS task metadata
  range('100.100.100.200/32', 'metadata'), // Alibaba Cloud
  range('fd00:ec2::254/128', 'metadata'), // AWS over IPv6
  range('0.0.0.0/8', 'unspecified'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'private'), // carrier-grade NAT
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'reserved'),
  range('192.0.2.0/24', 'reserved'),
  range('192.88.99.0/24', 'reserved'),
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'reserved'),
  range('198.51.100.0/24', 'reserved'),
  range('203.0.113.0/24', 'reserved'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved'), // and 255.255.255.255
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('100::/64', 'reserved'),
  range('2001:db8::/32', 'reserved'),
  range('fc00::/7', 'private'),
  range('fe80::/10', 'link-local'),
  range('fec0::/10', 'private'),
  range('ff00::/8', 'multicast'),
];

/** The IPv4 address an IPv6 one carries (IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16), if any. */
function embeddedV4(b: Uint8Array): number[] | null {
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (zeros(0, 12) && !zeros(12, 14)) return [...b.slice(12)]; // ::a.b.c.d (deprecated)
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return [...b.slice(12)];
  if (b[0] === 0x20 && b[1] === 0x02) return [...b.slice(2, 6)];
  return null;
}

/**
 * Classifies an IP address (v4 or v6, IPv4-mapped and embedded forms included): null for
 * a public unicast address, otherwise why a webhook must not go there. Anything that
 * does not parse counts as reserved.
 */
export function classifyAddress(address: string): AddressClass | null {
  const b = addressBytes(address);
  if (!b) return 'reserved';
  const found = RANGES.find((r) => inRange(b, r));
  if (found) return found.kind;
  const v4 = embeddedV4(b);
  if (v4) return RANGES.find((r) => inRange(mapped(v4), r))?.kind ?? null;
  return null;
}

/**
 * The operator's exceptions (ALERTS_ALLOWED_HOSTS): addresses or CIDR ranges (`127.0.0.1`,
 * `10.1.0.0/16`, `::1`) a webhook may reach although they are not public.
 */
export class AddressAllowlist {
  private readonly ranges: Range[];

  constructor(entries: readonly string[]) {
    this.ranges = entries.map((e) => {
      const [address, bits] = e.split('/');
      const version = isIP(address ?? '');
      if (!version) throw new Error(`not an IP address or CIDR range: "${e}"`);
      const max = version === 4 ? 32 : 128;
      const prefix = bits === undefined ? max : Number(bits);
      if (!/^\d+$/.test(bits ?? String(max)) || prefix > max) throw new Error(`bad prefix length in "${e}"`);
      return range(`${address}/${prefix}`, 'private');
    });
  }

  allows(address: string): boolean {
    const b = addressBytes(address);
    return b !== null && this.ranges.some((r) => inRange(b, r));
  }
}

/** Why a webhook address is refused, or null when it may be used. */
export function refusalOf(address: string, allowlist: AddressAllowlist): AddressClass | null {
  if (allowlist.allows(address)) return null;
  return classifyAddress(address);
}
