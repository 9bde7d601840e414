// Projects at a province's scale: 800 housing builds (a province's year) and 100 other projects,
// entered through the public channels as the screens enter them (projects.create, six
// housing.updateStage per build, funding.add, pledges.create, payments.record,
// projects.recordExpense), then measured: the housing-progress report as PDF with a warm
// printer (reports.housing_progress_pdf_ms), projects.search as the list screen sends it
// (projects.search_ms) and the board (projects.board_ms). Fixed seed: every run, same data.
import type { InputOf } from '../../shared/contract/index.ts';
import { HOUSING_STAGES, STAGE_WEIGHTS, type HousingStage, type WaitingFor } from '../../shared/domain/housing.ts';
import { addDays } from '../../shared/domain/days.ts';
import { todayIso } from '../../shared/domain/jalali.ts';
import { seededRandom } from '../../electron/services/setup/sampleData.ts';
import { createChromiumPrinter } from '../../electron/web/chromiumPrinter.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { benchDonors, CITIES } from './data.ts';
import { freshDir } from './fixtures.ts';
import { fillHouseholds } from './households.bench.ts';
import { emit, log, median, percentile, round, scaled, since, timeCalls } from './stats.ts';
import { timedPrinter } from './timedPrinter.ts';

const SEED = 1405_06;
/** Planned days per stage, before the builder's own pace. */
const PLANNED_DAYS: Record<HousingStage, number> = { foundation: 30, structure: 45, wallsRoof: 40, installations: 30, finishing: 45, handover: 10 };
const WAITS: readonly (readonly [WaitingFor, number])[] = [['money', 40], ['bank', 25], ['contractor', 10], ['permit', 8], ['materials', 12], ['other', 5]];
const OTHER_KINDS = [['employment', 50], ['equipment', 20], ['education', 15], ['general', 15]] as const;

type Rnd = () => number;
const between = (rnd: Rnd, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
function weighted<T>(rnd: Rnd, items: readonly (readonly [T, number])[]): T {
  let r = rnd() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1]![0];
}
const minDate = (a: string, b: string) => (a < b ? a : b);
/** Money in whole millions of rials. */
const millions = (rials: number) => Math.round(rials / 1_000_000) * 1_000_000;

interface Tokens {
  manager: string;
  caseworker: string;
  treasurer: string;
  volunteer: string;
}

/** One build: its stages as a site follows them, its funding, donors' pledges and payments, and
 *  the expenses of its finished stages. */
