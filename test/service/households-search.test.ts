// Households search at the level of what it finds (migration 7: word index, filter keys, columns
// kept by triggers). A few hundred generated households, with needs added, met through
// matching.approve and equipment handovers, cancelled, groups changed through households.update
// and some households archived; every search is checked against a plain reference over the data
// this test made (its own record of names, IDs, groups and needs; nothing read back from the code
// under test), by total and by the very rows, through the service and through both ways the
// search can find its rows (walking the name order, or fetching the matches and sorting them).
// Then: one- and two-letter words find the start of a word (Persian-normalised), and a database
// migrated from version 6 gets the columns and indexes filled in.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { InputOf, Role } from '../../shared/contract/index.ts';
import type { VulnerabilityGroup } from '../../shared/contract/households.ts';
import type { NeedKind } from '../../shared/contract/aid.ts';
import { normalizeForSearch } from '../../shared/domain/normalize.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { makeNationalId, manualClock, nextNationalId, userIdOf } from '../helpers/fixtures.ts';
import { listHouseholds, type HouseholdSearch } from '../../electron/services/households/search.ts';
import { MIGRATIONS } from '../../electron/store/migrations/index.ts';
import type { Db } from '../../electron/store/database.ts';

type HouseholdInput = InputOf<'households.create'>['household'];
/** A search as the tests write it (city may be left out, as a caller may). */
type Search = Omit<HouseholdSearch, 'city'> & { city?: string | null };
const asSearch = (s: Search): HouseholdSearch => ({ ...s, city: s.city ?? null });

const clock = manualClock('2026-03-01T08:00:00Z'); // 10 Esfand 1404 in Tehran
const TODAY = '2026-03-01';
const GROUPS: VulnerabilityGroup[] = ['womanHead', 'disability', 'chronicIllness', 'recoveredAddiction', 'elderlyAlone', 'orphans', 'prisonerFamily'];
const KINDS: NeedKind[] = ['housing', 'equipment', 'jobTraining', 'medical', 'education', 'foodCash'];
// The bits of migration 7 (electron/store/migrations/007_household_search.ts), written out here.
const GROUP_BIT: Record<VulnerabilityGroup, number> = { womanHead: 1, disability: 2, chronicIllness: 4, recoveredAddiction: 8, elderlyAlone: 16, orphans: 32, prisonerFamily: 64 };
const KIND_BIT: Record<NeedKind, number> = { housing: 1, equipment: 2, jobTraining: 4, medical: 8, education: 16, foodCash: 32 };
// Arabic yeh and kaf in some names as typed: stored and searched with the Persian letters.
const FIRST = ['علی', 'مریم', 'رضا', 'زهرا', 'كاظم', 'ياسر', 'کبری', 'مهدی', 'سکینه', 'یوسف', 'مینا', 'کریم', 'امیر'];
const LAST = ['رضایی', 'کریمی', 'یگانه‌نیا', 'كاظمي', 'موسوی', 'یزدانی', 'عبدالله زاده', 'امیری', 'مرادی', 'میرزایی'];
const CITIES = ['زنجان', 'ابهر', 'قیدار', 'خرمدره'];
const VILLAGES = [null, null, 'سهرورد', 'کرسف'];

/** Deterministic random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = rng(20260301);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
function isoMinusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** What the test knows of a household: the input it sent, and every need as it left it. */
interface Known {
  id: string;
  input: HouseholdInput;
  archived: boolean;
  needs: { id: string; kind: NeedKind; recordedOn: string; status: 'open' | 'met' | 'cancelled' }[];
}
const known: Known[] = [];

/** The words search looks in, from the input: names (and name fields without their spaces),
 *  national IDs, file number, city, village, mobile; normalised as a query is. */
