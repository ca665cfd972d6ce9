import { z } from 'zod';
import { articleV1Schema } from './article-v1.schema';
import { claimSchema } from './claim.schema';
import { claimsExtractedV1Schema } from './claims-extracted-v1.event';
import { claimsLinkedV1Schema } from './claims-linked-v1.event';
import { claimsRecordedV1Schema } from './claims-recorded-v1.event';
import { deadLetterV1Schema } from './dead-letter-v1.event';
import { linkSchema } from './link.schema';

/** The zod schemas published as JSON Schema files under libs/contracts/json-schema/. */
export const JSON_SCHEMAS: Record<string, z.ZodType> = {
  'article.v1': articleV1Schema,
  claim: claimSchema,
  link: linkSchema,
  'claims.extracted.v1': claimsExtractedV1Schema,
  'claims.recorded.v1': claimsRecordedV1Schema,
  'claims.linked.v1': claimsLinkedV1Schema,
  'deadletter.v1': deadLetterV1Schema,
};

/** The JSON Schema (draft 2020-12) of one published schema, as written to disk. */
export function renderJsonSchema(name: string, schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: `https://claim-ledger.dev/schemas/${name}.json`, title: name, ...json }, null, 2)}\n`;
}
