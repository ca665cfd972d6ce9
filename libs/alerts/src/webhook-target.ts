import { isIP } from 'node:net';
import { type AddressAllowlist, type AddressClass, refusalOf } from './address-policy';

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses (dns.lookup with all: true; tests pass a stub). */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** A webhook URL that must not be used, with the reason a subscriber can act on. */
export class WebhookTargetError extends Error {
  constructor(
    readonly code: 'URL.INVALID' | 'ADDRESS.REFUSED' | 'ADDRESS.UNRESOLVED',
    message: string,
    readonly addressClass?: AddressClass,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WebhookTargetError';
  }
}

/** A webhook URL checked for its form, and the addresses it may be connected to. */
export interface WebhookTarget {
  url: URL;
  hostname: string;
  addresses: ResolvedAddress[];
}

/** The URL's form: http(s), a host, no credentials, no fragment. */
export function parseWebhookUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookTargetError('URL.INVALID', 'is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new WebhookTargetError('URL.INVALID', 'must be an http or https URL');
  if (url.username || url.password) throw new WebhookTargetError('URL.INVALID', 'must not carry credentials');
  if (url.hash) throw new WebhookTargetError('URL.INVALID', 'must not have a fragment');
  if (!url.hostname) throw new WebhookTargetError('URL.INVALID', 'must name a host');
  return url;
}

const bare = (hostname: string) => (hostname.startsWith('[') ? hostname.slice(1, -1) : hostname);

/**
 * Resolves a webhook URL's host and checks every address it resolves to: one loopback,
 * private, link-local, multicast, metadata or reserved address (IPv4 or IPv6) that the
 * allowlist does not name refuses the URL. Run at creation and again before each
 * delivery, whose connection then goes to these addresses only (DNS rebinding).
 */
export async function resolveWebhookTarget(text: string, resolve: HostResolver, allowlist: AddressAllowlist): Promise<WebhookTarget> {
  const url = parseWebhookUrl(text);
  const hostname = bare(url.hostname);
  let addresses: ResolvedAddress[];
  const version = isIP(hostname);
  if (version) addresses = [{ address: hostname, family: version as 4 | 6 }];
  else {
    try {
      addresses = await resolve(hostname);
    } catch (e) {
      throw new WebhookTargetError(
        'ADDRESS.UNRESOLVED',
        `host ${hostname} does not resolve (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
        undefined,
        {
          cause: e,
        },
      );
    }
    if (addresses.length === 0) throw new WebhookTargetError('ADDRESS.UNRESOLVED', `host ${hostname} has no address`);
  }
  for (const a of addresses) {
    const refused = refusalOf(a.address, allowlist);
    if (refused) {
      throw new WebhookTargetError(
        'ADDRESS.REFUSED',
        `host ${hostname} resolves to ${a.address}, a ${refused} address; webhooks go to public addresses only`,
        refused,
      );
    }
  }
  return { url, hostname, addresses };
}
