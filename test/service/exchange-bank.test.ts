// The province's bank on this centre's side: helped elsewhere (through another centre's copy of
// a household and through pseudonymous markers, which match only with the right passphrase),
// matching that shows the flag and counts aid elsewhere as prior aid, possible duplicates by
// national ID and by name + father + birth year with variant spellings, the reviewer's verdicts,
// and the province's agency report read back as XLSX, CSV and PDF.
//
// The bank tables are filled by a small helper below with plain INSERTs, as the importer
// (electron/services/exchange/import*.ts, written by another engineer) fills them; these tests
// are about what reads them, not about reading files.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputOf, Role } from '../../shared/contract/index.ts';
import type { BankHousehold } from '../../shared/contract/exchangeRecords.ts';
import type { Db } from '../../electron/store/database.ts';
import { makeTestCore, setUpCentre, CENTRE, type TestCore } from '../helpers/core.ts';
import { count, fingerprint, manualClock, nextNationalId, PERSIAN_LETTERS } from '../helpers/fixtures.ts';
import { col, csvTable, fa, n, readCsv, readPdf, readXlsx, sheetTable } from '../helpers/reportFiles.ts';
import { createChromiumPrinter, type ChromiumPrinter } from '../../electron/web/chromiumPrinter.ts';
import { findDuplicateCandidates } from '../../electron/services/exchange/duplicates.ts';
import { markHelpedElsewhere } from '../../electron/services/exchange/elsewhere.ts';
import { markerHash, PASSPHRASE_KEY } from '../../electron/services/exchange/markers.ts';
import { agencyPeriodKey } from '../../electron/services/exchange/exportReport.ts';
import { setSetting } from '../../electron/services/settings/repository.ts';
import { compactForSearch } from '../../shared/domain/normalize.ts';
import { AGENCY_FIGURES } from '../../shared/domain/agencyReport.ts';
import { toPersianDigits } from '../../shared/domain/digits.ts';

type HouseholdInput = InputOf<'households.create'>['household'];

const PASSPHRASE = 'زنجان-۱۴۰۴-رمز مشترک استان';
const MEHR = { id: randomUUID(), name: 'مرکز نیکوکاری مهر' };
const NOOR = { id: randomUUID(), name: 'مرکز نیکوکاری نور' };

// ---- filling the bank as the importer does ---------------------------------------------------

function copyOf(owner: { id: string; name: string }, head: Partial<BankHousehold['head']> & { nationalId: string }, extra: Partial<BankHousehold> = {}): BankHousehold {
  return {
    id: randomUUID(),
    owner: owner.id,
    ownerName: owner.name,
    version: '2025-12-01T08:00:00.000Z',
    archivedAt: null,
    consentDate: '2025-01-10',
    head: { firstName: 'زهرا', lastName: 'کاظمی', fatherName: 'حسن', birthDate: '1982-04-10', sex: 'female', mobile: null, ...head },
    city: 'زنجان',
    village: null,
    address: null,
    groups: [],
    housingStatus: 'tenant',
    agency: 'none',
    agencyFileNo: null,
    members: [],
    needs: [],
    aid: [],
    sensitive: null,
    ...extra,
  };
}

