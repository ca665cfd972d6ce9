import { Client, type QueryConfig } from 'pg';

/**
 * Statements that each connection prepares once, by name, and then runs by that name:
 * Postgres parses them once a session and, after its first five runs, keeps a generic plan
 * (plan_cache_mode auto), where an unnamed statement is parsed and planned on every run.
 * The article page's three statements cost Postgres 1.5-2.0 ms a request unnamed and
 * 1.0-1.2 named (issue 15).
 *
 * Only the statements given here are prepared, each under its own name: a statement whose
 * generic plan is worse than its custom ones stays out. The ledger's writes did (their
 * statements' Postgres CPU rose by a fifth when all were prepared: a generic plan of the
 * link supersede read a whole partial index of current links).
 */
const nameOfText = new Map<string, string>();
const textOfName = new Map<string, string>();

/**
 * Registers `text` to run prepared under `name` and returns it, for the caller to run as
 * any other statement. A name is given to one text only, and a text one name.
 */
export function preparedStatement(name: string, text: string): string {
  const text_ = textOfName.get(name);
  const name_ = nameOfText.get(text);
  if ((text_ !== undefined && text_ !== text) || (name_ !== undefined && name_ !== name))
    throw new Error(`prepared statement ${name}: the name or the text is already another statement's`);
  nameOfText.set(text, name);
  textOfName.set(name, text);
  return text;
}

/** The name a text runs under, if it was registered. */
export function preparedNameOf(text: string): string | undefined {
  return nameOfText.get(text);
}

// "cached plan must not change result type": a migration changed what a prepared statement
// returns. The connection keeps the old statement under its name, so the statement is
// prepared again under a new one; the failed run's error goes to its caller (a transaction
// it was in is lost anyway) and the next run succeeds.
const FEATURE_NOT_SUPPORTED = '0A000';

type Callback = (err: Error | null, result?: unknown) => void;

/**
 * The pg client of the ledger's pools (pg-pool's `Client` option): a statement registered
 * with preparedStatement runs prepared; every other runs as pg runs it.
 */
export class PreparingClient extends Client {
  /** Names given again after a migration changed a statement's result (see above). */
  private readonly renamed = new Map<string, string>();

  // pg's query has many overloads; this one only looks at (text, values[, callback]).
  override query(...args: unknown[]): never {
    const [config, values, callback] = args;
    const name = typeof config === 'string' && (values === undefined || Array.isArray(values)) ? nameOfText.get(config) : undefined;
    if (name === undefined) return (Client.prototype.query as (...a: unknown[]) => never).apply(this, args);
    const as = this.renamed.get(name) ?? name;
    const named: QueryConfig = { name: as, text: config as string, values: (values as unknown[] | undefined) ?? [] };
    const onError = (err: unknown) => {
      if ((err as { code?: string }).code === FEATURE_NOT_SUPPORTED) this.renamed.set(name, `${as}+`);
    };
    const run = Client.prototype.query as (...a: unknown[]) => unknown;
    if (typeof callback === 'function') {
      return run.call(this, named, (err: Error | null, result?: unknown) => {
        if (err) onError(err);
        (callback as Callback)(err, result);
      }) as never;
    }
    return (run.call(this, named) as Promise<unknown>).catch((err: unknown) => {
      onError(err);
      throw err;
    }) as never;
  }
}
