import { Feeder, type FeedItem, type FeederOptions } from '../../indexer/feed/feeder';
import { RejectedBatchError, TransientSendError, type DocumentSink } from '../../indexer/feed/sink';

const item = (id: string, size = 10): FeedItem => ({ id, origin: `/feed.jsonl:${id}`, json: JSON.stringify({ id, pad: 'x'.repeat(size) }) });

function feeder(sink: DocumentSink, over: Partial<FeederOptions> = {}) {
  const indexed: string[] = [];
  const failed: { id: string; reason: string }[] = [];
  const f = new Feeder({
    sink,
    concurrency: 2,
    maxInFlightBytes: 100_000_000,
    maxDocs: 4,
    maxBytes: 1_000_000,
    maxWaitMs: 60_000,
    transientRetries: 2,
    backoffMs: 1,
    onIndexed: (items) => indexed.push(...items.map((i) => i.id)),
    onFailed: (i, reason) => failed.push({ id: i.id, reason }),
    ...over,
  });
  return { f, indexed, failed };
}

test('batches are bounded in count and in bytes', async () => {
  const sizes: number[] = [];
  const { f, indexed } = feeder(async (lines) => void sizes.push(lines.length), { maxBytes: 300 });
  for (let i = 0; i < 10; i++) await f.add(item(String(i), 100));
  await f.close();
  expect(indexed).toHaveLength(10);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(2); // ~130 bytes a document, 300 a batch
});

test('a refused batch is split until the bad document is alone; the others go in', async () => {
  const sink: DocumentSink = async (lines) => {
    if (lines.some((l) => l.includes('"bad"'))) throw new RejectedBatchError('invalid document');
  };
  const { f, indexed, failed } = feeder(sink);
  for (const id of ['a', 'b', 'bad', 'c', 'd', 'e']) await f.add(item(id));
  await f.close();
  expect(indexed.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  expect(failed).toEqual([{ id: 'bad', reason: 'invalid document' }]);
});

test('a transient failure is retried with backoff and then succeeds', async () => {
  let calls = 0;
  const { f, indexed } = feeder(async () => {
    if (++calls < 3) throw new TransientSendError('engine restarting');
  });
  await f.add(item('a'));
  await f.close();
  expect(indexed).toEqual(['a']);
  expect(calls).toBe(3);
});

test('an engine that stays unreachable stops the run instead of failing every article', async () => {
  const { f, failed } = feeder(async () => {
    throw new TransientSendError('connection refused');
  });
  await f.add(item('a'));
  await expect(f.close()).rejects.toThrow(/did not take a batch after 3 tries/);
  expect(failed).toEqual([]);
});

test('batches held in memory stay within maxInFlightBytes: adding waits until the engine has taken one', async () => {
  // The engine takes nothing until released; each batch is one ~130-byte document.
  const release: (() => void)[] = [];
  const sink: DocumentSink = () => new Promise<void>((resolve) => release.push(resolve));
  const { f, indexed } = feeder(sink, { concurrency: 10, maxDocs: 1, maxInFlightBytes: 200 });
  await f.add(item('a', 100));
  await f.add(item('b', 100));
  // Adding 'c' sends the batch of 'b': two batches (~250 bytes) are held, over the bound, so the add waits.
  let added = false;
  const adding = f.add(item('c', 100)).then(() => (added = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(added).toBe(false);
  expect(release.length).toBeGreaterThan(0);
  release.shift()?.();
  await adding;
  expect(added).toBe(true);
  const closing = f.close();
  while (indexed.length < 3) {
    release.splice(0).forEach((r) => r());
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await closing;
  expect(indexed.sort()).toEqual(['a', 'b', 'c']);
});
