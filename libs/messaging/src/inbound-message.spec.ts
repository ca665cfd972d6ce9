import type { KafkaMessage } from 'kafkajs';
import { CORRELATION_HEADER } from '@claim-ledger/observability';
import { hasTextValue, toInboundMessage, type InboundMessage } from './inbound-message';

function record(value: Buffer | null, extra: Partial<KafkaMessage> = {}): KafkaMessage {
  return { key: Buffer.from('p:1'), value, timestamp: '1764633600000', attributes: 0, offset: '42', headers: {}, ...extra } as KafkaMessage;
}

describe('toInboundMessage', () => {
  it('gives the value as text, the key, the offset and the time it was written', () => {
    const m = toInboundMessage('claims.recorded.v1', 3, record(Buffer.from('{"a":"ăîșț „x”"}')));
    expect(m).toMatchObject({ topic: 'claims.recorded.v1', partition: 3, offset: '42', key: 'p:1', timestamp: 1764633600000 });
    expect(m.value).toBe('{"a":"ăîșț „x”"}');
    // Read again, the same text: it is decoded on each read, not kept on the message.
    expect(m.value).toBe('{"a":"ăîșț „x”"}');
    expect(Object.getOwnPropertyDescriptor(m, 'value')).toBeUndefined();
    expect(hasTextValue(m)).toBe(true);
    expect(m.rawValue?.toString('utf8')).toBe('{"a":"ăîșț „x”"}');
  });

  it('gives null for a value that is not valid UTF-8, and keeps its bytes', () => {
    const bytes = Buffer.from([0x7b, 0xc3, 0x28, 0x7d]);
    const m = toInboundMessage('t', 0, record(bytes));
    expect(m.value).toBeNull();
    expect(hasTextValue(m)).toBe(false);
    expect(m.rawValue).toEqual(bytes);
    // An encoded surrogate (CESU-8) is not UTF-8 either.
    expect(toInboundMessage('t', 0, record(Buffer.from([0xed, 0xa0, 0x80]))).value).toBeNull();
  });

  it('gives null for no value, and empty text for an empty one', () => {
    expect(toInboundMessage('t', 0, record(null)).value).toBeNull();
    expect(hasTextValue(toInboundMessage('t', 0, record(null)))).toBe(false);
    expect(hasTextValue(toInboundMessage('t', 0, record(Buffer.alloc(0))))).toBe(true);
    expect(toInboundMessage('t', 0, record(Buffer.alloc(0))).value).toBe('');
  });

  it('drops a leading byte order mark, as a JSON reader needs', () => {
    const m = toInboundMessage('t', 0, record(Buffer.from('\uFEFF{"a":1}')));
    expect(m.value).toBe('{"a":1}');
    expect(JSON.parse(m.value!)).toEqual({ a: 1 });
  });

  it('takes the correlation id from its header, and makes one when there is none', () => {
    const given = toInboundMessage('t', 0, record(Buffer.from('{}'), { headers: { [CORRELATION_HEADER]: Buffer.from('corr-123') } }));
    expect(given.correlationId).toBe('corr-123');
    const made = toInboundMessage('t', 0, record(Buffer.from('{}')));
    expect(made.correlationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(toInboundMessage('t', 0, record(Buffer.from('{}'), { key: null })).key).toBeNull();
  });

  it('tells a message made elsewhere (a test’s, a replay’s) by its value', () => {
    const made = (value: string | null): InboundMessage => ({
      topic: 't',
      partition: 0,
      offset: '0',
      key: null,
      value,
      rawValue: value === null ? null : Buffer.from(value),
      correlationId: 'c',
      timestamp: 0,
    });
    expect(hasTextValue(made('{}'))).toBe(true);
    expect(hasTextValue(made(null))).toBe(false);
  });
});
