// `npm run bench`: Hamyar's benchmarks. Prints one JSON object per line on stdout
// ({"name", "value", "unit", "scale", ...}); progress goes to stderr. It measures only: no
// figure is asserted here. HAMYAR_BENCH_SCALE (default 1) scales the data sizes; e.g. 0.1 for a
// quick run. HAMYAR_BENCH_INSERT_RUNS (default 3) sets how many times each insert is measured;
// HAMYAR_BENCH_SIGNIN=ui|api-session forces the sign-in path of the start-up figure.
import { cpSync, rmSync } from 'node:fs';
import { ADMIN, makeTestCore } from '../helpers/core.ts';
import { insertRaw, insertThroughImport, insertThroughService } from './donors.bench.ts';
import { benchDonors } from './data.ts';
import { IMPORT_BATCH_MAX } from '../../shared/contract/donors.ts';
import { freshDir, makeTempRoot } from './fixtures.ts';
import { benchSearch, buildQueries } from './search.bench.ts';
import { benchCoreOpen, benchFirstScreen, phaseMedians, rendererBuilt } from './startup.bench.ts';
import { SCALE, emit, log, median, round, scaled } from './stats.ts';
import { benchTreasury } from './treasury.bench.ts';
import { benchHouseholds } from './households.bench.ts';
import { benchProjects } from './projects.bench.ts';
import { benchExchange } from './exchange.bench.ts';
import { benchExchangeImport } from './exchange-import.bench.ts';

const INSERT_RUNS = Math.max(1, Number(process.env.HAMYAR_BENCH_INSERT_RUNS ?? 3) || 3);
const STARTUP_RUNS = 5;
const CORE_OPEN_RUNS = 5;