function wordsOf(k: Known): string[] {
  const h = k.input;
  const members = h.members ?? [];
  const names = [`${h.head.firstName} ${h.head.lastName}`, ...members.map((m) => `${m.firstName} ${m.lastName}`)];
  const fields = [h.head.firstName, h.head.lastName, ...members.flatMap((m) => [m.firstName, m.lastName])];
  const spaceless = fields.filter((f) => /[\s\u200c]/.test(f)).map((f) => normalizeForSearch(f).replaceAll(' ', ''));
  const parts = [...names, ...spaceless, h.head.nationalId, ...members.map((m) => m.nationalId ?? ''), h.agencyFileNo ?? '', h.city, h.village ?? '', h.head.mobile ?? ''];
  return normalizeForSearch(parts.join(' ')).split(' ').filter(Boolean);
}

const openNeeds = (k: Known) => k.needs.filter((n) => n.status === 'open');

/** The reference: which known households a search finds, by a plain filter over the test's data. */
function reference(input: Search): string[] {
  const tokens = normalizeForSearch(input.query).split(' ').filter(Boolean);
  const cutoff = input.minWaitingDays === undefined ? null : isoMinusDays(TODAY, input.minWaitingDays);
  return known
    .filter((k) => {
      if (input.status === 'active' && k.archived) return false;
      if (input.status === 'archived' && !k.archived) return false;
      const words = wordsOf(k);
      for (const t of tokens) {
        const found = [...t].length >= 3 ? words.some((w) => w.includes(t)) : words.some((w) => w.startsWith(t));
        if (!found) return false;
      }
      if (input.city && k.input.city !== input.city) return false;
      if (input.caseWorkerId && k.input.caseWorkerId !== input.caseWorkerId) return false;
      if (input.group && !(k.input.groups ?? []).includes(input.group)) return false;
      if (input.needKind && !openNeeds(k).some((n) => n.kind === input.needKind)) return false;
      if (cutoff !== null && !openNeeds(k).some((n) => n.recordedOn <= cutoff)) return false;
      return true;
    })
    .map((k) => k.id)
    .sort();
}

let t: TestCore;
let tokens: Record<Role, string>;
let cw: string;
let adminId: string;

function db(): Db {
  return t.core.db();
}

/** Sorted by the stored sort key, then id, byte for byte as SQLite compares text. */
function inNameOrder(ids: readonly string[]): boolean {
  const key = db().prepare('SELECT sort_key FROM households WHERE id = ?');
  const keys = ids.map((id) => Buffer.from(`${(key.get(id) as { sort_key: string }).sort_key}\u0000${id}`));
  return keys.every((k, i) => i === 0 || Buffer.compare(keys[i - 1]!, k) <= 0);
}

/** Every match through households.search, page by page (as the list screen pages). */
async function throughService(input: Search, limit: number): Promise<{ total: number; ids: string[] }> {
  const ids: string[] = [];
  let total = -1;
  for (let offset = 0; ; offset += limit) {
    const page = await t.call('households.search', { ...input, limit, offset } as InputOf<'households.search'>, tokens.caseworker);
    if (total === -1) total = page.total;
    expect(page.total).toBe(total);
    ids.push(...page.items.map((i) => i.id));
    if (page.items.length < limit) break;
  }
  return { total, ids };
}

const WAYS = [
  { name: 'walking the name order', tuning: { walkMinMatches: 0 } },
  { name: 'fetching the matches', tuning: { walkMinMatches: 1e9 } },
];

/** One search, checked every way against the reference. */
async function check(input: Search): Promise<number> {
  const want = reference(input);
  const label = JSON.stringify(input);
  const svc = await throughService(input, 37);
  expect(svc.total, label).toBe(want.length);
  expect([...svc.ids].sort(), label).toEqual(want);
  expect(inNameOrder(svc.ids), label).toBe(true);
  for (const way of WAYS) {
    for (const page of [null, { limit: 25, offset: 0 }, { limit: 25, offset: 25 }]) {
      const r = listHouseholds(db(), asSearch(input), TODAY, page, way.tuning);
      const l = `${label} ${way.name} ${JSON.stringify(page)}`;
      expect(r.total, l).toBe(want.length);
      expect(r.rows.map((x) => x.id), l).toEqual(page ? svc.ids.slice(page.offset, page.offset + page.limit) : svc.ids);
    }
  }
  return want.length;
}

