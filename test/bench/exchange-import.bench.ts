// Importing exchange files (electron/services/exchange/import.ts):
//  - exchange.import_ms: a bank file of 100,000 households (4 people: head and 3 members; 3 aid
//    records each) imported by a centre that holds none of them;
//  - exchange.reimport_ms: the same file again (every household unchanged: zero changes, the
//    counts are printed and checked here, not in a test);
//  - exchange.import_peak_rss_mb: the import's peak resident memory (VmHWM, reset just before);
//  - exchange.province_merge_ms: a province office importing 112 centre files that total 250,000
//    households, one after another (each a full import: verification, backup, transaction).
// The 100,000-household file is made by the exporter from a generated centre: the export bench's
// generator (fillExchangeCentre, with every household consenting so all travel whole) and
// exchange.export through the dispatcher. The 112 province files are crafted directly with the
// same line schema (test/helpers/craftExchange.ts through the exporter's PartWriter and
// assembleZip: 3 members and 3 aid records each, households only), which is much faster than
// making 112 centres. HAMYAR_BENCH_SCALE shrinks the sizes (at least 100 households, 112 files).
// Every measurement runs in a child process on a fresh copy of the receiving data folder, as
// after an app start, through exchange.import on the dispatcher with a signed-in manager.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportCounts } from '../../shared/contract/exchange.ts';
import { makeTestCore, setUpCentre } from '../helpers/core.ts';
import { craftLargeBankFile, newKey, newSender } from '../helpers/craftExchange.ts';
import { fillExchangeCentre } from './exchange.bench.ts';
import { freshDir } from './fixtures.ts';
import { emit, log, median, round, scaled, since } from './stats.ts';

const IMPORT_RUNS = 3;
const PROVINCE_FILES = 112;
const MANAGER = { username: 'manager1', password: 'manager-pass-1405' }; // made by setUpCentre

interface ImportRun {
  importMs: number;
  reimportMs: number;
  peakRssMb: number | null;
  baseRssMb: number;
  counts: ImportCounts;
  recounts: ImportCounts;
}

interface MergeRun {
  ms: number;
  perFile: number[];
  backupMs: number;
  households: number;
  dbMib: number;
}

/** Resets the kernel's RSS high-water mark to the current RSS (Linux); false elsewhere. */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function peakRssMb(): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

// ---- the child's side ----------------------------------------------------------------------------

async function importChild(dir: string, file: string): Promise<void> {
  const t = await makeTestCore({ dataDir: dir });
  try {
    const token = (await t.call('auth.signIn', MANAGER)).token;
    const base64 = readFileSync(file).toString('base64');
    const call = async () => {
      const t0 = performance.now();
      const res = await t.core.dispatcher.invoke('exchange.import', { base64, trustKey: true }, token);
      const ms = since(t0);
      if (!res.ok) throw new Error(`exchange.import failed: ${JSON.stringify(res.error)}`);
      return { ms, counts: (res.result as { counts: ImportCounts }).counts };
    };
    const baseRssMb = process.memoryUsage().rss / 2 ** 20;
    const canReset = resetPeakRss();
    const first = await call();
    const peak = canReset ? peakRssMb() : null;
    const second = await call();
    const out: ImportRun = { importMs: first.ms, reimportMs: second.ms, peakRssMb: peak, baseRssMb, counts: first.counts, recounts: second.counts };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    t.close();
  }
}

