/**
 * No Docker engine runs here, so the deployment files are checked by parsing: the compose file
 * must stay in step with the engine version, the config variables and the built entry points.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config';
import { MEILISEARCH_VERSION } from '../../src/engine/binary';

const root = path.resolve(__dirname, '../..');
type Service = {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  command?: string[];
};
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

test('Meilisearch runs from the official image at the embedded engine version, with a volume and a health check', () => {
  const meili = compose.services.meilisearch;
  expect(meili.image).toBe(`getmeili/meilisearch:v${MEILISEARCH_VERSION}`);
  expect(meili.environment?.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY/);
  expect(meili.healthcheck?.test.join(' ')).toContain('/health');
  const volume = meili.volumes?.[0].split(':')[0] as string;
  expect(Object.keys(compose.volumes)).toContain(volume);
});

test('the API and the indexer wait for a healthy engine and pass only variables the config knows', () => {
  for (const name of ['api', 'indexer']) {
    const service = compose.services[name];
    expect(service.depends_on?.meilisearch.condition).toBe('service_healthy');
    const env: Record<string, string> = { ...service.environment, MEILI_MASTER_KEY: 'k'.repeat(32) };
    delete env.INDEX_INTERVAL_SECONDS; // read by the shell loop, not the app
    expect(() => loadConfig(env)).not.toThrow();
    expect(env.MEILI_URL).toBe('http://meilisearch:7700');
  }
});

test('the indexer runs the built CLI on the mounted archive, and the image is multi-stage and non-root', () => {
  expect(compose.services.indexer.command?.join(' ')).toContain('node dist/indexer/cli.js /archive');
  expect(compose.services.indexer.volumes?.some((v) => v.includes(':/archive:ro'))).toBe(true);
  const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
  expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
  expect(dockerfile).toMatch(/^USER node$/m);
  expect(dockerfile).toContain('CMD ["node", "dist/src/cli/start.js"]');
});
