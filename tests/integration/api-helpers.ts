/**
 * Helpers for the API integration tests: invented documents shaped like the indexer's, an
 * index with the project's settings on the tests' engine, and an app over it.
 */
import type express from 'express';
import { createApp } from '../../src/api/app';
import type { AppConfig } from '../../src/config';
import { connectEngine, type EngineConnection } from '../../src/engine/connect';
import { createLogger } from '../../src/logger';
import { INDEX_SETTINGS } from '../../src/search/settings';
import { extractNumbers } from '../../src/text';
import type { IndexedDocument } from '../../src/types';
import { exactVocabulary, quantitiesOf } from '../../indexer/document/build';
import { adminClient, testConfig } from '../utils/engine';

/** An invented article as the indexer would store it; fields derived from title/lead/body unless given. */
export function testDocument(fields: Partial<IndexedDocument> & { id: string; title: string; body: string }): IndexedDocument {
  const lead = fields.lead ?? '';
  const numbers = fields.numbers ?? extractNumbers(`${fields.title}\n${lead}\n${fields.body}`);
  const publishedAt = fields.publishedAt ?? '';
  const ms = publishedAt ? Date.parse(publishedAt) : NaN;
  return {
    url: `https://example.test/${fields.id}`,
    source: 'Báo Thử',
    author: '',
    category: '',
    people: [],
    roles: [],
    organizations: [],
    places: [],
    movements: [],
    documents: [],
    aliases: [],
    hash: fields.id,
    origin: 'test',
    ...quantitiesOf(numbers),
    exact: exactVocabulary(fields.title, lead, fields.body),
    timestamp: Number.isNaN(ms) ? null : Math.floor(ms / 1000),
    year: Number.isNaN(ms) ? null : new Date(ms).getUTCFullYear(),
    ...fields,
    lead,
    publishedAt,
    numbers,
  };
}

/** Engine tasks can queue behind other test files' work on a busy machine. */
const WAIT = { timeout: 60_000 };

export interface TestApi {
  app: express.Express;
  config: AppConfig;
  engine: EngineConnection;
}

/** A fresh index with INDEX_SETTINGS holding `docs`, and an app over it (search-only key). */
export async function apiOver(docs: IndexedDocument[], overrides: Record<string, string> = {}): Promise<TestApi> {
  const config = testConfig(overrides);
  const admin = adminClient();
  await admin.createIndex(config.indexName, { primaryKey: 'id' }).waitTask(WAIT);
  await admin.index(config.indexName).updateSettings(INDEX_SETTINGS).waitTask(WAIT);
  if (docs.length > 0) {
    const task = await admin.index(config.indexName).addDocuments(docs).waitTask(WAIT);
    if (task.status !== 'succeeded') throw new Error(`tests: documents refused: ${JSON.stringify(task.error)}`);
  }
  const engine = await connectEngine(config);
  const app = createApp({ config, engine, logger: createLogger('silent', 'test-api') });
  return { app, config, engine };
}

/** Deletes the test index. */
export async function dropIndex(api: TestApi | undefined): Promise<void> {
  if (api) await adminClient().deleteIndex(api.config.indexName).waitTask(WAIT);
}
