/**
 * Analysis off the main thread: a few worker threads (the machine has 2 cores), each kept busy
 * with a small queue of jobs so it never waits for a round trip, while the main thread reads
 * and feeds. Falls back to in-thread analysis where no compiled worker exists (jest runs TS).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { runAnalysisJob, type AnalysisJob } from './job';
import type { WorkerReply, WorkerRequest } from './worker';

export interface Analyzer {
  /** Threads used (0 = in-thread). */
  readonly threads: number;
  /** The stored document of the job's article, serialized; rejects when the analysis throws. */
  analyze(job: AnalysisJob): Promise<string>;
  close(): Promise<void>;
}

/** The compiled worker beside this file, or null under ts (jest, ts-node). */
export function compiledWorkerPath(): string | null {
  if (!__filename.endsWith('.js')) return null;
  const file = path.join(__dirname, 'worker.js');
  return fs.existsSync(file) ? file : null;
}

function inlineAnalyzer(): Analyzer {
  return {
    threads: 0,
    analyze: async (job) => {
      await new Promise<void>((resolve) => setImmediate(resolve)); // let I/O and timers run between articles
      return runAnalysisJob(job);
    },
    close: async () => {},
  };
}

interface Pending {
  resolve(json: string): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** An analyzer with `threads` workers, or in-thread when threads is 0 or no compiled worker exists. */
export function createAnalyzer(threads: number): Analyzer {
  const file = compiledWorkerPath();
  if (threads <= 0 || !file) return inlineAnalyzer();
  let seq = 0;
  let closing = false;
  const slots: Slot[] = [];
  const spawn = (i: number): void => {
    const slot: Slot = { worker: new Worker(file), pending: new Map() };
    slot.worker.on('message', (reply: WorkerReply) => {
      const p = slot.pending.get(reply.seq);
      if (!p) return;
      slot.pending.delete(reply.seq);
      if ('json' in reply) p.resolve(reply.json);
      else p.reject(new Error(reply.error));
    });
    let dead = false;
    const fail = (reason: string): void => {
      if (dead) return;
      dead = true;
      for (const p of slot.pending.values()) p.reject(new Error(`analysis worker ${reason}`));
      slot.pending.clear();
      if (!closing) spawn(i); // a crashed worker is replaced; its jobs are reported failed
    };
    slot.worker.on('error', (err) => fail(`crashed: ${err.message}`));
    slot.worker.on('exit', (code) => {
      if (!closing) fail(`exited with code ${code}`);
    });
    slots[i] = slot;
  };
  for (let i = 0; i < threads; i++) spawn(i);
  return {
    threads,
    analyze: (job) =>
      new Promise<string>((resolve, reject) => {
        const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
        const request: WorkerRequest = { seq: ++seq, job };
        slot.pending.set(request.seq, { resolve, reject });
        slot.worker.postMessage(request);
      }),
    close: async () => {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