/** The derived columns of every household, against the test's own record. */
function expectColumnsRight(): void {
  const row = db().prepare('SELECT groups_mask AS g, open_needs_mask AS n, oldest_open_need_on AS o FROM households WHERE id = ?');
  for (const k of known) {
    const open = openNeeds(k);
    const want = {
      g: (k.input.groups ?? []).reduce((m, g) => m | GROUP_BIT[g], 0),
      n: open.reduce((m, n) => m | KIND_BIT[n.kind], 0),
      o: open.length ? open.map((n) => n.recordedOn).sort()[0]! : null,
    };
    expect(row.get(k.id), k.id).toEqual(want);
  }
}

function generated(i: number): HouseholdInput {
  const womanHead = rnd() < 0.4;
  const last = pick(LAST);
  const members = Array.from({ length: Math.floor(rnd() * 4) }, (_, m) => ({
    firstName: pick(FIRST),
    lastName: rnd() < 0.7 ? last : pick(LAST),
    relation: 'child' as const,
    sex: rnd() < 0.5 ? ('male' as const) : ('female' as const),
    nationalId: rnd() < 0.8 ? nextNationalId() : null,
    birthDate: `200${m}-0${1 + m}-1${m}`,
  }));
  const groups = new Set<VulnerabilityGroup>(womanHead ? ['womanHead'] : []);
  for (let g = Math.floor(rnd() * 3); g > 0; g--) groups.add(pick(GROUPS));
  const agency = rnd() < 0.5 ? 'relief' : 'none';
  return {
    head: {
      firstName: pick(FIRST), lastName: last, nationalId: nextNationalId(), birthDate: '1975-04-04',
      sex: womanHead ? 'female' : 'male', mobile: rnd() < 0.3 ? `0912${String(1_000_000 + i * 7)}` : null,
    },
    city: pick(CITIES),
    village: pick(VILLAGES),
    members,
    groups: [...groups],
    housingStatus: 'owner',
    agency,
    agencyFileNo: agency === 'relief' ? `ام-${1000 + i}` : null,
    caseWorkerId: rnd() < 0.3 ? cw : null,
  };
}

beforeAll(async () => {
  t = await makeTestCore({ clock });
  tokens = await setUpCentre(t);
  cw = userIdOf(t, 'caseworker1');
  adminId = userIdOf(t, 'admin');
  for (let i = 0; i < 300; i++) {
    const input = generated(i);
    const h = await t.call('households.create', { household: input }, tokens.caseworker);
    known.push({ id: h.id, input, archived: false, needs: [] });
  }
}, 120_000);
afterAll(() => t.close());

