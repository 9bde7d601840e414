// Donors import: many rows in one call, one transaction; duplicates (against the database or
// earlier in the batch) skipped and reported by index; an invalid row refuses the whole batch;
// one audit row per donor created; the FTS index follows.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Role } from '../../shared/contract/index.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { breakCheckDigit, count, fingerprint, nextNationalId, PERSIAN_LETTERS, person, tickingClock, userIdOf, type DonorInput } from '../helpers/fixtures.ts';
import { generateDonors, citiesFor } from '../../electron/services/setup/sampleData.ts';

let t: TestCore;
let tokens: Record<Role, string>;
beforeEach(async () => {
  t = await makeTestCore({ clock: tickingClock('2026-11-24T06:00:00Z') });
  tokens = await setUpCentre(t);
});
afterEach(() => t.close());

interface AuditRow {
  action: string;
  entity: string;
  entity_id: string;
  user_id: string | null;
  after_json: string;
}
function importAudit(): AuditRow[] {
  return t.core.db().prepare("SELECT action, entity, entity_id, user_id, after_json FROM audit_log WHERE action = 'import' ORDER BY id").all() as AuditRow[];
}

describe('a clean batch', () => {
  test('300 valid rows → 300 donors, 300 audit rows naming each, equal to donors.get', async () => {
    const rows = generateDonors(300, { seed: 7, cities: citiesFor('زنجان', 'زنجان') });
    // a few awkward tags: duplicates by normalisation, out-of-order
    rows[0] = { ...rows[0]!, tags: ['مسکن', 'ماهانه', 'ماهانه ', 'كمك', 'کمک'] };
    const donorsBefore = count(t, 'donors');
    const r = await t.call('donors.import', { donors: rows }, tokens.treasurer);
    expect(r).toEqual({ created: 300, skipped: [] });
    expect(count(t, 'donors')).toBe(donorsBefore + 300);

    const audit = importAudit();
    expect(audit).toHaveLength(300);
    expect(new Set(audit.map((a) => a.entity_id)).size).toBe(300);
    const treasurerId = userIdOf(t, 'treasurer1');
    for (const a of audit) {
      expect(a.entity).toBe('donor');
      expect(a.user_id).toBe(treasurerId);
      // the audited 'after' is the donor as donors.get returns it
      const stored = await t.call('donors.get', { id: a.entity_id }, tokens.admin);
      expect(JSON.parse(a.after_json)).toEqual(stored);
      expect(stored.createdBy).toBe(treasurerId);
    }
    // the imported donors are the rows sent, in order
    const first = await t.call('donors.get', { id: audit[0]!.entity_id }, tokens.admin);
    expect(first.nationalId ?? null).toBe(rows[0]!.nationalId ?? null);
    expect(first.tags).toHaveLength(3);
  });

  test('the rows are searchable afterwards; the FTS index agrees with its table', async () => {
    const r = await t.call(
      'donors.import',
      {
        donors: [
          person('فرهاد', 'مظفری‌نیا', { mobile: '09131112222', city: 'ابهر', tags: ['نذری'] }),
          { kind: 'organisation', orgName: 'شرکت فولاد درخشان', tags: ['سالانه'] },
        ],
      },
      tokens.admin,
    );
    expect(r.created).toBe(2);
    const search = async (query: string) => (await t.call('donors.search', { query }, tokens.admin)).items.map((i) => i.displayName);
    expect(await search('مظفری')).toEqual(['فرهاد مظفری‌نیا']);
    expect(await search('09131112222')).toEqual(['فرهاد مظفری‌نیا']);
    expect(await search('نذری')).toEqual(['فرهاد مظفری‌نیا']);
    expect(await search('درخشان')).toEqual(['شرکت فولاد درخشان']);
    t.core.db().prepare("INSERT INTO donors_fts(donors_fts, rank) VALUES ('integrity-check', 1)").run();
    expect((await t.call('donors.facets', {}, tokens.admin)).cities).toContain('ابهر');
  });
});

