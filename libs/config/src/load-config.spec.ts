import { ConfigError } from './config-error';
import { databaseSection, httpSection, kafkaSection } from './env-sections';
import { loadConfig } from './load-config';

const schema = kafkaSection.extend(databaseSection.shape);
const good = { KAFKA_BROKERS: '127.0.0.1:9092, kafka-2:9093', DATABASE_URL: 'postgres://u@db:5432/x' };

describe('loadConfig', () => {
  it('parses, applies defaults and freezes', () => {
    const c = loadConfig(schema, good);
    expect(c.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', 'kafka-2:9093']);
    expect(c.KAFKA_MAX_ATTEMPTS).toBe(5);
    expect(c.KAFKA_TOPIC_PREFIX).toBe('');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names a missing variable', () => {
    expect(() => loadConfig(schema, { KAFKA_BROKERS: good.KAFKA_BROKERS })).toThrow(
      new ConfigError('DATABASE_URL', 'is required but not set'),
    );
  });

  it.each([
    ['KAFKA_BROKERS', 'localhost', /KAFKA_BROKERS: each broker must be host:port/],
    ['DATABASE_URL', 'mysql://db/x', /DATABASE_URL: must be a postgres:\/\/ URL/],
    ['KAFKA_MAX_ATTEMPTS', '0', /KAFKA_MAX_ATTEMPTS/],
    ['KAFKA_TOPIC_PREFIX', 'a b', /KAFKA_TOPIC_PREFIX: only letters/],
  ])('names a malformed %s', (name, value, message) => {
    expect(() => loadConfig(schema, { ...good, [name]: value })).toThrow(message);
  });

  it('checks HTTP limits', () => {
    expect(() => loadConfig(httpSection, { HTTP_PORT: '70000', API_KEYS: 'a:b:c' })).toThrow(/HTTP_PORT/);
  });
});