describe('the derived columns follow every write', () => {
  test('needs added, met by matching.approve and an equipment handover, cancelled; groups changed by households.update', async () => {
    expectColumnsRight(); // groups from households.create, no needs yet

    // needs on about half the households, recorded up to ~600 days back
    for (const k of known) {
      if (rnd() < 0.5) continue;
      for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
        const kind = pick(KINDS);
        const recordedOn = isoMinusDays(TODAY, Math.floor(rnd() * 600));
        const need = await t.call(
          'needs.add',
          { householdId: k.id, kind, priority: 3, recordedOn, ...(kind === 'equipment' ? { equipmentKind: 'چرخ خیاطی' } : {}) },
          tokens.caseworker,
        );
        k.needs.push({ id: need.id, kind, recordedOn, status: 'open' });
      }
    }
    expectColumnsRight();

    // one household followed step by step
    const one = known.find((k) => k.needs.length === 0)!;
    const row = () => db().prepare('SELECT groups_mask AS g, open_needs_mask AS n, oldest_open_need_on AS o FROM households WHERE id = ?').get(one.id);
    const food = await t.call('needs.add', { householdId: one.id, kind: 'foodCash', priority: 4, recordedOn: '2025-06-01' }, tokens.caseworker);
    const sewing = await t.call('needs.add', { householdId: one.id, kind: 'equipment', equipmentKind: 'چرخ خیاطی', priority: 2, recordedOn: '2025-09-01' }, tokens.caseworker);
    const school = await t.call('needs.add', { householdId: one.id, kind: 'education', priority: 2, recordedOn: '2025-12-01' }, tokens.caseworker);
    one.needs.push(
      { id: food.id, kind: 'foodCash', recordedOn: '2025-06-01', status: 'open' },
      { id: sewing.id, kind: 'equipment', recordedOn: '2025-09-01', status: 'open' },
      { id: school.id, kind: 'education', recordedOn: '2025-12-01', status: 'open' },
    );
    expect(row()).toMatchObject({ n: KIND_BIT.foodCash | KIND_BIT.equipment | KIND_BIT.education, o: '2025-06-01' });

    const offer = await t.call('offers.create', { title: 'بستهٔ نقدی', kind: 'cash', needKind: 'foodCash', quantity: 200, unitValue: 10_000_000 }, tokens.manager);
    await t.call('matching.approve', { offerId: offer.id, householdId: one.id, needId: food.id }, tokens.caseworker);
    one.needs[one.needs.length - 3]!.status = 'met';
    expect(row()).toMatchObject({ n: KIND_BIT.equipment | KIND_BIT.education, o: '2025-09-01' });

    const project = await t.call('projects.create', { name: 'چرخ خیاطی برای اشتغال', kind: 'employment', employment: { jobsPlanned: 50, jobsCreated: 0 } }, tokens.manager);
    const lot = await t.call('equipment.addLot', { projectId: project.id, kind: 'چرخ خیاطی', count: 100, unitValue: 50_000_000 }, tokens.manager);
    await t.call('equipment.handOver', { lotId: lot.id, householdId: one.id, date: TODAY, needId: sewing.id }, tokens.caseworker);
    one.needs[one.needs.length - 2]!.status = 'met';
    expect(row()).toMatchObject({ n: KIND_BIT.education, o: '2025-12-01' });

    await t.call('needs.cancel', { id: school.id, reason: 'خانوار از شهر رفت' }, tokens.caseworker);
    one.needs[one.needs.length - 1]!.status = 'cancelled';
    expect(row()).toMatchObject({ n: 0, o: null });

    // and across the generated households: some needs met either way, some cancelled
    for (const k of known) {
      for (const n of k.needs) {
        if (n.status !== 'open' || rnd() < 0.7) continue;
        if (n.kind === 'equipment' && rnd() < 0.5) {
          await t.call('equipment.handOver', { lotId: lot.id, householdId: k.id, date: TODAY, needId: n.id }, tokens.caseworker);
          n.status = 'met';
        } else if (n.kind === 'foodCash' && !k.needs.some((x) => x.status === 'met' && x.kind === 'foodCash')) {
          await t.call('matching.approve', { offerId: offer.id, householdId: k.id, needId: n.id }, tokens.caseworker);
          n.status = 'met';
        } else {
          await t.call('needs.cancel', { id: n.id, reason: 'دیگر لازم نیست' }, tokens.caseworker);
          n.status = 'cancelled';
        }
      }
    }
    expectColumnsRight();

    // groups (and some names, cities, case workers) changed through households.update
    for (const k of known) {
      if (rnd() < 0.8) continue;
      const groups = GROUPS.filter(() => rnd() < 0.3);
      const input: HouseholdInput = {
        ...k.input,
        groups,
        city: rnd() < 0.3 ? pick(CITIES) : k.input.city,
        caseWorkerId: rnd() < 0.3 ? (k.input.caseWorkerId ? null : cw) : (k.input.caseWorkerId ?? null),
        head: { ...k.input.head, firstName: rnd() < 0.3 ? pick(FIRST) : k.input.head.firstName },
      };
      const current = await t.call('households.get', { id: k.id }, tokens.caseworker);
      await t.call('households.update', { id: k.id, household: { ...input, members: (input.members ?? []).map((m, i) => ({ ...m, id: current.members[i]!.id })) } }, tokens.caseworker);
      k.input = input;
    }
    expectColumnsRight();

    // some archived, one restored
    const archived = known.filter(() => rnd() < 0.12);
    for (const k of archived) {
      await t.call('households.archive', { id: k.id }, tokens.caseworker);
      k.archived = true;
    }
    await t.call('households.restore', { id: archived[0]!.id }, tokens.caseworker);
    archived[0]!.archived = false;
    expectColumnsRight();

    // the full-text indexes are sound after all of it, one row per household
    for (const table of ['households_fts', 'households_words']) {
      db().prepare(`INSERT INTO ${table}(${table}) VALUES ('integrity-check')`).run();
      expect((db().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n).toBe(known.length);
    }
  }, 120_000);
});

