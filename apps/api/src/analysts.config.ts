import { z } from 'zod';

/** The analysts' API settings: browsers allowed to call it, and each key's request budget. */
export const analystsConfigShape = {
  /** Origins (scheme://host[:port]) whose pages may call the API from a browser, comma-separated; empty: none. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'each origin must be scheme://host[:port], without a path'))),
  /** Requests one API key may make per window before it gets 429 with Retry-After. */
  API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  API_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
};
