import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Prefix of a signing secret, as Standard Webhooks writes them: `whsec_<base64 key>`. */
const SECRET_PREFIX = 'whsec_';

/** A new signing secret: 32 random bytes, base64, behind `whsec_`. Shown to the subscriber once. */
export function generateSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

export interface SignedContent {
  /** The delivery id (header `webhook-id`, `X-Delivery-Id`). */
  id: string;
  /** Unix time in seconds (header `webhook-timestamp`, `X-Timestamp`). */
  timestamp: number;
  /** The exact bytes of the request body. */
  body: string;
}

/**
 * The `X-Signature` (and `webhook-signature`) value, in the Standard Webhooks form:
 * `v1,` and the base64 HMAC-SHA256 of `<id>.<timestamp>.<body>` under the secret's key.
 */
export function signWebhook(secret: string, { id, timestamp, body }: SignedContent): string {
  const mac = createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64');
  return `v1,${mac}`;
}

/**
 * What a subscriber does with a request: recompute the signature and compare in constant
 * time with each `v1,` value of the header (space-separated), and refuse a timestamp more
 * than `toleranceSeconds` from now (a replayed request).
 */
export function verifyWebhook(
  secret: string,
  header: string,
  content: SignedContent,
  { nowSeconds = Math.floor(Date.now() / 1000), toleranceSeconds = 300 } = {},
): boolean {
  if (Math.abs(nowSeconds - content.timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, content).slice(3), 'base64');
  return header.split(' ').some((part) => {
    const [version, mac] = part.split(',');
    if (version !== 'v1' || !mac) return false;
    const given = Buffer.from(mac, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