describe('every search finds exactly what the reference finds', () => {
  const someWord = () => pick(wordsOf(pick(known)));
  const fragment = (w: string, len: number) => {
    const c = [...w];
    const start = Math.floor(rnd() * Math.max(1, c.length - len + 1));
    return c.slice(start, start + len).join('');
  };

  test('filters alone: every group, kind of need, waiting time, city and case worker, in every status', async () => {
    const inputs: Search[] = [];
    for (const status of ['active', 'archived', 'all'] as const) {
      inputs.push({ query: '', status });
      for (const group of GROUPS) inputs.push({ query: '', status, group });
      for (const needKind of KINDS) inputs.push({ query: '', status, needKind });
      for (const minWaitingDays of [0, 1, 30, 90, 180, 365, 599, 1000]) inputs.push({ query: '', status, minWaitingDays });
      for (const city of [...CITIES, 'تهران']) inputs.push({ query: '', status, city });
      inputs.push({ query: '', status, caseWorkerId: cw }, { query: '', status, caseWorkerId: adminId });
      inputs.push({ query: '', status, needKind: 'notAKind' });
    }
    let nonEmpty = 0;
    for (const input of inputs) if ((await check(input)) > 0) nonEmpty++;
    // the data has something for most of them (a test of empty sets would prove little)
    expect(nonEmpty).toBeGreaterThan(inputs.length * 0.6);
  }, 120_000);

  test('text, alone and with filters, drawn from the data', async () => {
    const inputs: Search[] = [];
    for (let i = 0; i < 160; i++) {
      const kind = i % 4;
      const query =
        kind === 0
          ? fragment(someWord(), 1 + Math.floor(rnd() * 2)) // one or two letters
          : kind === 1
            ? fragment(someWord(), 3 + Math.floor(rnd() * 2)) // three or four, anywhere
            : kind === 2
              ? `${fragment(someWord(), 3)} ${fragment(someWord(), 1 + Math.floor(rnd() * 2))}` // long and short together
              : someWord();
      const input: Search = { query, status: pick(['active', 'active', 'archived', 'all'] as const) };
      if (rnd() < 0.3) input.group = pick(GROUPS);
      if (rnd() < 0.3) input.needKind = pick(KINDS);
      if (rnd() < 0.3) input.minWaitingDays = pick([0, 30, 180, 365]);
      if (rnd() < 0.2) input.city = pick(CITIES);
      if (rnd() < 0.15) input.caseWorkerId = cw;
      inputs.push(input);
    }
    let nonEmpty = 0;
    for (const input of inputs) if ((await check(input)) > 0) nonEmpty++;
    expect(nonEmpty).toBeGreaterThan(60);
  }, 180_000);
});

