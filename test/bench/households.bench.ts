// Households: creating them through the service (`households.create` with a caseworker token),
// searching them as the list screen does (`households.search`), and ranking them for an offer
// (`matching.suggest`). The data is reproducible (fixed seed): heads with three members each
// (spouse and two children), every one with a valid national ID from a unique nine-digit prefix;
// ~40% of the households get an open need and ~30% some aid history (raw SQL: needs.add and
// aid.record are not what is measured here).
import { randomUUID } from 'node:crypto';
import { seededRandom } from '../../electron/services/setup/sampleData.ts';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from '../../electron/services/setup/sampleNames.ts';
import { insertHousehold, type HouseholdFields } from '../../electron/services/households/repository.ts';
import { nationalIdWithCheckDigit } from '../../shared/domain/ids.ts';
import { toPersianDigits } from '../../shared/domain/digits.ts';
import { todayIso } from '../../shared/domain/jalali.ts';
import type { InputOf } from '../../shared/contract/index.ts';
import type { VulnerabilityGroup } from '../../shared/contract/households.ts';
import type { NeedKind } from '../../shared/contract/aid.ts';
import { setUpCentre, makeTestCore, type TestCore } from '../helpers/core.ts';
import { CITIES } from './data.ts';
import { freshDir } from './fixtures.ts';
import { emit, log, median, percentile, round, scaled, since } from './stats.ts';

export const HH_SEED = 1406;
const GROUPS: VulnerabilityGroup[] = ['womanHead', 'disability', 'chronicIllness', 'recoveredAddiction', 'elderlyAlone', 'orphans', 'prisonerFamily'];
const NEED_KINDS: NeedKind[] = ['housing', 'equipment', 'jobTraining', 'medical', 'education', 'foodCash'];
const AID_KINDS = ['cash', 'goods', 'equipment', 'housing', 'employmentLoan'] as const;
const EQUIPMENT = ['فر نان صنعتی', 'چرخ خیاطی', 'دستگاه جوجه‌کشی', 'یخچال کوچک', 'ماشین لباسشویی'];
/** Service creates are measured on at most this many rows (scaled) when all of them would take
 *  longer than SERVICE_BUDGET_MS; the rest is filled through the repository directly. */
const SERVICE_SAMPLE = 20_000;
const SERVICE_BUDGET_MS = 300_000;

/** Household `i` of the bench set: the head's national ID from prefix 200000000 + 4i, members' + 1..3. */
export function benchHousehold(i: number, rnd: () => number): HouseholdFields {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const nid = (k: number) => nationalIdWithCheckDigit(String(200_000_000 + i * 4 + k));
  const family = pick(FAMILY_NAMES);
  const womanHead = rnd() < 0.35;
  const groups = new Set<VulnerabilityGroup>();
  if (womanHead) groups.add('womanHead');
  for (let g = Math.floor(rnd() * 3); g > 0; g--) groups.add(pick(GROUPS));
  const agency = rnd() < 0.5 ? (rnd() < 0.6 ? 'relief' : 'welfare') : 'none';
  const housing = pick(['owner', 'tenant', 'homeless', 'withRelatives', 'unfinished'] as const);
  const year = 1960 + Math.floor(rnd() * 40);
  const child = (k: number) => ({
    firstName: rnd() < 0.5 ? pick(MALE_NAMES) : pick(FEMALE_NAMES), lastName: family, relation: 'child' as const, sex: rnd() < 0.5 ? ('male' as const) : ('female' as const),
    nationalId: nid(k), birthDate: `${year + 22 + k}-0${1 + k}-1${k}`, education: 'primary' as const, occupation: null, health: null,
  });
  return {
    head: {
      firstName: womanHead ? pick(FEMALE_NAMES) : pick(MALE_NAMES), lastName: family, fatherName: pick(MALE_NAMES), nationalId: nid(0),
      birthDate: `${year}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`, sex: womanHead ? 'female' : 'male', mobile: null,
    },
    address: null,
    city: pick(CITIES),
    village: null,
    members: [
      { firstName: womanHead ? pick(MALE_NAMES) : pick(FEMALE_NAMES), lastName: pick(FAMILY_NAMES), relation: 'spouse', sex: womanHead ? 'male' : 'female', nationalId: nid(1), birthDate: `${year + 2}-05-05`, education: 'diploma', occupation: null, health: null },
      child(2),
      child(3),
    ],
    groups: [...groups],
    disabilityKind: null,
    disabilitySeverity: null,
    monthlyIncome: rnd() < 0.2 ? null : Math.floor(rnd() * 40) * 5_000_000,
    housingStatus: housing,
    monthlyRent: housing === 'tenant' ? 20_000_000 + Math.floor(rnd() * 10) * 5_000_000 : null,
    agency,
    agencyFileNo: agency === 'none' ? null : `${agency === 'relief' ? 'ا' : 'ب'}-${140_000 + i}`,
    caseWorkerId: null,
    consentToShare: false,
    consentDate: null,
    notes: null,
  };
}