function putCopy(db: Db, c: BankHousehold): BankHousehold {
  db.prepare(
    `INSERT INTO bank_households (owner, id, owner_name, version, archived_at, display_name, name_key, father_key, birth_year, city, record, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.owner, c.id, c.ownerName, c.version, c.archivedAt, `${c.head.firstName} ${c.head.lastName}`,
    `${compactForSearch(c.head.firstName)} ${compactForSearch(c.head.lastName)}`, c.head.fatherName ? compactForSearch(c.head.fatherName) : null,
    Number(c.head.birthDate.slice(0, 4)), c.city, JSON.stringify(c), '2025-12-02T08:00:00.000Z',
  );
  const nid = db.prepare('INSERT OR IGNORE INTO bank_national_ids (national_id, owner, household_id, role) VALUES (?, ?, ?, ?)');
  nid.run(c.head.nationalId, c.owner, c.id, 'head');
  for (const m of c.members) if (m.nationalId) nid.run(m.nationalId, c.owner, c.id, 'member');
  return c;
}

function aidOf(kind: BankHousehold['aid'][number]['kind'], date: string, value: number): BankHousehold['aid'][number] {
  return { id: randomUUID(), kind, date, value, description: null, source: 'centre', sourceName: null };
}

function putMarker(db: Db, owner: { id: string; name: string }, passphrase: string, nationalId: string, kind: string, date: string, value: number): void {
  db.prepare('INSERT INTO aid_markers (owner, owner_name, id_hash, kind, date, value) VALUES (?, ?, ?, ?, ?, ?)').run(
    owner.id, owner.name, markerHash(passphrase, nationalId), kind, date, value,
  );
}

function putPair(db: Db, householdId: string, c: BankHousehold, reason: 'nationalId' | 'nameFatherBirthYear', foundAt = '2025-12-02T08:00:00.000Z'): string {
  const id = randomUUID();
  db.prepare('INSERT INTO duplicate_pairs (id, household_id, bank_owner, bank_id, reason, found_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, householdId, c.owner, c.id, reason, foundAt);
  return id;
}

// ---- the centre ------------------------------------------------------------------------------

let t: TestCore;
let tokens: Record<Role, string>;
let db: Db;
let printer: ChromiumPrinter;
const scratch = mkdtempSync(join(tmpdir(), 'hamyar-bank-'));

function head(firstName: string, lastName: string, extra: Partial<HouseholdInput['head']> = {}): HouseholdInput['head'] {
  return { firstName, lastName, fatherName: 'علی', nationalId: nextNationalId(), birthDate: '1980-01-01', sex: 'female', ...extra };
}
async function create(h: Partial<HouseholdInput> & { head: HouseholdInput['head'] }): Promise<string> {
  return (await t.call('households.create', { household: { city: 'زنجان', housingStatus: 'owner', agency: 'none', ...h } }, tokens.caseworker)).id;
}

beforeAll(async () => {
  printer = createChromiumPrinter();
  t = await makeTestCore({ clock: manualClock('2026-01-01T08:00:00Z'), printer });
  tokens = await setUpCentre(t);
  db = t.core.db();
});
afterAll(async () => {
  t.close();
  await printer?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('helped elsewhere', () => {
  test('through another centre\'s copy carrying a member\'s national ID: where, when, what', async () => {
    const memberId = nextNationalId();
    const local = await create({
      head: head('فاطمه', 'رضایی'),
      members: [{ firstName: 'سارا', lastName: 'رضایی', relation: 'child', sex: 'female', nationalId: memberId, birthDate: '2010-02-02' }],
    });
    // the other centre registered the daughter's family with the daughter as a member too
    putCopy(db, copyOf(MEHR, { nationalId: nextNationalId() }, {
      members: [{ id: randomUUID(), firstName: 'سارا', lastName: 'رضایی', relation: 'child', sex: 'female', nationalId: memberId, birthDate: '2010-02-02', education: null, occupation: null }],
      aid: [aidOf('cash', '2025-06-01', 30_000_000), aidOf('goods', '2025-09-15', 12_000_000), aidOf('goods', '2025-09-15', 12_000_000)],
    }));
    const got = await t.call('bank.helpedElsewhere', { householdId: local }, tokens.caseworker);
    // two aid records alike in kind, date and value are two aids, latest first
    expect(got).toEqual([
      { owner: MEHR.id, ownerName: MEHR.name, kind: 'goods', date: '2025-09-15', value: 12_000_000, via: 'record', nationalId: memberId },
      { owner: MEHR.id, ownerName: MEHR.name, kind: 'goods', date: '2025-09-15', value: 12_000_000, via: 'record', nationalId: memberId },
      { owner: MEHR.id, ownerName: MEHR.name, kind: 'cash', date: '2025-06-01', value: 30_000_000, via: 'record', nationalId: memberId },
    ]);
    // a household nobody else knows: nothing
    const unknown = await create({ head: head('مینا', 'صالحی') });
    expect(await t.call('bank.helpedElsewhere', { householdId: unknown }, tokens.caseworker)).toEqual([]);
    // the summary search results can carry (householdSummary.elsewhere)
    expect(markHelpedElsewhere(db, [{ id: local }, { id: unknown }])).toEqual([
      { id: local, elsewhere: { count: 3, lastDate: '2025-09-15' } },
      { id: unknown, elsewhere: null },
    ]);
    // and search results carry it, to the roles that may read aid elsewhere
    const search = async (token: string) =>
      Object.fromEntries((await t.call('households.search', { query: 'رضایی', status: 'all' }, token)).items.map((i) => [i.id, i.elsewhere]));
    expect((await search(tokens.caseworker))[local]).toEqual({ count: 3, lastDate: '2025-09-15' });
    expect((await search(tokens.volunteer))[local]).toBeUndefined();
    // roles and unknown households
    expect((await t.fail('bank.helpedElsewhere', { householdId: local }, tokens.volunteer)).code).toBe('FORBIDDEN');
    const err = await t.fail('bank.helpedElsewhere', { householdId: randomUUID() }, tokens.caseworker);
    expect([err.code, err.key]).toEqual(['NOT_FOUND', 'households.notFound']);
    expect(err.message).toMatch(PERSIAN_LETTERS);
  });

  test('through a pseudonymous marker: only with the province passphrase the sender used', async () => {
    const id = nextNationalId();
    const local = await create({ head: head('لیلا', 'اکبری', { nationalId: id }) });
    putMarker(db, NOOR, PASSPHRASE, id, 'housing', '2025-11-20', 150_000_000);
    putMarker(db, NOOR, PASSPHRASE, nextNationalId(), 'cash', '2025-11-20', 1_000_000); // someone else
    // no passphrase set here: a marker says nothing
    expect(await t.call('bank.helpedElsewhere', { householdId: local }, tokens.caseworker)).toEqual([]);
    // the wrong passphrase: nothing either
    setSetting(db, PASSPHRASE_KEY, 'یک عبارت دیگر که درست نیست', '2026-01-01T08:00:00.000Z');
    expect(await t.call('bank.helpedElsewhere', { householdId: local }, tokens.caseworker)).toEqual([]);
    // the province's passphrase: found, and only that ID's marker
    setSetting(db, PASSPHRASE_KEY, PASSPHRASE, '2026-01-01T08:00:00.000Z');
    expect(await t.call('bank.helpedElsewhere', { householdId: local }, tokens.caseworker)).toEqual([
      { owner: NOOR.id, ownerName: NOOR.name, kind: 'housing', date: '2025-11-20', value: 150_000_000, via: 'marker', nationalId: id },
    ]);
  });

  test('a copy and a marker of the same aid count once; this centre\'s own markers never count', async () => {
    const id = nextNationalId();
    const local = await create({ head: head('رقیه', 'مرادی', { nationalId: id }) });
    putCopy(db, copyOf(MEHR, { nationalId: id }, { aid: [aidOf('equipment', '2025-10-01', 80_000_000)] }));
    putMarker(db, MEHR, PASSPHRASE, id, 'equipment', '2025-10-01', 80_000_000);
    const centreId = (db.prepare('SELECT id FROM centre').get() as { id: string }).id;
    putMarker(db, { id: centreId, name: CENTRE.name }, PASSPHRASE, id, 'cash', '2025-10-05', 5_000_000);
    const got = await t.call('bank.helpedElsewhere', { householdId: local }, tokens.caseworker);
    expect(got.map((a) => [a.ownerName, a.kind, a.via])).toEqual([[MEHR.name, 'equipment', 'record']]);
  });
});

describe('matching', () => {
  test('shows aid elsewhere on the candidate and ranks the household below an otherwise equal one', async () => {
    const helpedId = nextNationalId();
    const helped = await create({ head: head('نرگس', 'یوسفی', { nationalId: helpedId }) });
    const other = await create({ head: head('نسرین', 'یوسفی') });
    for (const h of [helped, other]) await t.call('needs.add', { householdId: h, kind: 'medical', priority: 4, recordedOn: '2025-10-01' }, tokens.caseworker);
    putCopy(db, copyOf(NOOR, { nationalId: helpedId }, { aid: [aidOf('cash', '2025-08-01', 40_000_000), aidOf('cash', '2023-01-01', 9_000_000)] }));
    putMarker(db, MEHR, PASSPHRASE, helpedId, 'goods', '2025-05-05', 10_000_000);

    const r = await t.call('matching.suggest', { needKind: 'medical' }, tokens.caseworker);
    const ids = r.candidates.map((c) => c.householdId);
    expect(ids.indexOf(other)).toBeLessThan(ids.indexOf(helped));
    const h = r.candidates.find((c) => c.householdId === helped)!;
    const o = r.candidates.find((c) => c.householdId === other)!;
    // equal in every part but prior aid: 2 aids elsewhere in 24 months worth 50,000,000 →
    // ½(1 − 2/4) + ½(1 − 0.25) = 0.625 × 30 = 18.75 against 30 points
    const pts = (c: typeof h) => Object.fromEntries(c.parts.map((p) => [p.factor, p.points]));
    expect({ ...pts(h), priorAid: 0 }).toEqual({ ...pts(o), priorAid: 0 });
    expect(pts(o).priorAid).toBe(30);
    expect(pts(h).priorAid).toBe(18.75);
    expect(h.score).toBe(Math.round((o.score - 11.25) * 100) / 100);
    expect(h.parts.find((p) => p.factor === 'priorAid')!.detail).toEqual({ count: 2, value: 50_000_000, elsewhereCount: 2, elsewhereValue: 50_000_000, months: 24 });
    // the flag: where, when, what (all of it, latest first; the 2023 aid is listed though it no
    // longer counts); medical needs are answered with cash → recent same aid (elsewhere) flagged
    expect(h.elsewhere).toEqual([
      { ownerName: NOOR.name, kind: 'cash', date: '2025-08-01', value: 40_000_000, via: 'record' },
      { ownerName: MEHR.name, kind: 'goods', date: '2025-05-05', value: 10_000_000, via: 'marker' },
      { ownerName: NOOR.name, kind: 'cash', date: '2023-01-01', value: 9_000_000, via: 'record' },
    ]);
    expect(h.flags).toEqual([{ kind: 'recentSameAid', date: '2025-08-01', months: 12 }]);
    expect(o.elsewhere).toEqual([]);
    expect(o.flags).toEqual([]);
  });
});

describe('possible duplicates', () => {
  test('by national ID of the head or a member, and by name + father + birth year with variant spellings', async () => {
    const headId = nextNationalId();
    const memberId = nextNationalId();
    const byHead = await create({ head: head('محمدرضا', 'کریمی', { nationalId: headId, fatherName: 'یوسف', birthDate: '1975-06-01' }) });
    const byMember = await create({
      head: head('اکرم', 'نیک‌زاد', { fatherName: 'کاظم', birthDate: '1979-03-03' }),
      members: [{ firstName: 'رضا', lastName: 'نیک‌زاد', relation: 'child', sex: 'male', nationalId: memberId, birthDate: '2004-01-01' }],
    });
    // 1358/10/10 and 1359/01/01: the Jalali year 1358 starts on 1979-03-21, so 1980-01-01 is 1358
    const byName = await create({ head: head('عبدالله', 'یکتا', { fatherName: 'محمد کاظم', birthDate: '1980-01-01' }) });
    const noFather = await create({ head: head('کبری', 'شکوهی', { fatherName: null, birthDate: '1966-05-05' }) });

    const find = (c: BankHousehold) => findDuplicateCandidates(db, c);
    const member = (nationalId: string) => ({ id: randomUUID(), firstName: 'رضا', lastName: 'نیک زاد', relation: 'child' as const, sex: 'male' as const, nationalId, birthDate: null, education: null, occupation: null });
    // same head ID, whatever the names say
    expect(find(copyOf(MEHR, { nationalId: headId, firstName: 'علی', lastName: 'نوری' }))).toEqual([{ householdId: byHead, reason: 'nationalId' }]);
    // a member of the copy is a member here
    expect(find(copyOf(MEHR, { nationalId: nextNationalId() }, { members: [member(memberId)] }))).toEqual([{ householdId: byMember, reason: 'nationalId' }]);
    // a member of the copy is the head here, and the names agree too: reported once, by ID
    expect(find(copyOf(MEHR, { nationalId: nextNationalId(), firstName: 'محمد رضا', lastName: 'کريمي', fatherName: 'يوسف', birthDate: '1975-06-01' }, { members: [member(headId)] })))
      .toEqual([{ householdId: byHead, reason: 'nationalId' }]);

    const name = (first: string, last: string, father: string | null, birthDate: string) =>
      find(copyOf(NOOR, { nationalId: nextNationalId(), firstName: first, lastName: last, fatherName: father, birthDate }));
    const yes = [{ householdId: byName, reason: 'nameFatherBirthYear' }];
    expect(name('عبدالله', 'یکتا', 'محمد کاظم', '1980-01-01')).toEqual(yes); // exact
    expect(name('عبداله', 'يکتا', 'محمدكاظم', '1979-12-01')).toEqual(yes); // one letter less, Arabic ي/ك, no space; same Jalali year 1358
    expect(name('عبد\u200cالله', 'یکتا', 'محمد\u200cکاظم', '1979-04-01')).toEqual(yes); // ZWNJ, 1358 too
    expect(name('یکتا', 'عبدالله', 'محمد کاظم', '1980-02-02')).toEqual(yes); // first and last swapped
    expect(name('عبدالله', 'یکطا', 'محمد کاظم', '1980-01-01')).toEqual(yes); // one letter wrong
    expect(name('عبدالله', 'یکتا', 'محمد کاظم', '1980-03-21')).toEqual([]); // 1 Farvardin 1359: another year
    expect(name('عبدالله', 'یکتا', 'محمد', '1980-01-01')).toEqual([]); // another father
    expect(name('عبدالحمید', 'یکتا', 'محمد کاظم', '1980-01-01')).toEqual([]); // another first name
    expect(name('عبدالله', 'یکتا', null, '1980-01-01')).toEqual(yes); // no father here: names equal, same day
    expect(name('عبدالله', 'یکتا', null, '1980-01-02')).toEqual([]); // no father: the whole date must agree
    expect(name('عبداله', 'یکتا', null, '1980-01-01')).toEqual([]); // no father: no typo allowed
    // no father's name on the local side
    expect(name('کبري', 'شكوهي', 'احمد', '1966-05-05')).toEqual([{ householdId: noFather, reason: 'nameFatherBirthYear' }]);
    expect(name('شکوهی', 'کبری', null, '1966-05-05')).toEqual([{ householdId: noFather, reason: 'nameFatherBirthYear' }]);
    expect(name('کبری', 'شکوهی', 'احمد', '1966-05-06')).toEqual([]);
  });

  test('the index follows households created, renamed and archived since the last call', async () => {
    const copy = copyOf(NOOR, { nationalId: nextNationalId(), firstName: 'هانیه', lastName: 'فرجی', fatherName: 'مجید', birthDate: '1990-07-07' });
    expect(findDuplicateCandidates(db, copy)).toEqual([]);
    const h0 = head('هانيه', 'فرجي', { fatherName: 'مجيد', birthDate: '1990-08-08' });
    const id = await create({ head: h0 });
    expect(findDuplicateCandidates(db, copy)).toEqual([{ householdId: id, reason: 'nameFatherBirthYear' }]);
    // renamed (the father's name corrected): no longer alike
    const household: HouseholdInput = { head: { ...h0, fatherName: 'حمید' }, city: 'زنجان', housingStatus: 'owner', agency: 'none' };
    await t.call('households.update', { id, household }, tokens.caseworker);
    expect(findDuplicateCandidates(db, copy)).toEqual([]);
    // corrected back, then archived: an archived household is still this centre's and reported
    await t.call('households.update', { id, household: { ...household, head: h0 } }, tokens.caseworker);
    await t.call('households.archive', { id }, tokens.caseworker);
    expect(findDuplicateCandidates(db, copy)).toEqual([{ householdId: id, reason: 'nameFatherBirthYear' }]);
  });

  test('the review: listed with both sides, decided same or different, audited; "same" links the aid histories', async () => {
    const local = await create({ head: head('طاهره', 'سلیمانی', { fatherName: 'رحیم', birthDate: '1970-02-02' }) });
    const localRow = await t.call('households.get', { id: local }, tokens.caseworker);
    // the other centre has the family under another (mistyped) ID: found by name
    const copy = putCopy(db, copyOf(MEHR, { nationalId: nextNationalId(), firstName: 'طاهره', lastName: 'سليماني', fatherName: 'رحیم', birthDate: '1970-03-01' }, {
      city: 'ابهر', aid: [aidOf('cash', '2025-07-07', 25_000_000)],
    }));
    // and a copy carrying the local head's ID that a reviewer will call different
    const sameId = putCopy(db, copyOf(NOOR, { nationalId: localRow.head.nationalId, firstName: 'طاهر', lastName: 'سلیمی', fatherName: 'کریم', birthDate: '1950-01-01' }, {
      aid: [aidOf('goods', '2025-08-08', 3_000_000)],
    }));
    expect(findDuplicateCandidates(db, copy)).toEqual([{ householdId: local, reason: 'nameFatherBirthYear' }]);
    const p1 = putPair(db, local, copy, 'nameFatherBirthYear', '2025-12-02T08:00:00.000Z');
    const p2 = putPair(db, local, sameId, 'nationalId', '2025-12-03T08:00:00.000Z');

    // before any verdict only the copy with the same ID is aid elsewhere
    expect((await t.call('bank.helpedElsewhere', { householdId: local }, tokens.caseworker)).map((a) => a.ownerName)).toEqual([NOOR.name]);

    const open = await t.call('duplicates.list', { status: 'open' }, tokens.caseworker);
    expect(open.total).toBe(2);
    expect(open.items.map((p) => p.id)).toEqual([p2, p1]); // newest first
    expect(open.items[1]).toEqual({
      id: p1, localHouseholdId: local, localName: 'طاهره سلیمانی', owner: MEHR.id, ownerName: MEHR.name, bankId: copy.id, bankName: 'طاهره سليماني',
      reason: 'nameFatherBirthYear', verdict: null, foundAt: '2025-12-02T08:00:00.000Z',
      local: { nationalId: localRow.head.nationalId, fatherName: 'رحیم', birthDate: '1970-02-02', city: 'زنجان' },
      bank: { nationalId: copy.head.nationalId, fatherName: 'رحیم', birthDate: '1970-03-01', city: 'ابهر' },
    });
    expect((await t.call('duplicates.list', { status: 'open', limit: 1, offset: 1 }, tokens.caseworker)).items.map((p) => p.id)).toEqual([p1]);
    expect((await t.fail('duplicates.list', {}, tokens.volunteer)).code).toBe('FORBIDDEN');
    expect((await t.fail('duplicates.decide', { id: p1, verdict: 'same' }, tokens.treasurer)).code).toBe('FORBIDDEN');

    const same = await t.call('duplicates.decide', { id: p1, verdict: 'same' }, tokens.caseworker);
    expect(same.verdict).toBe('same');
    const different = await t.call('duplicates.decide', { id: p2, verdict: 'different' }, tokens.caseworker);
    expect(different.verdict).toBe('different');
    // deciding the same again writes nothing
    const before = fingerprint(t);
    expect((await t.call('duplicates.decide', { id: p1, verdict: 'same' }, tokens.caseworker)).verdict).toBe('same');
    expect(fingerprint(t)).toEqual(before);
    const audit = db.prepare("SELECT before_json, after_json, user_id FROM audit_log WHERE entity = 'duplicatePair' AND entity_id = ? AND action = 'decide'").all(p1) as { before_json: string; after_json: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before_json).verdict).toBeNull();
    expect(JSON.parse(audit[0]!.after_json).verdict).toBe('same');

    expect((await t.call('duplicates.list', { status: 'open' }, tokens.caseworker)).total).toBe(0);
    expect((await t.call('duplicates.list', { status: 'decided' }, tokens.manager)).items.map((p) => [p.id, p.verdict]).sort()).toEqual([[p1, 'same'], [p2, 'different']].sort());
    // linked: the copy's aid is this household's aid elsewhere though no ID matches; the copy
    // judged different is no longer shown even though it carries the head's ID
    expect(await t.call('bank.helpedElsewhere', { householdId: local }, tokens.caseworker)).toEqual([
      { owner: MEHR.id, ownerName: MEHR.name, kind: 'cash', date: '2025-07-07', value: 25_000_000, via: 'record', nationalId: localRow.head.nationalId },
    ]);
    // both owners kept: the copy is still the other centre's, the household still ours
    expect(count(t, 'bank_households')).toBeGreaterThan(0);
    expect((db.prepare('SELECT owner FROM bank_households WHERE id = ?').get(copy.id) as { owner: string }).owner).toBe(MEHR.id);

    // changing one's mind is allowed and audited
    expect((await t.call('duplicates.decide', { id: p2, verdict: 'same' }, tokens.manager)).verdict).toBe('same');
    expect((await t.call('bank.helpedElsewhere', { householdId: local }, tokens.caseworker)).map((a) => a.ownerName).sort()).toEqual([MEHR.name, NOOR.name].sort());
    const err = await t.fail('duplicates.decide', { id: randomUUID(), verdict: 'same' }, tokens.caseworker);
    expect([err.code, err.key]).toEqual(['NOT_FOUND', 'duplicates.notFound']);
    expect(err.message).toMatch(PERSIAN_LETTERS);
  });
});

describe('the province report', () => {
  const period = { kind: 'quarter' as const, jy: 1404, quarter: 4 as const };
  const CENTRES = 111; // with this install: 112 rows, as Zanjan has
  const others = Array.from({ length: CENTRES }, (_, i) => ({ id: randomUUID(), name: `مرکز نیکوکاری ${toPersianDigits(i + 1)} ${['امید', 'مهر', 'نور', 'سرپناه'][i % 4]}` }));
  const value = (i: number, code: string, unit: string) => (unit === 'rials' ? (i + 1) * 1_000_000 + code.charCodeAt(1) * 1000 : ((i * 7 + code.charCodeAt(2)) % 50) + 1);

  test('one row per centre and the province total per code, as XLSX, CSV and PDF', async () => {
    // this centre gave some aid in the period (1404 Q4 = 2025-12-22 … 2026-03-20)
    const local = await create({ head: head('صدیقه', 'فرهادی') });
    await t.call('aid.record', { householdId: local, kind: 'cash', date: '2025-12-25', value: 7_000_000, source: 'centre' }, tokens.caseworker);
    const mine = await t.call('agency.figures', { period }, tokens.manager);
    const insert = db.prepare('INSERT INTO received_figures (owner, owner_name, period, code, value, received_at) VALUES (?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
      others.forEach((c, i) => {
        for (const f of AGENCY_FIGURES) {
          // the last centre's older file lacks D03
          if (i === CENTRES - 1 && f.code === 'D03') continue;
          insert.run(c.id, c.name, agencyPeriodKey(period), f.code, value(i, f.code, f.unit), '2026-01-01T08:00:00.000Z');
        }
        insert.run(c.id, c.name, agencyPeriodKey(period), 'Z99', 5, '2026-01-01T08:00:00.000Z'); // a code from a newer version
        insert.run(c.id, c.name, '1404-Q3', 'A11', 999_999, '2026-01-01T08:00:00.000Z'); // another period
      });
    })();
    const expected = (code: string, unit: string) =>
      mine.figures.find((f) => f.code === code)!.value + others.reduce((s, _, i) => s + (i === CENTRES - 1 && code === 'D03' ? 0 : value(i, code, unit)), 0);

    const xlsx = await t.call('reports.province', { period, format: 'xlsx' }, tokens.manager);
    expect(xlsx.fileName).toBe('province-report-1404-q4.xlsx');
    const ws = await readXlsx(xlsx);
    const table = sheetTable(ws, 'مرکز', /^جمع استان$/);
    expect(table.headers.slice(2, 2 + AGENCY_FIGURES.length).map((h) => h.slice(0, 3))).toEqual(AGENCY_FIGURES.map((f) => f.code));
    expect(table.headers[2]).toBe('H01 خانوارهای کمک‌گرفته در دوره (همه)');
    expect(table.rows).toHaveLength(CENTRES + 1);
    const ownRow = table.rows.find((r) => r[0] === CENTRE.name)!;
    expect(ownRow).toBeDefined();
    const a11 = col(table.headers, table.headers.find((h) => h.startsWith('A11'))!);
    const a12 = col(table.headers, table.headers.find((h) => h.startsWith('A12'))!);
    const d03 = col(table.headers, table.headers.find((h) => h.startsWith('D03'))!);
    expect([ownRow[a11], ownRow[a12]]).toEqual([1, 7_000_000]);
    for (const f of AGENCY_FIGURES) expect(table.totals![2 + AGENCY_FIGURES.indexOf(f)], f.code).toBe(expected(f.code, f.unit));
    expect(table.rows.find((r) => r[1] === others[CENTRES - 1]!.id)![d03]).toBeNull();
    expect(table.headers.slice(-4)).toEqual(['از تاریخ (میلادی)', 'تا تاریخ (میلادی)', 'از تاریخ', 'تا تاریخ']);
    expect(table.rows[0]!.slice(-4)).toEqual(['2025-12-22', '2026-03-20', '۱۴۰۴/۱۰/۰۱', '۱۴۰۴/۱۲/۲۹']);

    const csv = csvTable(readCsv(await t.call('reports.province', { period, format: 'csv' }, tokens.admin)), 'مرکز', /^جمع استان$/);
    expect(csv.rows).toHaveLength(CENTRES + 1);
    expect(csv.totals![a11]).toBe(String(expected('A11', 'count')));
    expect(csv.rows[0]!.slice(-2)).toEqual(['1404/10/01', '1404/12/29']);

    const pdf = readPdf(await t.call('reports.province', { period, format: 'pdf' }, tokens.manager), scratch, 'province-report');
    expect(pdf.text).toContain(n('گزارش استانی مراکز نیکوکاری به دستگاه نظارتی'));
    expect(pdf.text).toContain(n('فصل چهارم'));
    expect(pdf.text).toContain(n(others[0]!.name));
    expect(pdf.text).toContain(n(others[CENTRES - 1]!.name));
    expect(pdf.text).toContain(n('جمع استان'));
    expect(pdf.text).toContain(fa(expected('A12', 'rials')));
    expect(pdf.text).toContain(fa(expected('F07', 'rials')));
    // four bands of at most 12 columns, each down 113 rows: a few pages each, not dozens
    console.log(`province report PDF: ${pdf.pages} pages for ${CENTRES + 1} centres`);
    expect(pdf.pages).toBeGreaterThanOrEqual(4);
    expect(pdf.pages).toBeLessThanOrEqual(24);

    expect((await t.fail('reports.province', { period, format: 'pdf' }, tokens.caseworker)).code).toBe('FORBIDDEN');
  });
});
