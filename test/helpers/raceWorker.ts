// A second (third ...) Hamyar core in its own thread, with its own SQLite connection, for the
// concurrency tests. Runs under plain Node (type stripping), started by test/service/concurrency.
// Every round starts at a barrier shared with the other workers, so the calls really overlap.
import { parentPort, workerData } from 'node:worker_threads';
import { makeTestCore, ADMIN, CENTRE } from './core.ts';
import type { Envelope } from '../../shared/errors.ts';

export type RaceJob =
  | { task: 'setup'; dataDir: string; barrier: SharedArrayBuffer; workers: number; worker: number }
  | { task: 'donors'; dataDir: string; barrier: SharedArrayBuffer; workers: number; worker: number; rounds: unknown[] }
  | { task: 'payments'; dataDir: string; barrier: SharedArrayBuffer; workers: number; worker: number; rounds: unknown[] }
  | { task: 'approve'; dataDir: string; barrier: SharedArrayBuffer; workers: number; worker: number; rounds: unknown[] };

/** The channel each round of a task calls. */
const ROUND_CHANNEL = { donors: 'donors.create', payments: 'payments.record', approve: 'matching.approve' } as const;

export interface RaceResult {
  worker: number;
  opened: boolean;
  openError?: string;
  results: Envelope<unknown>[];
}

const job = workerData as RaceJob;
const cells = new Int32Array(job.barrier);

let passed = 0;
/** Waits until every worker has arrived at this barrier. Cell 0 counts arrivals; every worker
 *  passes the same barriers in the same order, so barrier n opens at (n + 1) * workers. */
function arrive(): void {
  const target = (passed + 1) * job.workers;
  passed += 1;
  Atomics.add(cells, 0, 1);
  Atomics.notify(cells, 0);
  for (;;) {
    const v = Atomics.load(cells, 0);
    if (v >= target) return;
    Atomics.wait(cells, 0, v, 1000);
  }
}

async function run(): Promise<RaceResult> {
  const out: RaceResult = { worker: job.worker, opened: false, results: [] };
  arrive();
  let t;
  try {
    t = await makeTestCore({ dataDir: job.dataDir });
    out.opened = true;
  } catch (err) {
    out.openError = err instanceof Error ? String(err.stack) : String(err);
    arrive();
    if (job.task !== 'setup') for (const _ of job.rounds) arrive();
    return out;
  }
  try {
    if (job.task === 'setup') {
      arrive();
      out.results.push(
        await t.raw('setup.init', {
          centre: CENTRE,
          admin: { ...ADMIN, displayName: `مدیر ${job.worker}` },
          sampleData: false,
        }),
      );
    } else {
      const { token } = await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
      arrive();
      for (const input of job.rounds) {
        arrive();
        out.results.push(await t.raw(ROUND_CHANNEL[job.task], input, token));
      }
    }
  } finally {
    t.close();
  }
  return out;
}

run().then(
  (r) => parentPort!.postMessage(r),
  (err: unknown) => parentPort!.postMessage({ worker: job.worker, opened: false, openError: String(err), results: [] }),
);
