import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { articleV1Schema } from './article-v1.schema';
import { STORABLE_TEXT_PATTERN, unstorableText } from './storable-text';
import { JSON_SCHEMAS, renderJsonSchema } from './json-schemas';
import { ALL_TOPICS } from './topics';
import { toValidationIssues } from './validation-issue';

const contractsDir = join(__dirname, '..');
const valid = {
  id: 'a-1',
  publisher: 'wire.example',
  body: 'Ministrul a declarat că bugetul crește.',
  publishedAt: '2024-03-28T15:00:00+02:00',
};

describe('article.v1', () => {
  it('accepts a minimal article and defaults its revision to 1', () => {
    expect(articleV1Schema.parse(valid)).toEqual({ ...valid, revision: 1 });
  });

  it.each([
    ['publisher', { publisher: 'Wire Example' }, 'invalid_format'],
    ['publisher', { publisher: '' }, 'too_small'],
    ['id', { id: 'x'.repeat(201) }, 'too_big'],
    ['body', { body: '' }, 'too_small'],
    ['body', { body: 'x'.repeat(200_001) }, 'too_big'],
    ['url', { url: 'ftp://example.com/a' }, 'invalid_format'],
    ['title', { title: 't'.repeat(1001) }, 'too_big'],
    ['language', { language: 'romanian' }, 'invalid_format'],
    ['language', { language: 'qq' }, 'custom'],
    ['publishedAt', { publishedAt: '2024-03-28T15:00:00' }, 'invalid_format'],
    ['publishedAt', { publishedAt: '28 March 2024' }, 'invalid_format'],
    ['revision', { revision: 0 }, 'too_small'],
    ['revision', { revision: 1.5 }, 'invalid_type'],
  ])('rejects a bad %s, naming the field and the rule', (field, patch, rule) => {
    const parsed = articleV1Schema.safeParse({ ...valid, ...patch });
    expect(parsed.success).toBe(false);
    const issues = toValidationIssues(parsed.error!);
    expect(issues[0]).toMatchObject({ field, rule });
  });

  // Issue 16: each of these was accepted (202) and then dead-lettered by the ledger,
  // because Postgres cannot store it.
  it.each([
    ['body', { body: 'Ministrul a declarat\u0000 că bugetul crește.' }, 'invalid_format', /NUL character \(U\+0000\), found at index 20/],
    ['id', { id: 'a\u0000b' }, 'invalid_format', /NUL/],
    ['title', { title: 'T\u0000' }, 'invalid_format', /NUL/],
    ['url', { url: 'https://example.com/a\u0000b' }, 'invalid_format', /NUL/],
    ['id', { id: 'a-\ud800' }, 'invalid_format', /lone UTF-16 surrogate at index 2/],
    ['id', { id: '\udc00-a' }, 'invalid_format', /lone UTF-16 surrogate at index 0/],
    ['body', { body: 'text \ud83d then more' }, 'invalid_format', /lone UTF-16 surrogate at index 5/],
    ['title', { title: '\ud83d' }, 'invalid_format', /lone UTF-16 surrogate/],
    ['revision', { revision: 2 ** 31 }, 'too_big', /at most 2147483647/],
    ['revision', { revision: Number.MAX_SAFE_INTEGER }, 'too_big', /Postgres integer/],
    ['publishedAt', { publishedAt: '0000-01-01T00:00:00Z' }, 'too_small', /on or after 1800-01-01T00:00:00Z/],
    ['publishedAt', { publishedAt: '1799-12-31T23:59:59Z' }, 'too_small', /on or after/],
    ['publishedAt', { publishedAt: '1800-01-01T00:30:00+01:00' }, 'too_small', /on or after/],
    ['publishedAt', { publishedAt: '3000-01-01T00:00:00Z' }, 'too_big', /before 3000-01-01T00:00:00Z/],
    ['publishedAt', { publishedAt: '2999-12-31T23:59:59-12:00' }, 'too_big', /before/],
    ['publishedAt', { publishedAt: '9999-12-31T23:59:59Z' }, 'too_big', /before/],
    ['publishedAt', { publishedAt: '2024-03-28T15:00:00+16:00' }, 'invalid_format', /offset within ±14:00/],
    ['publishedAt', { publishedAt: '2024-02-30T15:00:00Z' }, 'invalid_format', /RFC 3339/],
  ])('rejects a %s the ledger cannot store (%j), naming the field and the rule', (field, patch, rule, message) => {
    const parsed = articleV1Schema.safeParse({ ...valid, ...patch });
    expect(parsed.success).toBe(false);
    expect(toValidationIssues(parsed.error!)).toEqual([{ field, rule, message: expect.stringMatching(message) }]);
  });

  it('accepts what the ledger can store at the edges: surrogate pairs, control characters, the last revision, the first and last dates', () => {
    const edge = {
      ...valid,
      id: 'a-😀-\u0001',
      title: 'Titlu 👍🏽',
      body: 'Ministrul a declarat că bugetul crește 📈.\u0007\t',
      url: 'https://example.com/a?q=%00',
      revision: 2 ** 31 - 1,
    };
    expect(articleV1Schema.safeParse(edge).success).toBe(true);
    for (const publishedAt of [
      '1800-01-01T00:00:00Z',
      '1800-01-01T00:00:00-14:00',
      '2999-12-31T23:59:59.999Z',
      '2999-12-31T23:59:59+14:00',
    ]) {
      expect(articleV1Schema.safeParse({ ...valid, publishedAt }).success).toBe(true);
    }
  });

  it('reports one issue for a date that is not RFC 3339, however far out of range', () => {
    const parsed = articleV1Schema.safeParse({ ...valid, publishedAt: '0000-01-01 00:00' });
    expect(toValidationIssues(parsed.error!)).toEqual([expect.objectContaining({ field: 'publishedAt', rule: 'invalid_format' })]);
  });

  it('publishes the storable-text rule in the JSON Schema, meaning the same as the zod check', () => {
    const schema = JSON.parse(renderJsonSchema('article.v1', articleV1Schema)) as { properties: Record<string, { pattern?: string }> };
    for (const field of ['id', 'url', 'title', 'body']) expect(schema.properties[field]!.pattern).toBe(STORABLE_TEXT_PATTERN);
    for (const flags of ['', 'u']) {
      const re = new RegExp(STORABLE_TEXT_PATTERN, flags);
      for (const s of ['', 'plain', 'a😀b', '\u0001\uffff', 'a\u0000', '\ud800', 'x\udfff', '\ud83d\ud83d\ude00']) {
        expect([flags, s, re.test(s)]).toEqual([flags, s, unstorableText(s) === null]);
      }
    }
  });

  it('names array elements in the path', () => {
    const parsed = articleV1Schema.array().safeParse([valid, { ...valid, body: undefined }]);
    expect(toValidationIssues(parsed.error!)[0]).toMatchObject({ field: '[1].body', rule: 'invalid_type' });
  });

  it('accepts the seed article of the development set', () => {
    const gold = JSON.parse(readFileSync(join(__dirname, '../../../../shared/eval/dev/ro-rador-phenian.json'), 'utf8'));
    expect(articleV1Schema.safeParse(gold.article).success).toBe(true);
  });
});