describe('duplicates', () => {
  async function setUpExisting() {
    const nid = nextNationalId();
    const existing = await t.call('donors.create', { donor: person('علی', 'کریمی', { nationalId: nid, mobile: '09121234567' }) }, tokens.admin);
    const newId = nextNationalId();
    const batch: DonorInput[] = [
      person('رضا', 'احمدی'), // 0: saved
      person('حسن', 'کریمی', { nationalId: nid }), // 1: national ID of the existing donor
      person('مریم', 'نوری', { nationalId: newId }), // 2: saved
      person('مریم', 'نوری‌زاده', { nationalId: newId.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'.charAt(Number(d))) }), // 3: same as row 2
      person('زهرا', 'کریمی', { mobile: '+98 912 123 4567' }), // 4: existing donor's mobile
      person('سارا', 'رضایی', { mobile: '09359998877' }), // 5: saved
      person('نرگس', 'رضایی', { mobile: '09359998877' }), // 6: same mobile as row 5
      person('حسین', 'کریمی', { nationalId: nid, mobile: '09121234567' }), // 7: both; the national ID decides
    ];
    return { existing, batch };
  }

  test('against the database and within the batch: skipped, reported with the right index, not saved', async () => {
    const { existing, batch } = await setUpExisting();
    const donorsBefore = count(t, 'donors');
    const r = await t.call('donors.import', { donors: batch }, tokens.manager);
    expect(r.created).toBe(3);
    expect(count(t, 'donors')).toBe(donorsBefore + 3);
    expect(importAudit()).toHaveLength(3);

    const saved = await t.call('donors.search', { status: 'all', limit: 200 }, tokens.admin);
    const idOf = (name: string) => saved.items.find((i) => i.displayName === name)!.id;
    expect(saved.items.map((i) => i.displayName).sort()).toEqual(['علی کریمی', 'رضا احمدی', 'مریم نوری', 'سارا رضایی'].sort());

    expect(r.skipped.map((s) => [s.index, s.reason])).toEqual([
      [1, 'nationalId'],
      [3, 'nationalId'],
      [4, 'mobile'],
      [6, 'mobile'],
      [7, 'nationalId'],
    ]);
    const byIndex = new Map(r.skipped.map((s) => [s.index, s.matches]));
    expect(byIndex.get(1)).toEqual([{ id: existing.id, displayName: 'علی کریمی', field: 'nationalId', archived: false }]);
    expect(byIndex.get(3)).toEqual([{ id: idOf('مریم نوری'), displayName: 'مریم نوری', field: 'nationalId', archived: false }]);
    expect(byIndex.get(4)).toEqual([{ id: existing.id, displayName: 'علی کریمی', field: 'mobile', archived: false }]);
    expect(byIndex.get(6)).toEqual([{ id: idOf('سارا رضایی'), displayName: 'سارا رضایی', field: 'mobile', archived: false }]);
    expect(byIndex.get(7)!.map((m) => m.field).sort()).toEqual(['mobile', 'nationalId']);
  });

  test('a shared mobile is saved when the user accepted shared mobiles; a shared national ID never is', async () => {
    const { existing, batch } = await setUpExisting();
    const r = await t.call('donors.import', { donors: batch, acceptSharedMobiles: true }, tokens.admin);
    expect(r.created).toBe(5);
    expect(r.skipped.map((s) => [s.index, s.reason])).toEqual([
      [1, 'nationalId'],
      [3, 'nationalId'],
      [7, 'nationalId'],
    ]);
    const sharers = await t.call('donors.search', { query: '09121234567' }, tokens.admin);
    expect(sharers.items.map((i) => i.id)).toContain(existing.id);
    expect(sharers.total).toBe(2);
  });

  test('an archived donor still counts, and is marked archived', async () => {
    const nid = nextNationalId();
    const old = await t.call('donors.create', { donor: person('علی', 'کریمی', { nationalId: nid }) }, tokens.admin);
    await t.call('donors.archive', { id: old.id }, tokens.admin);
    const r = await t.call('donors.import', { donors: [person('علی', 'کریمی', { nationalId: nid })] }, tokens.admin);
    expect(r).toEqual({ created: 0, skipped: [{ index: 0, reason: 'nationalId', matches: [{ id: old.id, displayName: 'علی کریمی', field: 'nationalId', archived: true }] }] });
  });
});

describe('refusals', () => {
  test('one invalid row refuses the batch: VALIDATION naming the row, nothing saved', async () => {
    const rows: DonorInput[] = Array.from({ length: 20 }, (_, i) => person('رضا', `احمدی ${i}`, { nationalId: nextNationalId() }));
    rows[12] = person('علی', 'کریمی', { nationalId: breakCheckDigit(nextNationalId()) });
    rows[15] = { kind: 'person', lastName: 'بی‌نام' };
    const before = fingerprint(t);
    const err = await t.fail('donors.import', { donors: rows }, tokens.admin);
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(err.fields?.['donors.12.nationalId'], JSON.stringify(err.fields)).toMatch(PERSIAN_LETTERS);
    expect(err.fieldKeys?.['donors.12.nationalId']?.key).toBe('v.nationalId.checksum');
    expect(err.fieldKeys?.['donors.15.firstName']?.key).toBe('v.donor.nameRequired');
    expect(fingerprint(t)).toEqual(before);
  });

  test('an empty batch or more than 1000 rows is VALIDATION; nothing saved', async () => {
    const before = fingerprint(t);
    expect((await t.fail('donors.import', { donors: [] }, tokens.admin)).code).toBe('VALIDATION');
    const many = Array.from({ length: 1001 }, (_, i) => person('رضا', `احمدی ${i}`));
    expect((await t.fail('donors.import', { donors: many }, tokens.admin)).code).toBe('VALIDATION');
    expect(fingerprint(t)).toEqual(before);
  });

  test('a volunteer or caseworker may not import: FORBIDDEN, nothing saved', async () => {
    const before = fingerprint(t);
    for (const role of ['volunteer', 'caseworker'] as const) {
      const err = await t.fail('donors.import', { donors: [person('علی', 'کریمی')] }, tokens[role]);
      expect(err.code).toBe('FORBIDDEN');
      expect(err.message).toMatch(PERSIAN_LETTERS);
    }
    expect((await t.fail('donors.import', { donors: [person('علی', 'کریمی')] }, null)).code).toBe('UNAUTHENTICATED');
    expect(fingerprint(t)).toEqual(before);
  });
});
