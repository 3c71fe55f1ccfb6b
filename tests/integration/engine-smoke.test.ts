import { adminClient } from '../utils/engine';

test('the suite runs against a real Meilisearch 1.21.0', async () => {
  const version = await adminClient().getVersion();
  expect(version.pkgVersion).toBe('1.21.0');
});
