import { z } from 'zod';
import { ConfigError } from './config-error';
import { checkKafkaRules } from './kafka-rules';
import { checkProductionRules } from './production-rules';
import { withSecretFiles } from './secret-files';

/**
 * Parses the environment once into a frozen, typed object. Any variable may come from
 * a file named by `<NAME>_FILE` instead. The first bad variable raises a ConfigError
 * naming it, so a service fails at start and never half-way; so does, with
 * NODE_ENV=production, a development key published with the project.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): Readonly<z.output<S>> {
  const resolved = withSecretFiles(Object.keys(schema.shape), env);
  const parsed = schema.safeParse(resolved);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? '(environment)');
    const given = resolved[variable];
    const detail = given === undefined || given === '' ? 'is required but not set' : (issue?.message ?? 'is invalid');
    throw new ConfigError(variable, detail);
  }
  checkKafkaRules(parsed.data as Record<string, unknown>);
  checkProductionRules(parsed.data as Record<string, unknown>);
  return Object.freeze(parsed.data) as Readonly<z.output<S>>;
}
