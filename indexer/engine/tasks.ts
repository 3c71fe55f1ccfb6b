/** Awaiting engine tasks and checking their outcome: a task that did not succeed is an error. */
import { AppError } from '../../src/errors';
import { MeilisearchApiError, type Task } from 'meilisearch';

/** Long enough for a whole-corpus batch or an index swap on a slow disk. */
export const TASK_TIMEOUT_MS = 30 * 60_000;

/** Waits for an enqueued task; throws AppError("engine_task_failed") unless it succeeded. */
export async function waitOk(enqueued: { waitTask(o?: { timeout?: number; interval?: number }): Promise<Task> }, what: string): Promise<Task> {
  const task = await enqueued.waitTask({ timeout: TASK_TIMEOUT_MS, interval: 100 });
  if (task.status !== 'succeeded') {
    throw new AppError('engine_task_failed', `indexer: ${what}: task ${task.uid} ${task.status}: ${task.error?.message ?? ''}`.trim());
  }
  return task;
}

/** True when the engine answered 404 (index or document not found). */
export function isNotFound(err: unknown): boolean {
  return err instanceof MeilisearchApiError && err.response.status === 404;
}