async function addBuild(t: TestCore, tk: Tokens, rnd: Rnd, name: string, city: string, householdId: string, donorIds: readonly string[], today: string): Promise<void> {
  const budget = between(rnd, 15, 45) * 100_000_000; // 1.5-4.5 billion rials
  // started over the last 14 months; a few only planned, starting in the coming weeks
  const start = rnd() < 0.06 ? addDays(today, between(rnd, 10, 60)) : addDays(today, -between(rnd, 0, 420));
  const p = await t.call('projects.create', { name, kind: 'housing', city, budget, startDate: start, housing: { householdId, landStatus: pick(rnd, ['deeded', 'endowment', 'donated', 'ruralNoDeed'] as const), areaM2: between(rnd, 50, 90) } }, tk.manager);

  // The plan first, then the site: each stage starts when the last one ends, at the builder's pace.
  let planned = start;
  let actual: string | null = start;
  for (const stage of HOUSING_STAGES) {
    const plannedEnd = addDays(planned, PLANNED_DAYS[stage]);
    const fields: InputOf<'housing.updateStage'>['fields'] = { plannedStart: planned, plannedEnd, estimatedCost: millions((budget * STAGE_WEIGHTS[stage]) / 100), percent: 0 };
    if (actual !== null && actual <= today) {
      const end = addDays(actual, Math.round(PLANNED_DAYS[stage] * (0.9 + rnd() * 0.8)));
      if (end <= today && rnd() < 0.92) {
        Object.assign(fields, { actualStart: actual, actualEnd: end, percent: 100 });
        await t.call('projects.recordExpense', { projectId: p.id, date: end, amount: millions(fields.estimatedCost! * (0.8 + rnd() * 0.4)), description: `مصالح و دستمزد ${stage}`, stage }, tk.treasurer);
        actual = end;
      } else {
        Object.assign(fields, { actualStart: actual, percent: between(rnd, 1, 9) * 10, waitingFor: plannedEnd < today ? weighted(rnd, WAITS) : null });
        actual = null; // the site is here; later stages are only planned
      }
    }
    await t.call('housing.updateStage', { projectId: p.id, stage, fields }, tk.caseworker);
    planned = plannedEnd;
  }

  const on = (from: string, maxDays: number) => minDate(addDays(from, between(rnd, 0, maxDays)), today);
  if (rnd() < 0.7) {
    const committed = millions(budget * (0.3 + rnd() * 0.2));
    const received = rnd() < 0.7 ? millions(committed * rnd()) : 0;
    await t.call('funding.add', { projectId: p.id, fields: { kind: 'agencyGrant', sourceName: 'کمیته امداد استان', committed, received, receivedOn: received > 0 ? on(start, 120) : null } }, tk.treasurer);
  }
  if (rnd() < 0.4) {
    const committed = millions(budget * (0.2 + rnd() * 0.2));
    const requestedOn = on(start, 60);
    const approved = rnd() < 0.6 ? millions(committed * (0.6 + rnd() * 0.4)) : null;
    const approvedOn = approved === null ? null : on(requestedOn, 200);
    const received = approved !== null && rnd() < 0.5 ? approved : 0;
    await t.call('funding.add', {
      projectId: p.id,
      fields: { kind: 'bankFacility', sourceName: pick(rnd, ['بانک مسکن', 'بانک ملی', 'بانک رفاه']), committed, approved, requestedOn, approvedOn, received, receivedOn: received > 0 ? approvedOn : null },
    }, tk.treasurer);
  }
  if (rnd() < 0.15) {
    await t.call('funding.add', { projectId: p.id, fields: { kind: rnd() < 0.6 ? 'companyCsr' : 'budgetNote', sourceName: rnd() < 0.6 ? 'شرکت ملی نفت' : 'تبصره ۱۶', committed: millions(budget * (0.1 + rnd() * 0.2)) } }, tk.treasurer);
  }
  for (let k = between(rnd, 0, 3); k > 0; k--) {
    const donorId = pick(rnd, donorIds);
    const startDate = on(start, 200);
    const instalments = rnd() < 0.3;
    const amount = between(rnd, 2, 30) * 10_000_000 * (instalments ? 12 : 1);
    const pledge = await t.call('pledges.create', { donorId, projectId: p.id, kind: instalments ? 'installments' : 'oneOff', amount, startDate, ...(instalments ? { installments: 12 } : {}) }, tk.treasurer);
    if (rnd() < 0.7) {
      const paid = instalments ? amount / 12 : millions(amount * (0.3 + rnd() * 0.7));
      await t.call('payments.record', { payment: { donorId, pledgeId: pledge.id, amount: paid, date: on(startDate, 60), method: 'transfer', trackingNo: String(between(rnd, 100_000, 999_999)) } }, tk.volunteer);
    }
  }
}

/** The projects screen's queries: sorts, filters, words from names and cities, later pages. */
function searchInputs(rnd: Rnd, families: readonly string[], n: number): InputOf<'projects.search'>[] {
  const out: InputOf<'projects.search'>[] = [];
  const sorts = ['name', 'startDate', 'percent', 'gap', 'stalled'] as const;
  for (let i = 0; i < n; i++) {
    const r = rnd();
    const sort = pick(rnd, sorts);
    if (r < 0.25) out.push({ sort, offset: pick(rnd, [0, 0, 50, 100]) });
    else if (r < 0.4) out.push({ kind: rnd() < 0.8 ? 'housing' : 'employment', sort });
    else if (r < 0.55) out.push({ status: pick(rnd, ['stalled', 'inProgress', 'handedOver', 'planned'] as const), sort: 'stalled' });
    else if (r < 0.85) out.push({ query: [...pick(rnd, families)].slice(0, between(rnd, 3, 5)).join(''), sort });
    else out.push({ query: pick(rnd, CITIES), kind: 'housing', sort: 'percent' });
  }
  return out;
}

