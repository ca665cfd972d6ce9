import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** The id of the API key the guard accepted for this request (subscriptions belong to it). */
export const ApiKeyId = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const id = context.switchToHttp().getRequest<{ apiKeyId?: string }>().apiKeyId;
  if (!id) throw new Error('ApiKeyId used on a route without RequireScope');
  return id;
});
