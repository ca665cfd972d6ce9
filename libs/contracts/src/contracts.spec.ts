import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { articleV1Schema } from './article-v1.schema';
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
