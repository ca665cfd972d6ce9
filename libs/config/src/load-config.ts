import { z } from 'zod';
import { ConfigError } from './config-error';

/**
 * Parses the environment once into a frozen, typed object. The first bad variable
 * raises a ConfigError naming it, so a service fails at start and never half-way.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): Readonly<z.output<S>> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? '(environment)');
    const given = env[variable];
    const detail = given === undefined || given === '' ? 'is required but not set' : (issue?.message ?? 'is invalid');
    throw new ConfigError(variable, detail);
  }
  return Object.freeze(parsed.data) as Readonly<z.output<S>>;
}
