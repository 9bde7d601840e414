// kill -9 during an import: a child process (its own core, on a copy of a data folder) imports a
// large bank file and is killed with SIGKILL at a random moment, again and again. After every
// kill the database must hold exactly what it held before the import (a hash of every row of
// every table) and pass PRAGMA integrity_check — unless the kill came after COMMIT, when it must
// hold the whole import. At least 20 kills must land before COMMIT.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fork } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { makeTestCore, setUpCentre } from '../helpers/core.ts';
import { craftFile, craftHousehold, craftLargeBankFile, newKey, newSender, tablesHash } from '../helpers/craftExchange.ts';
import type { KillWorkerMessage } from '../helpers/importKillWorker.ts';
import { DB_FILE_NAME } from '../../electron/core/core.ts';
import type { BankHousehold } from '../../shared/contract/exchangeRecords.ts';

const HOUSEHOLDS = 3_000;
/** copies already held at an older version, so kills also land in the replace path */
const HELD = 500;
const WANTED_KILLS = 20;
const MAX_RUNS = 45;

const WORKER = new URL('../helpers/importKillWorker.ts', import.meta.url);
let root: string;
let template: string;
let bigFile: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hamyar-kill-'));
  template = join(root, 'template');
  const sender = newSender('مرکز نیکوکاری کارآفرینی');
  const key = newKey();
  // the first HELD households, as the template holds them (older) and as the big file has them
  const held: BankHousehold[] = Array.from({ length: HELD }, (_, i) => craftHousehold(sender, i, { members: 4, aid: 3, version: '2026-01-01T00:00:00.000Z' }));
  bigFile = await craftLargeBankFile(root, {
    sender,
    key,
    count: HOUSEHOLDS,
    markersPerHousehold: 1,
    make: (i) => (i < HELD ? { ...held[i]!, version: '2026-09-01T00:00:00.000Z', city: 'ابهر' } : craftHousehold(sender, i, { members: 4, aid: 3 })),
  });
  const t = await makeTestCore({ dataDir: template });
  const tokens = await setUpCentre(t);
  const first = craftFile({ sender, key, households: held });
  await t.call('exchange.import', { base64: first.base64, trustKey: true }, tokens.manager);
  t.close();
}, 60_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Run {
  pre: string;
  /** ms after ready at which each phase began */
  phases: Partial<Record<string, number>>;
  done: Extract<KillWorkerMessage, { type: 'done' }> | null;
  signal: NodeJS.Signals | null;
}

/** Starts the worker on `dataDir`; `killAfterMs` after it is ready (null: let it finish). */
function runWorker(dataDir: string, killAfterMs: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [dataDir, bigFile], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const run: Run = { pre: '', phases: {}, done: null, signal: null };
    let timer: NodeJS.Timeout | null = null;
    child.on('message', (m: KillWorkerMessage) => {
      if (m.type === 'ready') {
        run.pre = m.pre;
        if (killAfterMs !== null) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      } else if (m.type === 'phase') run.phases[m.phase] = m.ms;
      else run.done = m;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      run.signal = signal;
      if (signal === null && code !== 0) reject(new Error(`worker exited with ${code}: ${stderr}`));
      else resolve(run);
    });
  });
}

function inspectDb(dataDir: string): { hash: string; integrity: unknown; imports: number; copies: number } {
  // a read-write connection, as the app opens it: SQLite recovers the WAL the kill left
  const db = new Database(join(dataDir, DB_FILE_NAME));
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      hash: tablesHash(db),
      imports: (db.prepare('SELECT count(*) AS n FROM exchange_imports').get() as { n: number }).n,
      copies: (db.prepare('SELECT count(*) AS n FROM bank_households').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

test(
  `killed with SIGKILL at random moments during an import of ${HOUSEHOLDS} households, the database is as before and intact`,
  async () => {
    // one uninterrupted run: how long an import takes, and what a committed one looks like
    const baseDir = join(root, 'baseline');
    cpSync(template, baseDir, { recursive: true });
    const baseline = await runWorker(baseDir, null);
    expect(baseline.done).toMatchObject({ ok: true, counts: { households: HOUSEHOLDS, new: HOUSEHOLDS - HELD, newer: HELD } });
    const committed = inspectDb(baseDir);
    expect(committed.integrity).toBe('ok');
    expect(committed.hash).not.toBe(baseline.pre);
    rmSync(baseDir, { recursive: true, force: true });
    const importMs = baseline.done!.ms;
    // the moment the transaction's work is done and COMMIT follows: kills go uniformly before it
    const commitMs = baseline.phases.commit!;
    expect(baseline.phases.apply).toBeLessThan(commitMs);

    let beforeCommit = 0;
    let afterCommit = 0;
    const delays: number[] = [];
    for (let run = 0; run < MAX_RUNS && beforeCommit < WANTED_KILLS; run++) {
      const dir = join(root, `run-${run}`);
      cpSync(template, dir, { recursive: true });
      const delay = Math.random() * commitMs;
      const r = await runWorker(dir, delay);
      const after = inspectDb(dir);
      expect(after.integrity, `run ${run} (kill after ${delay.toFixed(0)} ms)`).toBe('ok');
      if (after.hash === r.pre) {
        expect(r.done, `run ${run}: the import said it finished, yet nothing is there`).toBeNull();
        expect(r.signal).toBe('SIGKILL');
        beforeCommit++;
        delays.push(Math.round(delay));
      } else {
        // killed after COMMIT: the whole import is there, not a part of it
        expect({ imports: after.imports, copies: after.copies }, `run ${run}`).toEqual({ imports: committed.imports, copies: committed.copies });
        afterCommit++;
      }
      // the temporary upload folder of a killed import is left; the next import removes it when stale
      expect(readdirSync(dir).filter((n) => n.startsWith('tmp-import-')).length).toBeLessThanOrEqual(1);
      rmSync(dir, { recursive: true, force: true });
    }
    const p = baseline.phases;
    console.log(`import ${importMs.toFixed(0)} ms (backup at ${p.backup?.toFixed(0)}, apply at ${p.apply?.toFixed(0)}, commit at ${commitMs.toFixed(0)}); ${beforeCommit} kills before COMMIT (at ${delays.sort((a, b) => a - b).join(', ')} ms), ${afterCommit} after`);
    expect(beforeCommit).toBeGreaterThanOrEqual(WANTED_KILLS);
  },
  120_000,
);