function isoMinusDays(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** Needs (~40% of households, one or two of a kind) and aid history (~30%), raw SQL. */
export function addNeedsAndAid(t: TestCore, ids: readonly string[], seed = HH_SEED + 1): { needs: number; aid: number } {
  const db = t.core.db();
  const rnd = seededRandom(seed);
  const today = todayIso(new Date());
  const now = new Date().toISOString();
  const centre = (db.prepare('SELECT id AS c FROM centre LIMIT 1').get() as { c: string }).c;
  const need = db.prepare(`INSERT INTO needs (id, household_id, kind, equipment_kind, priority, recorded_on, status, created_at, updated_at, origin_centre_id)
    VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)`);
  const aid = db.prepare(`INSERT INTO aid_records (id, household_id, kind, date, value, source, source_name, created_at, updated_at, origin_centre_id)
    VALUES (?, ?, ?, ?, ?, 'agency', 'کمیته امداد', ?, ?, ?)`);
  let needs = 0;
  let aids = 0;
  db.transaction(() => {
    for (const id of ids) {
      if (rnd() < 0.4) {
        const kinds = rnd() < 0.25 ? 2 : 1;
        for (let k = 0; k < kinds; k++) {
          const kind = NEED_KINDS[Math.floor(rnd() * NEED_KINDS.length)]!;
          const eq = kind === 'equipment' ? EQUIPMENT[Math.floor(rnd() * EQUIPMENT.length)]! : null;
          need.run(randomUUID(), id, kind, eq, 1 + Math.floor(rnd() * 5), isoMinusDays(today, Math.floor(rnd() * 500)), now, now, centre);
          needs++;
        }
      }
      if (rnd() < 0.3) {
        for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) {
          aid.run(randomUUID(), id, AID_KINDS[Math.floor(rnd() * AID_KINDS.length)]!, isoMinusDays(today, Math.floor(rnd() * 1000)), Math.floor(rnd() * 20) * 5_000_000, now, now, centre);
          aids++;
        }
      }
    }
  })();
  return { needs, aid: aids };
}

/** Inserts `n` households; through the service while it fits the time budget, the rest raw. */
export async function fillHouseholds(t: TestCore, token: string, n: number, opts: { serviceAll?: boolean; rawOnly?: boolean } = {}) {
  const rnd = seededRandom(HH_SEED);
  const ids: string[] = [];
  const sample = Math.min(n, scaled(SERVICE_SAMPLE, 100));
  const all: HouseholdFields[] = [];
  for (let i = 0; i < n; i++) all.push(benchHousehold(i, rnd));
  const { dispatcher } = t.core;
  const t0 = performance.now();
  let service = 0;
  for (; service < n; service++) {
    if (opts.rawOnly) break;
    if (!opts.serviceAll && service === sample && (since(t0) / sample) * n > SERVICE_BUDGET_MS) break;
    const r = await dispatcher.invoke('households.create', { household: all[service]! satisfies InputOf<'households.create'>['household'] }, token);
    if (!r.ok) throw new Error(`households.create failed: ${JSON.stringify(r.error)}`);
    ids.push((r.result as { id: string }).id);
    if (service % 10_000 === 9_999) log(`households: ${service + 1} created through the service`);
  }
  const serviceMs = since(t0);
  const rawFrom = service;
  if (rawFrom < n) {
    const db = t.core.db();
    const meta = { nowIso: new Date().toISOString(), centreId: (db.prepare('SELECT id AS c FROM centre LIMIT 1').get() as { c: string }).c, userId: null };
    const t1 = performance.now();
    for (let i = rawFrom; i < n; i += 2_000) {
      db.transaction(() => {
        for (let j = i; j < Math.min(n, i + 2_000); j++) {
          const id = randomUUID();
          insertHousehold(db, id, all[j]!, meta);
          ids.push(id);
        }
      })();
    }
    log(`households: ${n - rawFrom} more filled through the repository in ${since(t1).toFixed(0)} ms`);
  }
  return { ids, all, serviceRows: service, serviceMs, rawRows: n - rawFrom };
}

