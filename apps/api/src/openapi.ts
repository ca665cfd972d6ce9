import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The OpenAPI 3 document of the API, generated from the controllers and their zod schemas. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Claim Ledger analysts’ API')
    .setDescription(
      'Who claimed what in the news: claims with their sources, figures and times, propositions, links, sources, entities and articles. ' +
        'Every list is paged with an opaque `cursor` (the `next` of the previous page). Errors are `{ error: { code, message, issues?, correlationId } }`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key with the scope claims.read' })
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Serves the document at /docs (Swagger UI) and /docs/openapi.json, without a key. */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
  });
}