describe('one and two letters: the start of a word, Persian-normalised', () => {
  let id: string;
  beforeAll(async () => {
    const input: HouseholdInput = {
      head: { firstName: 'ژیلا', lastName: 'یگانه‌پور', nationalId: makeNationalId('049937089'), birthDate: '1980-01-01', sex: 'female', mobile: '09351234567' },
      city: 'طارم',
      housingStatus: 'owner',
      agency: 'none',
      members: [{ firstName: 'كوثر', lastName: 'يگانه‌پور', relation: 'child', sex: 'female', birthDate: '2005-05-05' }],
    };
    id = (await t.call('households.create', { household: input }, tokens.caseworker)).id;
    known.push({ id, input, archived: false, needs: [] });
  });

  const found = async (query: string) => (await throughService({ query, status: 'active' }, 200)).ids.includes(id);

  test.each([
    ['one letter, the start of the first name', 'ژ'],
    ['Arabic kaf for Persian kaf', 'ك'],
    ['Arabic kaf and yeh, two letters', 'كو'],
    ['Arabic yeh for Persian yeh', 'يگ'],
    ['the second word of the name', 'یگ'],
    ['the name without its ZWNJ (three letters or more: anywhere)', 'یگانهپ'],
    ['digits of the national ID', '04'],
    ['Persian digits', '۰۴'],
    ['Arabic-Indic digits of the mobile', '٠٩'],
    ['the city', 'طا'],
    ['with a ZWNJ typed inside', 'ی\u200cگ'],
  ])('finds by %s', async (_l, q) => {
    expect(await found(q)).toBe(true);
  });

  test.each([
    ['letters inside a word', 'یل'],
    ['the end of a word', 'ثر'],
    ['digits inside the ID', '99'],
    ['after the ZWNJ (the word is یگانهپور)', 'پو'],
  ])('does not find by %s', async (_l, q) => {
    expect(await found(q)).toBe(false);
  });

  test('and the totals of short queries are the reference totals', async () => {
    for (const q of ['ژ', 'ی', 'م', 'مر', 'ك', 'كا', '0', '09', '۰۹', 'ر ی', 'ر یگ']) await check({ query: q, status: 'all' });
  }, 60_000);
});