async function main(): Promise<void> {
  const started = performance.now();
  const root = makeTempRoot();
  const cleanup = () => rmSync(root, { recursive: true, force: true });
  process.once('SIGINT', () => (cleanup(), process.exit(130)));
  process.once('SIGTERM', () => (cleanup(), process.exit(143)));
  try {
    // HAMYAR_BENCH_ONLY=treasury: just the treasury block (test/bench/treasury.bench.ts)
    if (process.env.HAMYAR_BENCH_ONLY === 'treasury') return void (await benchTreasuryBlock(root));
    // HAMYAR_BENCH_ONLY=households: just the households block (test/bench/households.bench.ts)
    if (process.env.HAMYAR_BENCH_ONLY === 'households') return void (await benchHouseholdsBlock(root));
    // HAMYAR_BENCH_ONLY=projects: just the projects block (test/bench/projects.bench.ts)
    if (process.env.HAMYAR_BENCH_ONLY === 'projects') return void (await benchProjectsBlock(root));
    // HAMYAR_BENCH_ONLY=exchange: just the exchange block (test/bench/exchange.bench.ts)
    if (process.env.HAMYAR_BENCH_ONLY === 'exchange') return void (await benchExchangeBlock(root));
    // HAMYAR_BENCH_ONLY=exchange-import: just the import block (test/bench/exchange-import.bench.ts)
    if (process.env.HAMYAR_BENCH_ONLY === 'exchange-import') return void (await benchExchangeImportBlock(root));
    const n = scaled(50_000, 100);
    log(`scale ${SCALE}: ${n} donors, temp folder ${root}`);
    const donors = benchDonors(n);

    // 1–2. Inserts: service and raw alternate, so a noisy moment hits both alike.
    const service: number[] = [];
    const raw: number[] = [];
    let kept: string | null = null; // the first service folder: the data for search and start-up
    for (let i = 0; i < INSERT_RUNS; i++) {
      const dir = freshDir(root, `service-${i}`);
      const s = await insertThroughService(dir, donors);
      s.t.close();
      service.push(s.rowsPerS);
      log(`service insert ${i + 1}/${INSERT_RUNS}: ${n} rows in ${s.ms.toFixed(0)} ms = ${s.rowsPerS.toFixed(0)} rows/s`);
      if (kept === null) kept = dir;
      else rmSync(dir, { recursive: true, force: true });

      const rawDir = freshDir(root, `raw-${i}`);
      const r = await insertRaw(rawDir, donors);
      rmSync(rawDir, { recursive: true, force: true });
      raw.push(r.rowsPerS);
      log(`raw insert ${i + 1}/${INSERT_RUNS}: ${r.rowsPerS.toFixed(0)} rows/s`);
    }
    const serviceMedian = median(service);
    const rawMedian = median(raw);
    const insertExtra = { rows: n, stat: 'median', runs: INSERT_RUNS };
    // Per-row: donors.create, one IMMEDIATE transaction per donor, as the form saves one. Its
    // floor is SQLite's commit (one WAL append of every page the donor touched, ~26 pages with the
    // search indexes): raw statements with one transaction per row reach only ~0.4 of raw in one
    // transaction (test/bench/insert-breakdown.ts), so the per-row path is reported beside the
    // target, not against it.
    emit('donors.create_per_s', Math.round(serviceMedian), 'rows/s', { ...insertExtra, all: service.map((x) => Math.round(x)), how: 'donors.create through the dispatcher, one call per donor' });
    emit('donors.insert_raw_per_s', Math.round(rawMedian), 'rows/s', { ...insertExtra, all: raw.map((x) => Math.round(x)) });
    emit('donors.create_ratio_vs_raw', round(serviceMedian / rawMedian, 3), 'ratio', {
      rows: n,
      stat: 'median donors.create / median raw',
      runs: INSERT_RUNS,
      per_pair: service.map((s, i) => round(s / raw[i]!, 3)),
    });
    // 2b. The service layer in batches: the same donors through donors.import (the service a
    // spreadsheet import uses: the contract's largest batch, as the import page sends it, one
    // transaction per batch, the same validation, duplicate guard and one audit row per donor),
    // against the same raw runs. This is the figure the target names: the service layer's own
    // cost over raw SQL, in transactions.
    {
      const imported: number[] = [];
      for (let i = 0; i < INSERT_RUNS; i++) {
        const dir = freshDir(root, `import-${i}`);
        const r = await insertThroughImport(dir, donors, IMPORT_BATCH_MAX);
        r.t.close();
        rmSync(dir, { recursive: true, force: true });
        imported.push(r.rowsPerS);
        log(`import ${i + 1}/${INSERT_RUNS}: ${r.rowsPerS.toFixed(0)} rows/s`);
      }
      const importMedian = median(imported);
      const how = `donors.import through the dispatcher, batches of ${IMPORT_BATCH_MAX} (validation, duplicate guard, one audit row per donor)`;
      emit('donors.insert_per_s', Math.round(importMedian), 'rows/s', { ...insertExtra, batch: IMPORT_BATCH_MAX, all: imported.map((x) => Math.round(x)), how });
      emit('donors.insert_ratio_vs_raw', round(importMedian / rawMedian, 3), 'ratio', {
        rows: n,
        stat: 'median donors.import / median raw',
        runs: INSERT_RUNS,
        how,
        target: '>= 0.5',
      });
    }
    const dataDir = kept!;

    // 3. Search, on a freshly opened core over the service-made data (as after an app start).
    {
      const t = await makeTestCore({ dataDir });
      try {
        const token = (await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password })).token;
        const queries = buildQueries(donors);
        const r = await benchSearch(t, token, queries, { warmup: 50, passes: 3 });
        const extra = { rows: n, queries: r.queries, warmup: 50, stat: 'median over passes', runs: r.passesP95.length };
        emit('donors.search_p50_ms', round(r.p50, 3), 'ms', { ...extra, all: r.passesP50.map((x) => round(x, 3)) });
        emit('donors.search_p95_ms', round(r.p95, 3), 'ms', { ...extra, all: r.passesP95.map((x) => round(x, 3)), target: '< 10', by_family: r.byFamily });
        log('slowest queries (median of passes):');
        for (const s of r.slowest) log(`  ${s.ms.toFixed(2)} ms  ${s.family}  total ${s.total}  ${JSON.stringify(s.input)}`);
      } finally {
        t.close();
      }
    }

    // 4. Start-up, on a copy of the same folder (the runs sign in and write audit rows).
    const startupDir = freshDir(root, 'startup');
    cpSync(dataDir, startupDir, { recursive: true });
    const open = await benchCoreOpen(startupDir, CORE_OPEN_RUNS);
    emit('startup.core_open_ms', round(median(open), 2), 'ms', { rows: n, stat: 'median', runs: CORE_OPEN_RUNS, all: open.map((x) => round(x, 2)) });

    if (!rendererBuilt()) {
      log('dist/renderer/index.html is missing: run `node electron/cli/build.ts renderer` (npm run bench does it first)');
      emit('startup.first_screen_ms', null, 'ms', { rows: n, error: 'renderer not built' });
    } else {
      try {
        const fs = await benchFirstScreen(startupDir, STARTUP_RUNS);
        const totals = fs.runs.map((r) => r.total);
        emit('startup.first_screen_ms', Math.round(median(totals)), 'ms', {
          rows: n,
          stat: 'median',
          runs: STARTUP_RUNS,
          warmup: 1,
          all: totals.map((x) => Math.round(x)),
          signin: fs.path,
          ...(fs.fallbackReason ? { fallback_reason: fs.fallbackReason } : {}),
          ...phaseMedians(fs.runs),
          renderer_rebuilt: fs.runs.filter((r) => r.rebuiltRenderer).length,
          target: '< 1500',
        });
      } catch (err) {
        log('start-up bench failed:', err instanceof Error ? (err.stack ?? err.message) : String(err));
        emit('startup.first_screen_ms', null, 'ms', { rows: n, error: (err instanceof Error ? err.message : String(err)).split('\n')[0] });
      }
    }
    // 5. The treasury: payments (service vs raw), the collections report, receipts, a donor's
    // statement (test/bench/treasury.bench.ts). The donor folders above are no longer needed.
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(startupDir, { recursive: true, force: true });
    // HAMYAR_BENCH_ONLY=donors: just blocks 1–4 above (inserts, search, start-up)
    if (process.env.HAMYAR_BENCH_ONLY === 'donors') return;
    await benchTreasuryBlock(root);
    // 6. Households: service creates, search, matching.suggest (test/bench/households.bench.ts).
    await benchHouseholdsBlock(root);
    // 7. Projects: 800 housing builds, the housing-progress PDF, search, board.
    await benchProjectsBlock(root);
    // 8. Exchange: a centre of 100,000 households exported as a signed bank file.
    await benchExchangeBlock(root);
    // 9. Exchange import: the same size of bank file imported and re-imported; a province merge.
    await benchExchangeImportBlock(root);
    log(`done in ${(performance.now() - started) / 1000 | 0} s`);
  } finally {
    cleanup();
  }
}