async function mergeChild(dir: string, filesDir: string): Promise<void> {
  const t = await makeTestCore({ dataDir: dir });
  try {
    const token = (await t.call('auth.signIn', MANAGER)).token;
    // how much of the time goes to the backups (one before every import, of a growing database)
    let backupMs = 0;
    const take = t.core.services.takeBackup.bind(t.core.services);
    t.core.services.takeBackup = async (reason) => {
      const t0 = performance.now();
      try {
        return await take(reason);
      } finally {
        backupMs += since(t0);
      }
    };
    const files = readdirSync(filesDir).filter((n) => n.endsWith('.hamyar')).sort();
    const perFile: number[] = [];
    let households = 0;
    for (const name of files) {
      const base64 = readFileSync(join(filesDir, name)).toString('base64');
      const t1 = performance.now();
      const res = await t.core.dispatcher.invoke('exchange.import', { base64, trustKey: true }, token);
      perFile.push(since(t1));
      if (!res.ok) throw new Error(`exchange.import of ${name} failed: ${JSON.stringify(res.error)}`);
      households += (res.result as { counts: ImportCounts }).counts.new;
    }
    // reading the files is not the import's: only the calls are summed
    const ms = perFile.reduce((s, x) => s + x, 0);
    const out: MergeRun = { ms, perFile, backupMs, households, dbMib: statSync(join(dir, 'hamyar.sqlite')).size / 2 ** 20 };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    t.close();
  }
}

function runChild<T>(args: string[]): T {
  const stdout = execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 22,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as T;
}

// ---- the parent's side ---------------------------------------------------------------------------

/** A set-up centre with nothing else: the receiving side (copied fresh for every run). */
async function emptyCentre(dir: string, provinceOffice: boolean): Promise<void> {
  const t = await makeTestCore({ dataDir: dir });
  try {
    const tokens = await setUpCentre(t);
    if (provinceOffice) await t.call('exchange.setSettings', { provinceOffice: true }, tokens.manager);
    t.core.db().pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    t.close();
  }
}

function sameCounts(a: ImportCounts, expected: Partial<ImportCounts>): boolean {
  return Object.entries(expected).every(([k, v]) => a[k as keyof ImportCounts] === v);
}

