/**
 * Stage 5 of the pipeline: documents → batches bounded in count and bytes → the sink, with at
 * most `concurrency` batches in flight (p-queue) and at most `maxInFlightBytes` of them held in
 * memory. A refused batch is retried once, then split in
 * halves until the bad document is alone; it is reported and the others go in. An engine that
 * stays unreachable after the retries stops the run (what was not sent is sent by the next run).
 */
import PQueue from 'p-queue';
import { RejectedBatchError, TransientSendError, type DocumentSink } from './sink';

/** One serialized document and what a report about it needs. */
export interface FeedItem {
  id: string;
  origin: string;
  json: string;
}

export interface FeederOptions {
  sink: DocumentSink;
  /** Batches in flight at once. */
  concurrency: number;
  /**
   * Most bytes of batches sent and not yet indexed, or waiting to be sent; `add` waits while they
   * are over it (the memory bound when many batches are in flight).
   */
  maxInFlightBytes: number;
  /** Most documents a batch holds. */
  maxDocs: number;
  /** Most bytes a batch holds (Meilisearch refuses payloads over 100 MB). */
  maxBytes: number;
  /** A batch waiting longer than this (ms) is sent on the next add, so slow analysis still feeds steadily. */
  maxWaitMs: number;
  /** Tries for a transient failure before the run gives up. */
  transientRetries: number;
  /** First backoff delay (ms), doubled each try. */
  backoffMs: number;
  onIndexed(items: FeedItem[]): void;
  onFailed(item: FeedItem, reason: string): void;
  /** A transient failure about to be retried after `delayMs`. */
  onRetry?(reason: string, delayMs: number): void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class Feeder {
  private readonly queue: PQueue;
  private batch: FeedItem[] = [];
  private batchBytes = 0;
  private batchStartedAt = 0;
  private inFlightBytes = 0;
  private fatal: Error | null = null;

  constructor(private readonly options: FeederOptions) {
    this.queue = new PQueue({ concurrency: options.concurrency });
  }

  /** Adds a document; waits when enough batches are queued (backpressure on the analysis). */
  async add(item: FeedItem): Promise<void> {
    this.throwIfFatal();
    const bytes = Buffer.byteLength(item.json) + 1;
    if (this.batch.length > 0 && (this.batch.length >= this.options.maxDocs || this.batchBytes + bytes > this.options.maxBytes)) {
      this.flush();
    }
    if (this.batch.length === 0) this.batchStartedAt = Date.now();
    this.batch.push(item);
    this.batchBytes += bytes;
    if (Date.now() - this.batchStartedAt >= this.options.maxWaitMs) this.flush();
    if (this.queue.size >= this.options.concurrency) await this.queue.onSizeLessThan(this.options.concurrency);
    while (this.inFlightBytes > this.options.maxInFlightBytes && !this.fatal) await this.nextBatchDone();
    this.throwIfFatal();
  }

  /** Resolves when a batch in flight has been delivered (or has failed). */
  private nextBatchDone(): Promise<void> {
    return new Promise((resolve) => this.queue.once('next', () => resolve()));
  }

  /** Sends the current batch (if any) without waiting for it. */
  flush(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    const bytes = this.batchBytes;
    this.batch = [];
    this.batchBytes = 0;
    this.inFlightBytes += bytes;
    void this.queue
      .add(async () => {
        try {
          await this.deliver(batch);
        } finally {
          this.inFlightBytes -= bytes;
        }
      })
      .catch((err: unknown) => {
        this.fatal ??= err instanceof Error ? err : new Error(String(err));
      });
  }

  /** Sends what is left and waits for every task; throws when the engine could not be reached. */
  async close(): Promise<void> {
    this.flush();
    await this.queue.onIdle();
    this.throwIfFatal();
  }

  private throwIfFatal(): void {
    if (this.fatal) throw this.fatal;
  }

  private async deliver(batch: FeedItem[]): Promise<void> {
    if (this.fatal) return; // the run is stopping: leave the rest to the next run
    const lines = batch.map((item) => item.json);
    let rejection: string | null = null;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.options.sink(lines);
        this.options.onIndexed(batch);
        return;
      } catch (err) {
        if (err instanceof RejectedBatchError) {
          if (rejection !== null || batch.length === 1) {
            rejection = err.message;
            break;
          }
          rejection = err.message; // one more try: a refused batch may be an engine hiccup
          continue;
        }
        const transient = err instanceof TransientSendError ? err : new TransientSendError(String(err));
        if (attempt >= this.options.transientRetries) {
          throw new TransientSendError(`indexer: the engine did not take a batch after ${attempt + 1} tries: ${transient.message}`);
        }
        const delayMs = this.options.backoffMs * 2 ** attempt;
        this.options.onRetry?.(transient.message, delayMs);
        await sleep(delayMs);
      }
    }
    if (batch.length === 1) {
      this.options.onFailed(batch[0], rejection ?? 'refused by the engine');
      return;
    }
    const half = Math.ceil(batch.length / 2);
    await this.deliver(batch.slice(0, half));
    await this.deliver(batch.slice(half));
  }
}