type SearchInput = InputOf<'households.search'>;
const arabicLetters = (s: string) => s.replaceAll('ی', 'ي').replaceAll('ک', 'ك');

/** ≥ 300 mixed queries drawn from the data (fixed seed), shuffled. */
export function buildHouseholdQueries(all: readonly HouseholdFields[], seed = 9): { family: string; input: SearchInput }[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const frag = (s: string, min: number, max: number) => {
    const c = [...s];
    if (c.length <= min) return s;
    const len = Math.min(c.length, min + Math.floor(rnd() * (max - min + 1)));
    const st = Math.floor(rnd() * (c.length - len + 1));
    return c.slice(st, st + len).join('');
  };
  const out: { family: string; input: SearchInput }[] = [];
  const add = (family: string, k: number, make: () => SearchInput | null) => {
    for (let made = 0, tries = 0; made < k && tries < k * 20; tries++) {
      const q = make();
      if (q) (out.push({ family, input: q }), made++);
    }
  };
  const anyName = () => {
    const h = pick(all);
    const m = rnd() < 0.5 ? h.head : pick(h.members);
    return rnd() < 0.5 ? m.firstName : m.lastName;
  };
  add('name-fragment', 80, () => ({ query: frag(anyName(), 3, 5) }));
  add('full-name', 30, () => {
    const h = pick(all);
    return { query: `${h.head.firstName} ${h.head.lastName}` };
  });
  add('arabic-letters', 40, () => {
    const s = rnd() < 0.5 ? (() => { const h = pick(all); return `${h.head.firstName} ${h.head.lastName}`; })() : frag(anyName(), 3, 5);
    return /[یک]/.test(s) ? { query: arabicLetters(s) } : null;
  });
  add('head-national-id', 30, () => {
    const id = pick(all).head.nationalId;
    return { query: rnd() < 0.5 ? toPersianDigits(id) : id };
  });
  add('member-national-id', 30, () => ({ query: pick(pick(all).members).nationalId ?? '' }));
  add('file-no', 20, () => {
    const h = pick(all);
    return h.agencyFileNo ? { query: h.agencyFileNo } : null;
  });
  add('city', 15, () => ({ query: pick(CITIES) }));
  add('city-filter', 15, () => ({ query: rnd() < 0.4 ? '' : frag(anyName(), 3, 4), city: pick(CITIES) }));
  add('group-filter', 20, () => ({ query: rnd() < 0.4 ? '' : frag(anyName(), 3, 4), group: pick(GROUPS) }));
  add('need-filter', 20, () => ({ query: rnd() < 0.4 ? '' : frag(anyName(), 3, 4), needKind: pick(NEED_KINDS) }));
  add('min-waiting', 15, () => ({ query: rnd() < 0.4 ? '' : frag(anyName(), 3, 4), minWaitingDays: pick([30, 90, 180, 365]) }));
  add('short-1-2', 10, () => ({ query: frag(anyName(), 1, 2).slice(0, 2) }));
  add('empty', 5, () => ({ query: '' }));
  for (const q of out) q.input = { status: 'active', ...q.input };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const SEARCH_PASSES = 3;
const SUGGEST_RUNS = 7;

/** The whole households block: insert rate, search percentiles, suggest median. */
export async function benchHouseholds(root: string): Promise<void> {
  const n = scaled(100_000, 100);
  log(`households: ${n} households with 4 people each`);
  const dir = freshDir(root, 'households');
  const t = await makeTestCore({ dataDir: dir });
  try {
    const tokens = await setUpCentre(t);
    const f = await fillHouseholds(t, tokens.caseworker, n);
    const rate = f.serviceRows / (f.serviceMs / 1000);
    emit('households.insert_per_s', Math.round(rate), 'households/s', {
      rows: n, people_per_household: 4, service_rows: f.serviceRows, raw_rows: f.rawRows,
      ...(f.rawRows > 0 ? { note: `rate measured on the first ${f.serviceRows} service creates; the other ${f.rawRows} households were filled through the repository (all ${n} would take > ${SERVICE_BUDGET_MS / 1000} s)` } : {}),
    });
    const extra = addNeedsAndAid(t, f.ids);
    log(`households: ${extra.needs} open needs, ${extra.aid} aid records added raw`);
    t.core.db().exec('ANALYZE');

    // search
    const queries = buildHouseholdQueries(f.all);
    const { dispatcher } = t.core;
    const run = async (input: SearchInput) => {
      const r = await dispatcher.invoke('households.search', input, tokens.caseworker);
      if (!r.ok) throw new Error(`households.search failed for ${JSON.stringify(input)}: ${JSON.stringify(r.error)}`);
      return (r.result as { total: number }).total;
    };
    for (let i = 0; i < 50; i++) await run(queries[(i * 7) % queries.length]!.input);
    const perQuery: number[][] = queries.map(() => []);
    const p50s: number[] = [];
    const p95s: number[] = [];
    for (let p = 0; p < SEARCH_PASSES; p++) {
      const times: number[] = [];
      for (let i = 0; i < queries.length; i++) {
        const t0 = performance.now();
        await run(queries[i]!.input);
        const ms = since(t0);
        times.push(ms);
        perQuery[i]!.push(ms);
      }
      p50s.push(percentile(times, 50));
      p95s.push(percentile(times, 95));
      log(`households search pass ${p + 1}/${SEARCH_PASSES}: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`);
    }
    const medians = perQuery.map((xs) => median(xs));
    const byFamily: Record<string, { n: number; p50: number; p95: number; max: number }> = {};
    for (const fam of new Set(queries.map((q) => q.family))) {
      const xs = medians.filter((_, i) => queries[i]!.family === fam);
      byFamily[fam] = { n: xs.length, p50: round(percentile(xs, 50)), p95: round(percentile(xs, 95)), max: round(Math.max(...xs)) };
    }
    const sx = { rows: n, queries: queries.length, warmup: 50, stat: 'median over passes', runs: SEARCH_PASSES };
    emit('households.search_p50_ms', round(median(p50s), 3), 'ms', { ...sx, all: p50s.map((x) => round(x, 3)) });
    emit('households.search_p95_ms', round(median(p95s), 3), 'ms', { ...sx, all: p95s.map((x) => round(x, 3)), target: '< 15', by_family: byFamily });

    // suggest
    const offer = await t.call('offers.create', { title: 'بستهٔ نقدی', kind: 'cash', needKind: 'foodCash', quantity: 50, unitValue: 10_000_000, city: CITIES[0]! }, tokens.manager);
    const open = (t.core.db().prepare("SELECT count(DISTINCT household_id) AS n FROM needs WHERE status = 'open' AND kind = 'foodCash'").get() as { n: number }).n;
    const suggest = async () => {
      const r = await dispatcher.invoke('matching.suggest', { offerId: offer.id }, tokens.caseworker);
      if (!r.ok) throw new Error(`matching.suggest failed: ${JSON.stringify(r.error)}`);
    };
    await suggest(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < SUGGEST_RUNS; i++) {
      const t0 = performance.now();
      await suggest();
      times.push(since(t0));
    }
    log(`matching.suggest: ${times.map((x) => x.toFixed(0)).join(', ')} ms`);
    emit('matching.suggest_ms', round(median(times), 1), 'ms', { rows: n, candidates: open, stat: 'median', runs: SUGGEST_RUNS, warmup: 1, all: times.map((x) => round(x, 1)), target: '< 300' });
  } finally {
    t.close();
  }
}
