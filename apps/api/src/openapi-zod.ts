import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/** The JSON Schema of a zod schema as OpenAPI 3.0 takes it (the zod contracts stay the one source). */
export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, target: 'openapi-3.0', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** One `@ApiQuery` per parameter of a query-string schema, with its type, rules and description. */
export function ApiQueryFrom(schema: z.ZodObject) {
  return applyDecorators(
    ...Object.entries(schema.shape).map(([name, field]) => {
      const s = openApiSchema(field as z.ZodType, 'input');
      const { description, ...type } = s;
      return ApiQuery({
        name,
        required: !(field as z.ZodType).safeParse(undefined).success,
        schema: type,
        ...(typeof description === 'string' ? { description } : {}),
      });
    }),
  );
}

/** The JSON body of a 200, from its zod schema. */
export const ApiJson = (schema: z.ZodType, description: string) => ApiOkResponse({ description, schema: openApiSchema(schema) });

export const errorSchema = z.object({
  error: z.object({
    code: z.string().meta({ description: 'Stable code: QUERY.INVALID, AUTH.MISSING_KEY, RATE.LIMITED, CLAIM.NOT_FOUND…' }),
    message: z.string(),
    issues: z.array(z.object({ field: z.string(), rule: z.string(), message: z.string() })).optional(),
    correlationId: z.string(),
  }),
});

/** The errors every analysts' route can answer. */
export const ApiErrors = () =>
  applyDecorators(
    ApiResponse({ status: 400, description: 'A parameter is invalid; `issues` names it.', schema: openApiSchema(errorSchema) }),
    ApiResponse({ status: 401, description: 'No API key, or an unknown one.', schema: openApiSchema(errorSchema) }),
    ApiResponse({ status: 403, description: 'The key lacks the scope claims.read.', schema: openApiSchema(errorSchema) }),
    ApiResponse({ status: 429, description: 'Too many requests for this key; see Retry-After.', schema: openApiSchema(errorSchema) }),
  );
