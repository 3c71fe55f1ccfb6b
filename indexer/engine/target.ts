/**
 * Which index a run writes to. Same settings version as recorded → the live index. No index →
 * a new one with the settings. Another version → a build index with the new settings, filled
 * with the live documents (no re-analysis), fed by this run, then swapped in atomically with
 * Meilisearch's index swap; searches see the old index until the swap and the new one after.
 */
import type { Logger } from '../../src/logger';
import { buildIndexPrefix, INDEX_SETTINGS, metaIndexName, SETTINGS_VERSION } from '../../src/search/settings';
import type { Meilisearch, Settings } from 'meilisearch';
import { isNotFound, waitOk } from './tasks';

export interface Target {
  /** The uid this run writes to. */
  uid: string;
  /** live: settings already current; created: new index; rebuild: build index swapped in at finalize. */
  mode: 'live' | 'created' | 'rebuild' | 'dry-run';
  /** Makes the run's result live (swap for a rebuild) and records the settings version. */
  finalize(): Promise<void>;
  /** Drops a build index after a failed run (the live index is untouched). */
  discard(): Promise<void>;
}

const META_DOC_ID = 'settings';

interface MetaDoc {
  id: string;
  settingsVersion: string;
  updatedAt: string;
}

async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getIndex(uid);
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

/** The settings version recorded for `indexName`, or null when none is. */
export async function recordedSettingsVersion(client: Meilisearch, indexName: string): Promise<string | null> {
  try {
    const doc = await client.index(metaIndexName(indexName)).getDocument<MetaDoc>(META_DOC_ID);
    return doc.settingsVersion ?? null;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

async function recordSettingsVersion(client: Meilisearch, indexName: string, version: string): Promise<void> {
  const doc: MetaDoc = { id: META_DOC_ID, settingsVersion: version, updatedAt: new Date().toISOString() };
  await waitOk(client.index(metaIndexName(indexName)).addDocuments([doc], { primaryKey: 'id' }), 'recording the settings version');
}

async function createWithSettings(client: Meilisearch, uid: string, settings: Settings): Promise<void> {
  await waitOk(client.createIndex(uid, { primaryKey: 'id' }), `creating index ${uid}`);
  await waitOk(client.index(uid).updateSettings(settings), `applying settings to ${uid}`);
}

/** Build indexes left by a run that died before its swap; safe to drop while we hold the lock. */
async function dropStaleBuilds(client: Meilisearch, indexName: string, logger: Logger): Promise<void> {
  const prefix = buildIndexPrefix(indexName);
  const { results } = await client.getIndexes({ limit: 1000 });
  for (const index of results.filter((i) => i.uid.startsWith(prefix))) {
    logger.warn({ index: index.uid }, 'indexer: dropping a build index left by an interrupted run');
    await waitOk(client.deleteIndex(index.uid), `deleting ${index.uid}`);
  }
}

/** Copies every document of `from` into `to` (settings of `to` apply), page by page. */
async function copyDocuments(client: Meilisearch, from: string, to: string, pageSize = 2000): Promise<number> {
  const tasks: Promise<unknown>[] = [];
  let copied = 0;
  for (let offset = 0; ; offset += pageSize) {
    const page = await client.index(from).getDocuments({ limit: pageSize, offset });
    if (page.results.length) {
      const enqueued = client.index(to).addDocuments(page.results, { primaryKey: 'id' });
      await enqueued; // enqueue in order; wait for indexing all at once below
      tasks.push(waitOk(enqueued, `copying documents into ${to}`));
      copied += page.results.length;
    }
    if (page.results.length < pageSize) break;
  }
  await Promise.all(tasks);
  return copied;
}

/** Decides and prepares the index this run writes to. */
export async function prepareTarget(
  client: Meilisearch,
  indexName: string,
  options: { dryRun: boolean; logger: Logger; settings?: Settings; version?: string },
): Promise<Target> {
  const settings = options.settings ?? INDEX_SETTINGS;
  const version = options.version ?? SETTINGS_VERSION;
  const { logger } = options;
  const noop = async (): Promise<void> => {};
  const liveExists = await indexExists(client, indexName);
  if (options.dryRun) return { uid: indexName, mode: 'dry-run', finalize: noop, discard: noop };

  await dropStaleBuilds(client, indexName, logger);
  if (!liveExists) {
    await createWithSettings(client, indexName, settings);
    await recordSettingsVersion(client, indexName, version);
    return { uid: indexName, mode: 'created', finalize: noop, discard: noop };
  }
  const recorded = await recordedSettingsVersion(client, indexName);
  if (recorded === version) return { uid: indexName, mode: 'live', finalize: noop, discard: noop };

  const buildUid = `${buildIndexPrefix(indexName)}${Date.now()}`;
  logger.info({ index: indexName, from: recorded, to: version, build: buildUid }, 'indexer: settings changed; rebuilding into a new index');
  await createWithSettings(client, buildUid, settings);
  const copied = await copyDocuments(client, indexName, buildUid);
  logger.info({ build: buildUid, copied }, 'indexer: live documents copied into the build index');
  return {
    uid: buildUid,
    mode: 'rebuild',
    finalize: async () => {
      await waitOk(client.swapIndexes([{ indexes: [indexName, buildUid], rename: false }]), `swapping ${buildUid} in`);
      await recordSettingsVersion(client, indexName, version);
      await waitOk(client.deleteIndex(buildUid), `deleting the old index (now ${buildUid})`);
      logger.info({ index: indexName, settingsVersion: version }, 'indexer: rebuilt index swapped in');
    },
    discard: async () => {
      await waitOk(client.deleteIndex(buildUid), `deleting ${buildUid}`).catch(() => undefined);
    },
  };
}
