import { batchOf, batchTopicOf } from './batch-pattern';

describe('batch patterns', () => {
  it('reads the topic back from the route Nest stores for batchOf(topic), and nothing from other routes', () => {
    // Nest's route of an object pattern: its keys sorted, as JSON.
    expect(batchTopicOf(JSON.stringify({ batch: true, topic: 'articles.v1' }))).toBe('articles.v1');
    expect(batchOf('claims.recorded.v1')).toEqual({ topic: 'claims.recorded.v1', batch: true });
    expect(batchTopicOf('articles.v1')).toBeNull();
    expect(batchTopicOf('{"topic":"articles.v1"}')).toBeNull();
    expect(batchTopicOf('42')).toBeNull();
  });
});