describe('published schemas', () => {
  it.each(Object.entries(JSON_SCHEMAS))('json-schema/%s.json matches the zod schema (npm run contracts:generate)', (name, schema) => {
    const committed = readFileSync(join(contractsDir, 'json-schema', `${name}.json`), 'utf8');
    expect(committed).toBe(renderJsonSchema(name, schema));
  });

  it('lists every topic in the AsyncAPI document, with its partition count', () => {
    const doc = parse(readFileSync(join(contractsDir, 'asyncapi.yaml'), 'utf8')) as {
      channels: Record<string, { address: string; description: string; messages: Record<string, { $ref: string }> }>;
      components: { messages: Record<string, { payload: { $ref: string } }> };
    };
    const addresses = Object.values(doc.channels)
      .map((c) => c.address)
      .sort();
    expect(addresses).toEqual(ALL_TOPICS.map((t) => t.name).sort());
    for (const t of ALL_TOPICS) {
      const channel = Object.values(doc.channels).find((c) => c.address === t.name)!;
      expect(channel.description).toContain(`${t.partitions} partitions`);
      for (const m of Object.values(channel.messages)) {
        const msg = doc.components.messages[m.$ref.split('/').pop()!]!;
        const file = msg.payload.$ref.replace('./json-schema/', '').replace(/\.json$/, '');
        expect(Object.keys(JSON_SCHEMAS)).toContain(file);
      }
    }
  });
});
