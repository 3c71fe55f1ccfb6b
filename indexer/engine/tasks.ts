/** Awaiting engine tasks and checking their outcome: a task that did not succeed is an error. */
import { AppError } from '../../src/errors';
import { MeilisearchApiError, type Task } from 'meilisearch';

/** Long enough for a whole-corpus batch or an index swap on a slow disk. */
export const TASK_TIMEOUT_MS = 30 * 60_000;

/** An enqueued task as meilisearch-js returns it. */
export interface Awaitable {
  waitTask(options?: { timeout?: number; interval?: number }): Promise<Task>;
}

/**
 * Waits for a task with an overall deadline. meilisearch-js 0.62's own timeout leaves its timer
 * running when a poll fails (engine restarting), which keeps the process alive for the whole
 * timeout; so its timer is disabled (timeout 0) and the deadline here is an unref'd timer.
 */
export async function waitForTask(enqueued: Awaitable, timeoutMs = TASK_TIMEOUT_MS, pollMs = 100): Promise<Task> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('engine_task_timeout', `indexer: a task did not finish within ${timeoutMs} ms`, 503)), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([enqueued.waitTask({ timeout: 0, interval: pollMs }), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits for an enqueued task; throws AppError("engine_task_failed") unless it succeeded. */
export async function waitOk(enqueued: Awaitable, what: string): Promise<Task> {
  const task = await waitForTask(enqueued);
  if (task.status !== 'succeeded') {
    throw new AppError('engine_task_failed', `indexer: ${what}: task ${task.uid} ${task.status}: ${task.error?.message ?? ''}`.trim());
  }
  return task;
}

/** True when the engine answered 404 (index or document not found). */
export function isNotFound(err: unknown): boolean {
  return err instanceof MeilisearchApiError && err.response.status === 404;
}
