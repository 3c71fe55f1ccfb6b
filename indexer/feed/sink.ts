/**
 * Where batches go: Meilisearch, one NDJSON payload per batch, each task awaited and its outcome
 * checked. Errors are sorted into "try again later" (engine down, timeout, 5xx) and "this
 * batch is refused" (task failed, 4xx), because the feeder reacts differently to each.
 */
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type Index,
} from 'meilisearch';
import { AppError } from '../../src/errors';
import { waitForTask } from '../engine/tasks';

/** The engine could not be reached or did not answer in time: retry, then give up the run. */
export class TransientSendError extends Error {}
/** The engine refused the batch (a task failed, 4xx): split it to find the bad document. */
export class RejectedBatchError extends Error {}

/** Sends one batch of serialized documents and resolves once the engine has indexed it. */
export type DocumentSink = (lines: string[]) => Promise<void>;

/** Sorts a meilisearch-js error into transient or rejected. */
export function classifySendError(err: unknown): Error {
  if (err instanceof TransientSendError || err instanceof RejectedBatchError) return err;
  if (err instanceof AppError) return new TransientSendError(err.message); // task deadline
  if (err instanceof MeilisearchApiError) {
    const status = err.response.status;
    const message = `engine answered ${status}: ${err.cause?.code ?? ''} ${err.message}`.trim();
    return status >= 500 || status === 429 ? new TransientSendError(message) : new RejectedBatchError(message);
  }
  if (err instanceof MeilisearchRequestError || err instanceof MeilisearchRequestTimeOutError || err instanceof MeilisearchTaskTimeOutError) {
    return new TransientSendError(err.message);
  }
  return new TransientSendError(err instanceof Error ? err.message : String(err));
}

/** A sink adding (or replacing) documents in `index`, waiting for each task. */
export function meilisearchSink(index: Index, options: { taskTimeoutMs?: number; pollMs?: number } = {}): DocumentSink {
  return async (lines) => {
    let task;
    try {
      const enqueued = index.addDocumentsFromString(lines.join('\n'), 'application/x-ndjson', { primaryKey: 'id' });
      task = await waitForTask(enqueued, options.taskTimeoutMs ?? 10 * 60_000, options.pollMs ?? 100);
    } catch (err) {
      throw classifySendError(err);
    }
    if (task.status === 'succeeded') return;
    if (task.status === 'failed') throw new RejectedBatchError(`task ${task.uid} failed: ${task.error?.code ?? ''} ${task.error?.message ?? ''}`.trim());
    throw new TransientSendError(`task ${task.uid} ended ${task.status}`);
  };
}
