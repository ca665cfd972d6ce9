import { createHmac } from 'node:crypto';
import { generateSigningSecret, signWebhook, verifyWebhook } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const content = { id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, body: '{"test": 2432232314}' };

  it('gives the Standard Webhooks reference signature', () => {
    // The example of the Standard Webhooks specification.
    expect(signWebhook(secret, content)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('is what a subscriber recomputes with nothing but node:crypto', () => {
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const mac = createHmac('sha256', key).update(`${content.id}.${content.timestamp}.${content.body}`).digest('base64');
    expect(signWebhook(secret, content)).toBe(`v1,${mac}`);
  });

  it('verifies, and refuses a changed body, another secret or an old timestamp', () => {
    const header = signWebhook(secret, content);
    const now = { nowSeconds: content.timestamp + 10 };
    expect(verifyWebhook(secret, header, content, now)).toBe(true);
    expect(verifyWebhook(secret, `v1,bm9wZQ== ${header}`, content, now)).toBe(true);
    expect(verifyWebhook(secret, header, { ...content, body: '{"test": 1}' }, now)).toBe(false);
    expect(verifyWebhook(generateSigningSecret(), header, content, now)).toBe(false);
    expect(verifyWebhook(secret, header, content, { nowSeconds: content.timestamp + 301 })).toBe(false);
  });

  it('makes secrets of 32 random bytes', () => {
    const s = generateSigningSecret();
    expect(s).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(generateSigningSecret()).not.toBe(s);
  });
});