/** Donors, households, `nBuilds` builds and `nOther` other projects, through the channels. */
export async function fillProjects(t: TestCore, tk: Tokens & { admin: string }, nBuilds: number, nOther: number, today: string) {
  const rnd = seededRandom(SEED);
  const t0 = performance.now();
  for (let i = 0, donors = benchDonors(scaled(2_000, 50)); i < donors.length; i += 500) await t.call('donors.import', { donors: donors.slice(i, i + 500) }, tk.admin);
  const donorIds = t.core.db().prepare('SELECT id FROM donors ORDER BY rowid').pluck().all() as string[];
  const hh = await fillHouseholds(t, tk.caseworker, nBuilds, { serviceAll: true });
  log(`projects: ${donorIds.length} donors and ${hh.ids.length} households in ${(since(t0) / 1000).toFixed(1)} s`);
  const t1 = performance.now();
  for (let i = 0; i < nBuilds; i++) {
    const h = hh.all[i]!;
    await addBuild(t, tk, rnd, `مسکن خانوار ${h.head.lastName} ${h.city}`, h.city, hh.ids[i]!, donorIds, today);
    if (i % 100 === 99) log(`projects: ${i + 1} builds entered`);
  }
  for (let i = 0; i < nOther; i++) {
    const kind = weighted(rnd, OTHER_KINDS);
    await t.call('projects.create', {
      name: `${kind === 'employment' ? 'طرح اشتغال' : kind === 'equipment' ? 'توزیع تجهیزات' : kind === 'education' ? 'حمایت تحصیلی' : 'طرح'} ${pick(rnd, CITIES)} ${i + 1}`,
      kind, city: pick(rnd, CITIES), budget: between(rnd, 1, 20) * 100_000_000, status: 'inProgress',
      ...(kind === 'employment' ? { employment: { jobsPlanned: between(rnd, 5, 60), jobsCreated: between(rnd, 0, 5) } } : {}),
    }, tk.manager);
  }
  const db = t.core.db();
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const data = {
    builds: nBuilds,
    projects: count('SELECT count(*) FROM projects'),
    stages_done: count('SELECT count(*) FROM housing_stages WHERE actual_end IS NOT NULL'),
    funding_sources: count('SELECT count(*) FROM funding_sources'),
    pledges: count('SELECT count(*) FROM pledges'),
    payments: count('SELECT count(*) FROM payments'),
    expenses: count('SELECT count(*) FROM project_expenses'),
    setup_s: round(since(t1) / 1000, 1),
  };
  log(`projects: entered through the channels in ${data.setup_s} s: ${JSON.stringify(data)}`);
  return { data, families: [...new Set(hh.all.slice(0, nBuilds).map((h) => h.head.lastName))] };
}

export async function benchProjects(root: string): Promise<void> {
  const nBuilds = scaled(800, 20);
  const nOther = scaled(100, 5);
  const today = todayIso();
  const chromium = createChromiumPrinter();
  const printer = timedPrinter(chromium);
  const t = await makeTestCore({ dataDir: freshDir(root, 'projects'), printer });
  try {
    const tk = await setUpCentre(t);
    const { data, families } = await fillProjects(t, tk, nBuilds, nOther, today);

    // 1. the housing-progress report, every open build, PDF with a warm printer
    const token = tk.manager;
    let pdfBytes = 0;
    printer.spent.length = 0;
    printer.htmlBytes.length = 0;
    const pdf = await timeCalls(5, 1, async () => {
      const r = await t.call('reports.housingProgress', { includeClosed: false, format: 'pdf' }, token);
      pdfBytes = Math.round((r.base64.length * 3) / 4);
    });
    const csv = await timeCalls(5, 1, () => t.call('reports.housingProgress', { includeClosed: false, format: 'csv' }, token));
    const board = await t.call('projects.board', {}, token);
    const open = board.byStatus.filter((s) => !['finished', 'handedOver', 'cancelled'].includes(s.status)).reduce((s, x) => s + x.count, 0);
    emit('reports.housing_progress_pdf_ms', round(median(pdf.all), 1), 'ms', {
      ...data,
      open_projects: open,
      stalled: board.byStatus.find((s) => s.status === 'stalled')?.count ?? 0,
      stat: 'median',
      runs: pdf.all.length,
      warmup: 1,
      first_ms: round(pdf.first[0]!, 1),
      all: pdf.all.map((x) => round(x, 1)),
      print_ms: round(median(printer.spent.slice(1)), 1),
      csv_ms: round(median(csv.all), 1),
      html_kb: round(median(printer.htmlBytes) / 1024, 1),
      pdf_kb: round(pdfBytes / 1024, 1),
      target: '< 3000',
    });

    // 2. projects.search as the list screen sends it
    const inputs = searchInputs(seededRandom(SEED + 1), families, 200);
    const passes: { p50: number; p95: number }[] = [];
    for (const input of inputs.slice(0, 20)) await t.call('projects.search', input, token); // warm-up
    for (let pass = 0; pass < 3; pass++) {
      const ms: number[] = [];
      for (const input of inputs) {
        const s0 = performance.now();
        await t.call('projects.search', input, token);
        ms.push(since(s0));
      }
      passes.push({ p50: percentile(ms, 50), p95: percentile(ms, 95) });
    }
    emit('projects.search_ms', round(median(passes.map((p) => p.p50)), 2), 'ms', {
      projects: data.projects,
      queries: inputs.length,
      warmup: 20,
      stat: 'p50 (median over passes)',
      p95_ms: round(median(passes.map((p) => p.p95)), 2),
      runs: passes.length,
      all_p50: passes.map((p) => round(p.p50, 2)),
      all_p95: passes.map((p) => round(p.p95, 2)),
    });

    // 3. the board
    const b = await timeCalls(20, 2, () => t.call('projects.board', {}, token));
    emit('projects.board_ms', round(median(b.all), 2), 'ms', {
      projects: data.projects,
      stat: 'median',
      runs: b.all.length,
      warmup: 2,
      p95_ms: round(percentile(b.all, 95), 2),
    });
  } finally {
    t.close();
    await chromium.close();
  }
}
