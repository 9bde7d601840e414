// Exchange files: exchange.export of a centre's bank (exchange.export_ms) for a centre of
// 100,000 households with 4 people (head, spouse, two children; valid national IDs) and 3 aid
// records each, and the export's peak resident memory (exchange.export_peak_rss_mb); and the
// agency report as XLSX over the same centre for a whole Jalali year (reports.agency_xlsx_ms).
//
// The centre (fillExchangeCentre) is the households bench's generator (benchHousehold: Persian
// names, unique valid IDs, fixed seed), with 60% of the households consenting to share (the
// others travel as markers: 4 IDs x 3 aid = 12 markers each), 5% archived, ~40% with an open
// need. It is inserted through the repository functions the services use, in transactions of
// 10,000 households: insertHousehold (household, members, groups, the national-ID index, the
// search indexes by trigger), insertAid (aid.record's insert), setArchived (households.archive's
// update); needs with needs.add's INSERT statement (it has no repository function). Validation
// and audit rows are skipped: they are not what is measured, and 100,000 service calls would
// take many minutes. The filling connection gets a 256 MiB page cache (the export, measured in
// another process, opens the folder with the app's own settings).
//
// Each export runs in its own child process that opens the data folder afresh (as after an app
// start), signs in as the manager and calls exchange.export through the dispatcher; the time is
// the call's, to the base64 result in hand. Peak RSS is the kernel's high-water mark (VmHWM) of
// that child, reset just before the call (/proc/self/clear_refs): the process at its fullest
// during the export, the app's own ~115 MiB (Node, the core, SQLite) included.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../electron/services/setup/sampleData.ts';
import { insertHousehold, setArchived } from '../../electron/services/households/repository.ts';
import { insertAid } from '../../electron/services/aid/handlers.ts';
import { isoToJalali, todayIso } from '../../shared/domain/jalali.ts';
import type { AidKind, NeedKind } from '../../shared/contract/aid.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { freshDir } from './fixtures.ts';
import { benchHousehold } from './households.bench.ts';
import { peakRssMb, resetPeakRss } from './peakRss.ts';
import { emit, log, median, round, scaled, since } from './stats.ts';

const SEED = 1405_08;
const EXPORT_RUNS = 3;
const BATCH = 10_000;
/** The filling connection's page cache (KiB): random UUID keys dirty pages all over the indexes,
 *  and a small cache rewrites them at every commit (the fill slowed tenfold past 60,000). */
const FILL_CACHE_KIB = 262_144;
const PASSPHRASE = 'استان-زنجان-همیار-1405';
const MANAGER = { username: 'manager1', password: 'manager-pass-1405' }; // made by setUpCentre
const AID_KINDS: readonly AidKind[] = ['cash', 'cash', 'goods', 'goods', 'equipment', 'housing', 'employmentLoan'];
const NEED_KINDS: readonly NeedKind[] = ['housing', 'equipment', 'jobTraining', 'medical', 'education', 'foodCash'];
const AID_NOTES = ['بستهٔ معیشتی ماه رمضان', 'کمک هزینهٔ اجاره', 'سبد کالا', null, null, null];