async function benchTreasuryBlock(root: string): Promise<void> {
  try {
    await benchTreasury(root, INSERT_RUNS);
  } catch (err) {
    log('treasury bench failed:', err instanceof Error ? (err.stack ?? err.message) : String(err));
    emit('payments.insert_per_s', null, 'rows/s', { error: (err instanceof Error ? err.message : String(err)).split('\n')[0] });
  }
}

async function benchHouseholdsBlock(root: string): Promise<void> {
  try {
    await benchHouseholds(root);
  } catch (err) {
    log('households bench failed:', err instanceof Error ? (err.stack ?? err.message) : String(err));
    emit('households.insert_per_s', null, 'households/s', { error: (err instanceof Error ? err.message : String(err)).split('\n')[0] });
  }
}

async function benchProjectsBlock(root: string): Promise<void> {
  try {
    await benchProjects(root);
  } catch (err) {
    log('projects bench failed:', err instanceof Error ? (err.stack ?? err.message) : String(err));
    emit('reports.housing_progress_pdf_ms', null, 'ms', { error: (err instanceof Error ? err.message : String(err)).split('\n')[0] });
  }
}

async function benchExchangeBlock(root: string): Promise<void> {
  try {
    await benchExchange(root);
  } catch (err) {
    log('exchange bench failed:', err instanceof Error ? (err.stack ?? err.message) : String(err));
    emit('exchange.export_ms', null, 'ms', { error: (err instanceof Error ? err.message : String(err)).split('\n')[0] });
  }
}

async function benchExchangeImportBlock(root: string): Promise<void> {
  try {
    await benchExchangeImport(root);
  } catch (err) {
    log('exchange import bench failed:', err instanceof Error ? (err.stack ?? err.message) : String(err));
    emit('exchange.import_ms', null, 'ms', { error: (err instanceof Error ? err.message : String(err)).split('\n')[0] });
  }
}

main().catch((err: unknown) => {
  log('bench failed:', err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