export async function benchExchangeImport(root: string): Promise<void> {
  const n = scaled(100_000, 100);
  const base = freshDir(root, 'exchange-import');

  // 1. The file: a generated centre exported by exchange.export.
  const fileA = join(base, 'centre-a.hamyar');
  {
    const t = await makeTestCore({ dataDir: join(base, 'source') });
    try {
      const tokens = await setUpCentre(t);
      const t0 = performance.now();
      const filled = fillExchangeCentre(t, n, { consentShare: 1 });
      log(`exchange-import: source centre filled in ${(since(t0) / 1000).toFixed(1)} s: ${JSON.stringify(filled)}`);
      const t1 = performance.now();
      const file = await t.call('exchange.export', { scope: 'bank', includeSensitive: false }, tokens.manager);
      writeFileSync(fileA, Buffer.from(file.base64, 'base64'));
      log(`exchange-import: exported in ${(since(t1) / 1000).toFixed(1)} s, ${(statSync(fileA).size / 2 ** 20).toFixed(1)} MiB`);
    } finally {
      t.close();
    }
    rmSync(join(base, 'source'), { recursive: true, force: true });
  }

  // 2. Import and re-import, each run on a fresh copy of an empty receiving centre.
  const receiver = join(base, 'receiver');
  await emptyCentre(receiver, false);
  const runs: ImportRun[] = [];
  for (let i = 0; i < IMPORT_RUNS; i++) {
    const dir = join(base, `run-${i}`);
    cpSync(receiver, dir, { recursive: true });
    const r = runChild<ImportRun>(['--import-child', dir, fileA]);
    rmSync(dir, { recursive: true, force: true });
    runs.push(r);
    log(
      `exchange.import ${i + 1}/${IMPORT_RUNS}: ${r.importMs.toFixed(0)} ms, re-import ${r.reimportMs.toFixed(0)} ms, RSS ${r.baseRssMb.toFixed(0)} -> peak ${r.peakRssMb?.toFixed(0) ?? '?'} MiB`,
    );
    log(`  counts ${JSON.stringify(r.counts)}; re-import ${JSON.stringify(r.recounts)}`);
  }
  const firstOk = runs.every((r) => sameCounts(r.counts, { households: n, new: n, newer: 0, unchanged: 0, ownSkipped: 0 }));
  const reOk = runs.every((r) => sameCounts(r.recounts, { households: n, new: 0, newer: 0, unchanged: n, older: 0, markers: 0, duplicates: 0 }));
  const fileMib = round(statSync(fileA).size / 2 ** 20, 1);
  const extra = {
    households: n,
    people_per_household: 4,
    aid_per_household: 3,
    file_mib: fileMib,
    runs: IMPORT_RUNS,
    how: 'file from exchange.export of a generated centre (fillExchangeCentre, all consenting); exchange.import through the dispatcher in a fresh child process on a fresh copy of an empty centre',
  };
  emit('exchange.import_ms', Math.round(median(runs.map((r) => r.importMs))), 'ms', {
    ...extra,
    stat: 'median',
    all: runs.map((r) => Math.round(r.importMs)),
    counts: runs[0]!.counts,
    counts_as_expected: firstOk,
    target: '< 20000',
  });
  emit('exchange.reimport_ms', Math.round(median(runs.map((r) => r.reimportMs))), 'ms', {
    ...extra,
    stat: 'median',
    all: runs.map((r) => Math.round(r.reimportMs)),
    counts: runs[0]!.recounts,
    zero_changes: reOk,
    target: '< 5000',
  });
  const peaks = runs.map((r) => r.peakRssMb).filter((x): x is number => x !== null);
  emit('exchange.import_peak_rss_mb', peaks.length ? Math.round(Math.max(...peaks)) : null, 'MiB', {
    ...extra,
    stat: 'max over runs of the VmHWM reset just before the import (the upload already in memory as base64)',
    base_rss_mib: Math.round(median(runs.map((r) => r.baseRssMb))),
    all: peaks.map((x) => Math.round(x)),
    target: '< 400',
  });
  rmSync(fileA, { force: true });

  // 3. A province office merging 112 centre files.
  const total = Math.max(scaled(250_000, 100), PROVINCE_FILES);
  const filesDir = join(base, 'province-files');
  mkdirSync(filesDir);
  const t2 = performance.now();
  for (let f = 0; f < PROVINCE_FILES; f++) {
    const count = Math.floor(total / PROVINCE_FILES) + (f < total % PROVINCE_FILES ? 1 : 0);
    const sender = newSender(`مرکز نیکوکاری شمارهٔ ${f + 1}`);
    const out = await craftLargeBankFile(filesDir, { sender, key: newKey(), count, shape: { members: 3, aid: 3 } });
    // sorted by name = the order of import
    cpSync(out, join(filesDir, `${String(f).padStart(3, '0')}.hamyar`));
    rmSync(out);
  }
  log(`exchange-import: ${PROVINCE_FILES} centre files (${total} households) crafted in ${(since(t2) / 1000).toFixed(1)} s`);
  const office = join(base, 'office');
  await emptyCentre(office, true);
  const merge = runChild<MergeRun>(['--merge-child', office, filesDir]);
  log(`exchange.province_merge: ${merge.ms.toFixed(0)} ms (backups ${merge.backupMs.toFixed(0)} ms), database ${merge.dbMib.toFixed(0)} MiB`);
  emit('exchange.province_merge_ms', Math.round(merge.ms), 'ms', {
    files: PROVINCE_FILES,
    households: total,
    imported_new: merge.households,
    counts_as_expected: merge.households === total,
    per_file_median_ms: Math.round(median(merge.perFile)),
    per_file_max_ms: Math.round(Math.max(...merge.perFile)),
    backup_ms_total: Math.round(merge.backupMs),
    database_mib: Math.round(merge.dbMib),
    how: 'crafted centre files (3 members, 3 aid records each), imported one after another with exchange.import (trustKey) by a province office, in one child process; the sum of the 112 calls',
    runs: 1,
    target: '< 60000',
  });
  rmSync(base, { recursive: true, force: true });
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] === self && process.argv[2] === '--import-child') {
  importChild(process.argv[3]!, process.argv[4]!).catch((err: unknown) => {
    process.stderr.write(`[bench] exchange import child failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
} else if (process.argv[1] === self && process.argv[2] === '--merge-child') {
  mergeChild(process.argv[3]!, process.argv[4]!).catch((err: unknown) => {
    process.stderr.write(`[bench] exchange merge child failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