describe('migration 7 on a database with households', () => {
  test('fills the columns and the indexes from the rows already there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hamyar-m7-'));
    const raw = new Database(join(dir, 'old.sqlite'));
    try {
      for (const m of MIGRATIONS.filter((x) => x.version < 7)) raw.transaction(() => m.up(raw))();
      const now = '2026-01-01T00:00:00.000Z';
      const add = raw.prepare(`INSERT INTO households (id, head_first_name, head_last_name, head_national_id, head_birth_date, head_sex, display_name,
        sort_key, city, housing_status, agency, search_text, archived_at, created_at, updated_at, origin_centre_id)
        VALUES (?, ?, ?, ?, '1980-01-01', 'female', ?, ?, ?, 'owner', 'none', ?, ?, ?, ?, 'c')`);
      const group = raw.prepare('INSERT INTO household_groups (household_id, grp) VALUES (?, ?)');
      const need = raw.prepare(`INSERT INTO needs (id, household_id, kind, priority, recorded_on, status, created_at, updated_at, origin_centre_id)
        VALUES (?, ?, ?, 3, ?, ?, ?, ?, 'c')`);
      const a = randomUUID();
      const b = randomUUID();
      const c = randomUUID();
      add.run(a, 'مریم', 'کاظمی', '0012345678', 'مریم کاظمی', 'کاظمی مریم', 'زنجان', 'مریم کاظمی 0012345678 زنجان', null, now, now);
      add.run(b, 'رضا', 'مرادی', '0023456789', 'رضا مرادی', 'مرادی رضا', 'ابهر', 'رضا مرادی 0023456789 ابهر', null, now, now);
      add.run(c, 'زهرا', 'کاظمی', '0034567890', 'زهرا کاظمی', 'کاظمی زهرا', 'زنجان', 'زهرا کاظمی 0034567890 زنجان', now, now, now);
      group.run(a, 'womanHead');
      group.run(a, 'orphans');
      group.run(c, 'womanHead');
      need.run(randomUUID(), a, 'housing', '2025-01-01', 'open', now, now);
      need.run(randomUUID(), a, 'medical', '2025-06-01', 'open', now, now);
      need.run(randomUUID(), a, 'foodCash', '2024-01-01', 'met', now, now);
      need.run(randomUUID(), b, 'foodCash', '2025-10-01', 'cancelled', now, now);
      need.run(randomUUID(), c, 'education', '2025-03-01', 'open', now, now);

      for (const m of MIGRATIONS.filter((x) => x.version >= 7)) raw.transaction(() => m.up(raw))();
      const cols = raw.prepare('SELECT id, groups_mask AS g, open_needs_mask AS n, oldest_open_need_on AS o FROM households ORDER BY sort_key').all();
      expect(cols).toEqual([
        { id: b, g: 0, n: 0, o: null },
        { id: c, g: 1, n: 16, o: '2025-03-01' },
        { id: a, g: 1 | 32, n: 1 | 8, o: '2025-01-01' },
      ]);
      const ids = (input: Partial<Search>) => listHouseholds(raw, asSearch({ query: '', status: 'active', ...input }), '2026-01-01', null).rows.map((r) => r.id);
      expect(ids({ query: 'کاظ' })).toEqual([a]);
      expect(ids({ query: 'کا', status: 'all' })).toEqual([c, a]);
      expect(ids({ query: 'ظم' })).toEqual([]);
      expect(ids({ group: 'orphans' })).toEqual([a]);
      expect(ids({ needKind: 'medical' })).toEqual([a]);
      expect(ids({ needKind: 'foodCash' })).toEqual([]);
      expect(ids({ minWaitingDays: 300 })).toEqual([a]);
      expect(ids({ city: 'ابهر' })).toEqual([b]);
      expect(ids({ status: 'archived', group: 'womanHead' })).toEqual([c]);
      // later writes through raw SQL are followed too
      raw.prepare("UPDATE needs SET status = 'met' WHERE household_id = ? AND kind = 'housing'").run(a);
      expect(raw.prepare('SELECT open_needs_mask AS n, oldest_open_need_on AS o FROM households WHERE id = ?').get(a)).toEqual({ n: 8, o: '2025-06-01' });
      expect(ids({ minWaitingDays: 300 })).toEqual([]);
      raw.prepare('DELETE FROM household_groups WHERE household_id = ? AND grp = ?').run(a, 'orphans');
      expect(ids({ group: 'orphans' })).toEqual([]);
      raw.prepare('INSERT INTO household_groups (household_id, grp) VALUES (?, ?)').run(b, 'elderlyAlone');
      expect(ids({ group: 'elderlyAlone' })).toEqual([b]);
      raw.prepare("UPDATE household_groups SET household_id = ?, grp = 'disability' WHERE household_id = ? AND grp = 'elderlyAlone'").run(a, b);
      expect(ids({ group: 'elderlyAlone' })).toEqual([]);
      expect(ids({ group: 'disability' })).toEqual([a]);
      raw.prepare("INSERT INTO needs (id, household_id, kind, priority, recorded_on, status, created_at, updated_at, origin_centre_id) VALUES (?, ?, 'jobTraining', 2, '2024-12-01', 'open', ?, ?, 'c')").run(randomUUID(), b, now, now);
      raw.prepare("UPDATE households SET archived_at = ? WHERE id = ?").run(now, a);
      expect(ids({ minWaitingDays: 300 })).toEqual([b]);
      expect(ids({ needKind: 'jobTraining', query: 'مر' })).toEqual([b]);
      expect(ids({ status: 'archived', query: 'کاظمی' })).toEqual([c, a]);
      expect(raw.prepare('SELECT id, groups_mask AS g, open_needs_mask AS n, oldest_open_need_on AS o FROM households ORDER BY sort_key').all()).toEqual([
        { id: b, g: 0, n: 4, o: '2024-12-01' },
        { id: c, g: 1, n: 16, o: '2025-03-01' },
        { id: a, g: 1 | 2, n: 8, o: '2025-06-01' },
      ]);
      // the indexes hold exactly what the rows give (text and filter keys), after all of it
      for (const table of ['households_fts', 'households_words']) raw.prepare(`INSERT INTO ${table}(${table}) VALUES ('integrity-check')`).run();
      raw.prepare('DELETE FROM needs WHERE household_id = ?').run(b);
      raw.prepare('DELETE FROM households WHERE id = ?').run(b);
      for (const table of ['households_fts', 'households_words']) raw.prepare(`INSERT INTO ${table}(${table}) VALUES ('integrity-check')`).run();
      expect(ids({ query: 'رض', status: 'all' })).toEqual([]);
      expect(ids({ query: 'مرادی', status: 'all' })).toEqual([]);
    } finally {
      raw.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
