/** Worker thread: analyses articles sent by the pool (./pool.ts) and posts back their documents. */
import { parentPort } from 'node:worker_threads';
import { runAnalysisJob, type AnalysisJob } from './job';

export interface WorkerRequest {
  seq: number;
  job: AnalysisJob;
}
export type WorkerReply = { seq: number; json: string } | { seq: number; error: string };

parentPort?.on('message', ({ seq, job }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq, json: runAnalysisJob(job) };
  } catch (err) {
    reply = { seq, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