function isoMinusDays(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** A centre of `n` households, 4 people and 3 aid records each (see the file's head). */
export function fillExchangeCentre(t: TestCore, n: number, opts: { consentShare?: number } = {}): { households: number; consenting: number; aid: number; needs: number; archived: number } {
  const db = t.core.db();
  const rnd = seededRandom(SEED);
  const consentShare = opts.consentShare ?? 0.6;
  const today = todayIso(new Date());
  const nowIso = new Date().toISOString();
  const centreId = (db.prepare('SELECT id AS c FROM centre LIMIT 1').get() as { c: string }).c;
  const meta = { nowIso, centreId, userId: null };
  const need = db.prepare(
    `INSERT INTO needs (id, household_id, kind, equipment_kind, priority, description, recorded_on, status, created_by,
       created_at, updated_at, origin_centre_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)`,
  );
  const counts = { households: 0, consenting: 0, aid: 0, needs: 0, archived: 0 };
  const cacheSize = Number(db.pragma('cache_size', { simple: true }));
  db.pragma(`cache_size = -${FILL_CACHE_KIB}`);
  for (let i = 0; i < n; i += BATCH) {
    db.transaction(() => {
      for (let j = i; j < Math.min(n, i + BATCH); j++) {
        const h = benchHousehold(j, rnd);
        if (rnd() < consentShare) {
          h.consentToShare = true;
          h.consentDate = isoMinusDays(today, 30 + Math.floor(rnd() * 700));
          counts.consenting++;
        }
        const id = randomUUID();
        insertHousehold(db, id, h, meta);
        for (let k = 0; k < 3; k++) {
          const agency = rnd() < 0.2;
          insertAid(
            db,
            {
              householdId: id,
              kind: AID_KINDS[Math.floor(rnd() * AID_KINDS.length)]!,
              date: isoMinusDays(today, Math.floor(rnd() * 1000)),
              value: (1 + Math.floor(rnd() * 40)) * 2_500_000,
              description: AID_NOTES[Math.floor(rnd() * AID_NOTES.length)]!,
              source: agency ? 'agency' : 'centre',
              sourceName: agency ? 'کمیته امداد امام خمینی' : null,
              offerId: null,
              needId: null,
            },
            meta,
          );
          counts.aid++;
        }
        if (rnd() < 0.4) {
          const kind = NEED_KINDS[Math.floor(rnd() * NEED_KINDS.length)]!;
          need.run(randomUUID(), id, kind, kind === 'equipment' ? 'چرخ خیاطی' : null, 1 + Math.floor(rnd() * 5), null, isoMinusDays(today, Math.floor(rnd() * 500)), null, nowIso, nowIso, centreId);
          counts.needs++;
        }
        if (rnd() < 0.05) {
          setArchived(db, id, nowIso, nowIso);
          counts.archived++;
        }
        counts.households++;
      }
    })();
    if ((i / BATCH) % 2 === 1) log(`exchange: ${Math.min(n, i + BATCH)} households inserted`);
  }
  db.pragma(`cache_size = ${cacheSize}`);
  return counts;
}

interface ChildRun {
  ms: number;
  peakRssMb: number | null;
  baseRssMb: number;
  fileBytes: number;
  /** reports.agency as XLSX for the last whole Jalali year, after the export, same process */
  agencyXlsxMs: number;
}

/** The last whole Jalali year: the report's widest period over the generated aid (1,000 days). */
function lastWholeYear(): number {
  return isoToJalali(todayIso(new Date())).jy - 1;
}

/** The child's side: one fresh core on `dir`, `runs` exports, their figures as one JSON line on stdout. */
async function exportChild(dir: string, runs: number): Promise<void> {
  const t = await makeTestCore({ dataDir: dir });
  try {
    const token = (await t.call('auth.signIn', MANAGER)).token;
    const out: ChildRun[] = [];
    for (let r = 0; r < runs; r++) {
      const baseRssMb = process.memoryUsage().rss / 2 ** 20;
      const canReset = resetPeakRss();
      const t0 = performance.now();
      const res = await t.core.dispatcher.invoke('exchange.export', { scope: 'bank' }, token);
      const ms = since(t0);
      if (!res.ok) throw new Error(`exchange.export failed: ${JSON.stringify(res.error)}`);
      const fileBytes = Buffer.byteLength((res.result as { base64: string }).base64, 'base64');
      const peak = canReset ? peakRssMb() : null;
      const t1 = performance.now();
      const agency = await t.core.dispatcher.invoke('reports.agency', { period: { kind: 'year', jy: lastWholeYear() }, format: 'xlsx' }, token);
      const agencyXlsxMs = since(t1);
      if (!agency.ok) throw new Error(`reports.agency failed: ${JSON.stringify(agency.error)}`);
      out.push({ ms, peakRssMb: peak, baseRssMb, fileBytes, agencyXlsxMs });
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    t.close();
  }
}

/** `runs` exports of the bank in `dir`, each in a fresh child process: each starts from a just
 *  opened app (no garbage or cache of an earlier run in its memory figure). */
export function measureExports(dir: string, runs: number): ChildRun[] {
  const out: ChildRun[] = [];
  for (let i = 0; i < runs; i++) {
    const stdout = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--export-child', dir, '1'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    out.push(...(JSON.parse(stdout.trim().split('\n').pop()!) as ChildRun[]));
  }
  return out;
}

/** The exchange block: builds the centre, then measures the export in a child process. */
export async function benchExchange(root: string): Promise<void> {
  const n = scaled(100_000, 100);
  log(`exchange: a centre of ${n} households, 4 people and 3 aid records each`);
  const dir = freshDir(root, 'exchange');
  const t = await makeTestCore({ dataDir: dir });
  let counts: ReturnType<typeof fillExchangeCentre>;
  try {
    const tokens = await setUpCentre(t);
    const t0 = performance.now();
    counts = fillExchangeCentre(t, n);
    log(`exchange: filled in ${(since(t0) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
    await t.call('exchange.setSettings', { passphrase: PASSPHRASE }, tokens.manager);
    t.core.db().exec('ANALYZE');
    t.core.db().pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    t.close();
  }

  const runs = measureExports(dir, EXPORT_RUNS);
  for (const [i, r] of runs.entries()) {
    log(`exchange.export ${i + 1}/${runs.length}: ${r.ms.toFixed(0)} ms (agency XLSX ${r.agencyXlsxMs.toFixed(0)} ms), file ${(r.fileBytes / 2 ** 20).toFixed(1)} MiB, RSS ${r.baseRssMb.toFixed(0)} -> peak ${r.peakRssMb?.toFixed(0) ?? '?'} MiB`);
  }
  const times = runs.map((r) => r.ms);
  const peaks = runs.map((r) => r.peakRssMb).filter((x): x is number => x !== null);
  const extra = {
    households: n,
    consenting: counts.consenting,
    markers: (n - counts.consenting) * 12,
    people_per_household: 4,
    aid_per_household: 3,
    file_mib: round(runs[0]!.fileBytes / 2 ** 20, 1),
    runs: runs.length,
    how: 'exchange.export {scope: bank} through the dispatcher, each run in a fresh child process (core opened on the data folder, manager signed in)',
  };
  emit('exchange.export_ms', Math.round(median(times)), 'ms', { ...extra, stat: 'median', all: times.map((x) => Math.round(x)), target: '< 10000' });
  emit('exchange.export_peak_rss_mb', peaks.length ? Math.round(Math.max(...peaks)) : null, 'MiB', {
    ...extra,
    stat: 'max over runs of the child process VmHWM, reset just before exchange.export',
    base_rss_mib: Math.round(median(runs.map((r) => r.baseRssMb))),
    all: peaks.map((x) => Math.round(x)),
    target: '< 300',
  });
  const agency = runs.map((r) => r.agencyXlsxMs);
  emit('reports.agency_xlsx_ms', Math.round(median(agency)), 'ms', {
    households: n,
    aid: counts.aid,
    period: `year ${lastWholeYear()}`,
    stat: 'median',
    runs: runs.length,
    all: agency.map((x) => Math.round(x)),
    how: 'reports.agency {period: the last whole Jalali year, format: xlsx} through the dispatcher, in the export child right after its export (fresh process, manager signed in); the centre has no payments or projects (the treasury bench measures the report over 500,000 payments)',
    target: '< 2000',
  });
}

if (process.argv[2] === '--export-child' && process.argv[1] === fileURLToPath(import.meta.url)) {
  exportChild(process.argv[3]!, Number(process.argv[4] ?? EXPORT_RUNS)).catch((err: unknown) => {
    process.stderr.write(`[bench] exchange export child failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
