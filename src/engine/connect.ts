/**
 * Resolves which engine to use: MEILI_URL (external), else an embedded engine another process
 * already runs on DATA_DIR, else a new embedded engine. Yields an admin key (indexer only) and a
 * search-only key (the API), the latter created through Meilisearch's keys API.
 */
import crypto from 'node:crypto';
import type { AppConfig } from '../config';
import { AppError } from '../errors';
import { findRunningEngine, startEmbeddedEngine } from './embedded';
import { engineRequest, isHealthy } from './http';

export interface EngineConnection {
  mode: 'embedded' | 'external';
  url: string;
  /** Master or admin key: for the indexer; never sent to a browser, never logged. */
  adminKey: string;
  /** Search-only key: the only key the API uses. */
  searchKey: string;
  /** True when this process started the engine (and close() stops it). */
  owned: boolean;
  close(): Promise<void>;
}

/** A uid fixed per index, so that every start finds the same search key instead of minting new ones. */
export function searchKeyUid(indexName: string): string {
  const h = crypto.createHash('sha1').update(`vn-news-search:search:${indexName}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The search-only key for `indexName`, created on first use (idempotent thanks to the fixed uid). */
export async function ensureSearchKey(url: string, adminKey: string, indexName: string): Promise<string> {
  const uid = searchKeyUid(indexName);
  const existing = await engineRequest(url, adminKey, 'GET', `/keys/${uid}`);
  if (existing.status === 200) return (existing.json as { key: string }).key;
  const created = await engineRequest(url, adminKey, 'POST', '/keys', {
    uid,
    name: 'vn-news-search API (search only)',
    description: 'Used by the API for searches; created by the project',
    actions: ['search'],
    indexes: [indexName],
    expiresAt: null,
  });
  if (created.status === 201) return (created.json as { key: string }).key;
  throw new AppError(
    'engine_key_creation_failed',
    `engine: could not create the search-only key (${created.status} ${JSON.stringify(created.json)}); ` +
      'set MEILI_SEARCH_KEY to a key with the "search" action',
  );
}

async function verifyAdminKey(url: string, key: string): Promise<void> {
  const { status, json } = await engineRequest(url, key, 'GET', '/indexes?limit=1');
  if (status === 401 || status === 403) {
    const code = (json as { code?: string } | null)?.code ?? String(status);
    throw new AppError('engine_bad_key', `engine: the key was refused by ${url} (${code}); check MEILI_MASTER_KEY or MEILI_ADMIN_KEY`);
  }
  if (status !== 200) throw new AppError('engine_unavailable', `engine: ${url} answered ${status} to a key check`, 503);
}

/**
 * Connects to the engine the configuration names. With `start: false` (the API in external
 * mode, a health probe), never starts one.
 */
export async function connectEngine(config: AppConfig, options: { start?: boolean } = {}): Promise<EngineConnection> {
  if (config.meiliUrl) {
    const url = config.meiliUrl;
    const adminKey = config.meiliAdminKey ?? config.meiliMasterKey;
    if (!(await isHealthy(url, 3000))) {
      throw new AppError('engine_unavailable', `engine: no healthy Meilisearch at MEILI_URL=${url}`, 503);
    }
    if (!adminKey && !config.meiliSearchKey) {
      throw new AppError('bad_config', 'config: MEILI_URL is set but neither MEILI_MASTER_KEY, MEILI_ADMIN_KEY nor MEILI_SEARCH_KEY is');
    }
    if (adminKey) await verifyAdminKey(url, adminKey);
    const searchKey = config.meiliSearchKey ?? (await ensureSearchKey(url, adminKey as string, config.indexName));
    return { mode: 'external', url, adminKey: adminKey ?? '', searchKey, owned: false, close: async () => {} };
  }

  const running = await findRunningEngine(config.dataDir);
  if (running) {
    const searchKey = await ensureSearchKey(running.url, running.masterKey, config.indexName);
    return { mode: 'embedded', url: running.url, adminKey: running.masterKey, searchKey, owned: false, close: async () => {} };
  }
  if (options.start === false) {
    throw new AppError('engine_unavailable', `engine: no engine running on ${config.dataDir} and MEILI_URL is not set`, 503);
  }
  const engine = await startEmbeddedEngine({ dataDir: config.dataDir, port: config.meiliPort, binary: config.meiliBinary });
  try {
    const searchKey = await ensureSearchKey(engine.url, engine.masterKey, config.indexName);
    return { mode: 'embedded', url: engine.url, adminKey: engine.masterKey, searchKey, owned: true, close: engine.stop };
  } catch (err) {
    await engine.stop();
    throw err;
  }
}
