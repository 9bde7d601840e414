// Importing exchange files (electron/services/exchange/import.ts):
//  - exchange.import_ms: a bank file of 100,000 households (4 people: head and 3 members; 3 aid
//    records each) imported by a centre that holds none of them;
//  - exchange.reimport_ms: the same file again (every household unchanged: zero changes, the
//    counts are printed and checked here, not in a test);
//  - exchange.import_peak_rss_mb: the import's peak resident memory (VmHWM, reset just before);
//  - exchange.province_merge_ms: a province office importing 112 centre files that total 250,000
//    households, one after another, each a full exchange.import (verification, transaction; the
//    backup taken before the first covers the run: electron/services/exchange/importBackup.ts).
// The files are crafted directly with the line schema of the exporter (docs/exchange-format.md),
// not exported from generated centres: filling a centre of 100,000 households takes many minutes
// (the export bench already does it once) and 112 centres far longer. Each line is made from the
// households bench's generator (benchHousehold: Persian names, valid unique national IDs, head
// and 3 members, groups, housing, agency; fixed seed) as the exporter writes it (no sensitive
// data, sensitive groups left out), with ~40% an open need, 3 aid records and 5% archived; the
// parts stream through the exporter's own PartWriter and assembleZip and are signed as it signs.
// HAMYAR_BENCH_SCALE shrinks the sizes (at least 100 households; always 112 province files).
// Every measurement runs in a child process on a fresh copy of the receiving data folder, as
// after an app start, through exchange.import on the dispatcher with a signed-in manager.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import type { ImportCounts } from '../../shared/contract/exchange.ts';
import { bankHousehold, type BankHousehold } from '../../shared/contract/exchangeRecords.ts';
import { SENSITIVE_GROUPS } from '../../shared/contract/households.ts';
import type { AidKind, NeedKind } from '../../shared/contract/aid.ts';
import { seededRandom } from '../../electron/services/setup/sampleData.ts';
import { makeTestCore, setUpCentre } from '../helpers/core.ts';
import { craftLargeBankFile, newKey, newSender, type Sender } from '../helpers/craftExchange.ts';
import { benchHousehold } from './households.bench.ts';
import { freshDir } from './fixtures.ts';
import { peakRssMb, resetPeakRss } from './peakRss.ts';
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

// ---- the lines ----------------------------------------------------------------------------------

const SEED = 1405_09;
const AID_KINDS: readonly AidKind[] = ['cash', 'cash', 'goods', 'goods', 'equipment', 'housing', 'employmentLoan'];
const NEED_KINDS: readonly NeedKind[] = ['housing', 'equipment', 'jobTraining', 'medical', 'education', 'foodCash'];
const AID_NOTES = ['بستهٔ معیشتی ماه رمضان', 'کمک هزینهٔ اجاره', 'سبد کالا', null, null, null];

function isoDaysBefore(days: number): string {
  return new Date(Date.parse('2026-11-01T00:00:00Z') - days * 86_400_000).toISOString().slice(0, 10);
}

/** Household `i` (unique national IDs for every i) as `owner`'s exporter writes it. */
function benchLine(owner: Sender, i: number, rnd: () => number): BankHousehold {
  const h = benchHousehold(i, rnd);
  const version = new Date(Date.parse('2026-10-01T00:00:00Z') + Math.floor(rnd() * 30 * 86_400_000)).toISOString();
  return {
    id: randomUUID(),
    owner: owner.id,
    ownerName: owner.name,
    version,
    archivedAt: rnd() < 0.05 ? version : null,
    consentDate: isoDaysBefore(30 + Math.floor(rnd() * 700)),
    head: { ...h.head, fatherName: h.head.fatherName ?? null, mobile: h.head.mobile ?? null },
    city: h.city,
    village: h.village ?? null,
    address: h.address ?? null,
    groups: h.groups.filter((g) => !SENSITIVE_GROUPS.includes(g)).sort(),
    housingStatus: h.housingStatus,
    agency: h.agency,
    agencyFileNo: h.agencyFileNo ?? null,
    members: h.members.map((m) => ({
      id: randomUUID(),
      firstName: m.firstName,
      lastName: m.lastName,
      relation: m.relation,
      sex: m.sex,
      nationalId: m.nationalId ?? null,
      birthDate: m.birthDate ?? null,
      education: m.education ?? null,
      occupation: m.occupation ?? null,
    })),
    needs:
      rnd() < 0.4
        ? [{ id: randomUUID(), kind: NEED_KINDS[Math.floor(rnd() * NEED_KINDS.length)]!, equipmentKind: null, priority: 1 + Math.floor(rnd() * 5), recordedOn: isoDaysBefore(Math.floor(rnd() * 500)), status: 'open', closedOn: null }]
        : [],
    aid: Array.from({ length: 3 }, () => {
      const agency = rnd() < 0.2;
      return {
        id: randomUUID(),
        kind: AID_KINDS[Math.floor(rnd() * AID_KINDS.length)]!,
        date: isoDaysBefore(Math.floor(rnd() * 1000)),
        value: (1 + Math.floor(rnd() * 40)) * 2_500_000,
        description: AID_NOTES[Math.floor(rnd() * AID_NOTES.length)]!,
        source: agency ? ('agency' as const) : ('centre' as const),
        sourceName: agency ? 'کمیته امداد امام خمینی' : null,
      };
    }),
    sensitive: null,
  };
}

/** A centre's bank file of `count` households numbered from `first` (their IDs unique). */
async function benchFile(dir: string, owner: Sender, first: number, count: number, rnd: () => number): Promise<string> {
  // the generator is checked against the contract's schema once, so a bad line fails here
  bankHousehold.parse(benchLine(owner, first, seededRandom(1)));
  return craftLargeBankFile(dir, { sender: owner, key: newKey(), count, make: (k) => benchLine(owner, first + k, rnd) });
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
    // how much of the time goes to backups (one before the run: the imports after it share it)
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

  // 1. The file: one centre's bank, crafted as the exporter writes it.
  const t0 = performance.now();
  const fileA = await benchFile(base, newSender('مرکز نیکوکاری امید زنجان'), 0, n, seededRandom(SEED));
  log(`exchange-import: a file of ${n} households crafted in ${(since(t0) / 1000).toFixed(1)} s, ${(statSync(fileA).size / 2 ** 20).toFixed(1)} MiB`);

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
    how: 'a crafted bank file (the households bench generator as the exporter writes it); exchange.import through the dispatcher in a fresh child process on a fresh copy of an empty centre',
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
  const rnd = seededRandom(SEED + 1);
  for (let f = 0, first = 0; f < PROVINCE_FILES; f++) {
    const count = Math.floor(total / PROVINCE_FILES) + (f < total % PROVINCE_FILES ? 1 : 0);
    const out = await benchFile(filesDir, newSender(`مرکز نیکوکاری شمارهٔ ${f + 1}`), first, count, rnd);
    first += count;
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
    how: '112 crafted centre files (as for exchange.import_ms), imported one after another with exchange.import (trustKey) by a province office, in one child process; the sum of the 112 calls',
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
