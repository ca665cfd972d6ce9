import { Client, type QueryConfig } from 'pg';

/**
 * Statements that each connection prepares once, by name, and then runs by that name:
 * Postgres parses them once a session and, after its first five runs, keeps a generic plan
 * when it looks no dearer than the custom ones (plan_cache_mode auto), where an unnamed
 * statement is parsed and planned on every run (issue 15: the article page's three
 * statements prepared cost Postgres 0.96-1.22 ms a request instead of 1.35-1.57).
 *
 * A generic plan is chosen for any values, and on a ledger never analysed (a new
 * deployment's first minute, every benchmark pass) from guesses that stick until autovacuum
 * first analyses it. So only a statement with one way to its rows is registered (no table,
 * or one index that fits its conditions): the article's claims, the linker's candidates
 * and claims by id, and the ledger's link supersede each had a partial index of current
 * rows to take instead, and did (unanalysed-plans.int-spec.ts).
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

// "cached plan must not change result type" (0A000, raised where Postgres revalidates a
// cached plan): a migration changed what a prepared statement returns. The connection keeps
// the old statement under its name, so the statement is prepared again under a new one (the
// old one goes with the connection). Outside a transaction the run is tried again at once
// under the new name; inside one the error goes to the caller, whose transaction is lost
// anyway, and its retry succeeds.
const FEATURE_NOT_SUPPORTED = '0A000';
const REVALIDATION = 'RevalidateCachedQuery';

function planChanged(err: unknown): boolean {
  const e = err as { code?: string; routine?: string };
  return e.code === FEATURE_NOT_SUPPORTED && e.routine === REVALIDATION;
}

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
    const text = config as string;
    const params = (values as unknown[] | undefined) ?? [];
    const run = Client.prototype.query as (...a: unknown[]) => unknown;
    const once = (): Promise<unknown> =>
      run.call(this, { name: this.renamed.get(name) ?? name, text, values: params } satisfies QueryConfig) as Promise<unknown>;
    const result = once().catch((err: unknown) => {
      if (!planChanged(err)) throw err;
      this.renamed.set(name, `${this.renamed.get(name) ?? name}+`);
      if (this.getTransactionStatus() !== 'I') throw err;
      return once();
    });
    if (typeof callback === 'function') {
      // (On the next tick, as pg calls back: what the callback throws is the caller's, not a rejection here.)
      result.then(
        (r) => process.nextTick(callback as Callback, null, r),
        (err: Error) => process.nextTick(callback as Callback, err),
      );
      return undefined as never;
    }
    return result as never;
  }
}
