// Beneficiary households: the duplicate-ID guard across heads and members, bad input refused
// with nothing saved, sensitive fields for the roles that may see them only (every channel,
// every role), the audited read, and search.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InputOf, Role } from '../../shared/contract/index.ts';
import { ROLES } from '../../shared/contract/channel.ts';
import { SENSITIVE_ROLES, CASE_ROLES } from '../../shared/contract/households.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { fingerprint, manualClock, nextNationalId, PERSIAN_LETTERS, userIdOf } from '../helpers/fixtures.ts';

type HouseholdInput = InputOf<'households.create'>['household'];
const clock = manualClock('2026-01-10T08:00:00Z'); // 20 Dey 1404
const HEALTH = 'دیابت نوع دو';
const DISABILITY = 'نابینایی';

export function household(headId: string, extra: Partial<HouseholdInput> = {}): HouseholdInput {
  return {
    head: { firstName: 'فاطمه', lastName: 'رضایی', nationalId: headId, birthDate: '1980-05-01', sex: 'female', mobile: '09121234567' },
    city: 'زنجان',
    housingStatus: 'tenant',
    monthlyRent: 30_000_000,
    agency: 'relief',
    agencyFileNo: 'ام-۱۲۳۴',
    groups: ['womanHead', 'disability'],
    disabilityKind: DISABILITY,
    disabilitySeverity: 'severe',
    monthlyIncome: 45_000_000,
    members: [{ firstName: 'سارا', lastName: 'رضایی', relation: 'child', sex: 'female', nationalId: nextNationalId(), birthDate: '2010-02-02', health: HEALTH }],
    ...extra,
  };
}

let t: TestCore;
let tokens: Record<Role, string>;
beforeAll(async () => {
  t = await makeTestCore({ clock });
  tokens = await setUpCentre(t);
});
afterAll(() => t.close());

const sees = (r: Role) => (SENSITIVE_ROLES as readonly Role[]).includes(r);
const canChange = (r: Role) => (CASE_ROLES as readonly Role[]).includes(r);

describe('duplicate national IDs', () => {
  test('a head already a member elsewhere, a member already a head elsewhere: DUPLICATE, nothing saved', async () => {
    const a = await t.call('households.create', { household: household(nextNationalId()) }, tokens.caseworker);
    const memberId = a.members[0]!.nationalId!;

    let before = fingerprint(t);
    let err = await t.fail('households.create', { household: household(memberId) }, tokens.caseworker);
    expect(err.code).toBe('DUPLICATE');
    expect(err.key).toBe('households.duplicateId');
    expect(err.params).toMatchObject({ as: 'عضو', name: 'فاطمه رضایی' });
    expect(err.message).toContain('عضو خانوار «فاطمه رضایی»');
    expect(err.message).toMatch(/[۰-۹]{10}/);
    expect(err.details).toEqual({ matches: [{ householdId: a.id, displayName: 'فاطمه رضایی', as: 'member', nationalId: memberId }] });
    expect(fingerprint(t)).toEqual(before);

    before = fingerprint(t);
    const h = household(nextNationalId());
    h.members = [{ firstName: 'علی', lastName: 'محمدی', relation: 'spouse', sex: 'male', nationalId: a.head.nationalId }];
    err = await t.fail('households.create', { household: h }, tokens.caseworker);
    expect(err.code).toBe('DUPLICATE');
    expect(err.params).toMatchObject({ as: 'سرپرست' });
    expect(err.fieldKeys?.['household.members.0.nationalId']?.key).toBe('households.duplicateId');
    expect(fingerprint(t)).toEqual(before);

    // still blocked after the first household is archived
    await t.call('households.archive', { id: a.id }, tokens.caseworker);
    expect((await t.fail('households.create', { household: household(a.head.nationalId) }, tokens.caseworker)).code).toBe('DUPLICATE');
    // … and an update of another household cannot take it either
    const b = await t.call('households.create', { household: household(nextNationalId()) }, tokens.caseworker);
    const upd = household(b.head.nationalId, { members: [{ firstName: 'x', lastName: 'y', relation: 'other', sex: 'male', nationalId: memberId }] });
    expect((await t.fail('households.update', { id: b.id, household: upd }, tokens.caseworker)).code).toBe('DUPLICATE');
  });

  test('the same ID twice in one household: VALIDATION sameIdTwice', async () => {
    const id = nextNationalId();
    const h = household(id);
    h.members = [{ firstName: 'علی', lastName: 'رضایی', relation: 'spouse', sex: 'male', nationalId: id }];
    const before = fingerprint(t);
    const err = await t.fail('households.create', { household: h }, tokens.admin);
    expect(err.code).toBe('VALIDATION');
    expect(err.key).toBe('households.sameIdTwice');
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
    const twoMembers = household(nextNationalId());
    const m = nextNationalId();
    twoMembers.members = [1, 2].map((i) => ({ firstName: `ف${i}`, lastName: 'ر', relation: 'child' as const, sex: 'male' as const, nationalId: m }));
    expect((await t.fail('households.create', { household: twoMembers }, tokens.admin)).key).toBe('households.sameIdTwice');
  });

  test('an update keeps its own IDs, swaps members and frees a removed member\'s ID', async () => {
    const h = await t.call('households.create', { household: household(nextNationalId()) }, tokens.admin);
    const freed = h.members[0]!.nationalId!;
    const input = household(h.head.nationalId, { members: [{ id: h.members[0]!.id, firstName: 'سارا', lastName: 'رضایی', relation: 'child', sex: 'female', birthDate: '2010-02-02' }] });
    clock.advance(1000);
    const after = await t.call('households.update', { id: h.id, expectedUpdatedAt: h.updatedAt, household: input }, tokens.admin);
    expect(after.members[0]!.id).toBe(h.members[0]!.id);
    expect(after.members[0]!.nationalId).toBeNull();
    await t.call('households.create', { household: household(freed, { members: [] }) }, tokens.admin);
    expect((await t.fail('households.update', { id: h.id, expectedUpdatedAt: h.updatedAt, household: input }, tokens.admin)).key).toBe('households.stale');
  });
});

describe('bad input is refused with a Persian message and nothing saved', () => {
  const member = (relation: 'child' | 'parent' | 'spouse', birthDate: string) => ({ firstName: 'م', lastName: 'ن', relation, sex: 'male' as const, birthDate });
  test.each<[string, (id: string) => HouseholdInput, string, string]>([
    ['head born tomorrow', (id) => household(id, { head: { ...household(id).head, birthDate: '2026-01-11' } }), 'household.head.birthDate', 'v.household.birthFuture'],
    ['member born in the future', (id) => household(id, { members: [member('spouse', '2027-01-01')] }), 'household.members.0.birthDate', 'v.household.birthFuture'],
    ['child born before the head', (id) => household(id, { members: [member('child', '1975-01-01')] }), 'household.members.0.birthDate', 'v.household.memberOlder'],
    ['child born 10 years after the head', (id) => household(id, { members: [member('child', '1990-05-01')] }), 'household.members.0.birthDate', 'v.household.memberOlder'],
    ['parent born after the head', (id) => household(id, { members: [member('parent', '1985-01-01')] }), 'household.members.0.birthDate', 'v.household.memberOlder'],
    ['parent 5 years older than the head', (id) => household(id, { members: [member('parent', '1975-05-01')] }), 'household.members.0.birthDate', 'v.household.memberOlder'],
    ['case worker who is a volunteer', (id) => household(id, { caseWorkerId: userIdOf(t, 'volunteer1') }), 'household.caseWorkerId', 'households.caseWorker'],
  ])('%s', async (_label, make, field, key) => {
    const before = fingerprint(t);
    const err = await t.fail('households.create', { household: make(nextNationalId()) }, tokens.manager);
    expect(err.code).toBe('VALIDATION');
    expect(err.fieldKeys?.[field]?.key).toBe(key);
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(err.fields?.[field]).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
  });

  test('the limits themselves are accepted: child exactly 12 years younger, parent 12 older, a real case worker', async () => {
    const h = household(nextNationalId(), {
      members: [member('child', '1992-05-01'), member('parent', '1968-05-01')],
      caseWorkerId: userIdOf(t, 'caseworker1'),
    });
    const out = await t.call('households.create', { household: h }, tokens.manager);
    expect(out.caseWorkerName).toBe('کاربر caseworker');
  });
});

describe('sensitive fields', () => {
  let id: string;
  beforeAll(async () => {
    const h = await t.call('households.create', { household: household(nextNationalId(), { head: { ...household('').head, nationalId: nextNationalId(), lastName: 'حساس‌پور' } }) }, tokens.admin);
    id = h.id;
  });

  function expectVisible(h: { sensitiveVisible: boolean; monthlyIncome: number | null; disabilityKind: string | null; disabilitySeverity: string | null; groups: string[]; members: { health: string | null }[] }, visible: boolean) {
    expect(h.sensitiveVisible).toBe(visible);
    if (visible) {
      expect(h).toMatchObject({ monthlyIncome: 45_000_000, disabilityKind: DISABILITY, disabilitySeverity: 'severe' });
      expect(h.groups).toEqual(['disability', 'womanHead']);
      expect(h.members[0]!.health).toBe(HEALTH);
    } else {
      expect(h).toMatchObject({ monthlyIncome: null, disabilityKind: null, disabilitySeverity: null });
      expect(h.groups).toEqual(['womanHead']);
      expect(h.members[0]!.health).toBeNull();
      const json = JSON.stringify(h);
      for (const secret of [HEALTH, DISABILITY, '45000000', '"disability"', 'severe']) expect(json).not.toContain(secret);
    }
  }

  test.each([...ROLES])('households.get as %s; a sensitive read is audited', async (role) => {
    const count = () => (t.core.db().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'read' AND entity = 'household' AND entity_id = ?").get(id) as { n: number }).n;
    const before = count();
    expectVisible(await t.call('households.get', { id }, tokens[role]), sees(role));
    expect(count()).toBe(before + (sees(role) ? 1 : 0));
    if (sees(role)) {
      const row = t.core.db().prepare("SELECT username FROM audit_log WHERE action = 'read' AND entity_id = ? ORDER BY id DESC LIMIT 1").get(id) as { username: string };
      expect(row.username).toBe(role === 'admin' ? 'admin' : `${role}1`);
    }
  });

  test.each([...ROLES])('households.search as %s', async (role) => {
    const page = await t.call('households.search', { query: 'حساس‌پور' }, tokens[role]);
    expect(page.total).toBe(1);
    expect(page.items[0]!.groups).toEqual(sees(role) ? ['disability', 'womanHead'] : ['womanHead']);
    const byGroup = await t.call('households.search', { query: 'حساس‌پور', group: 'disability' }, tokens[role]);
    expect(byGroup.total).toBe(sees(role) ? 1 : 0);
    expect(JSON.stringify(page)).not.toContain(DISABILITY);
  });

  test.each([...ROLES])('households.export as %s', async (role) => {
    if (!canChange(role)) {
      expect((await t.fail('households.export', { query: 'حساس‌پور', format: 'csv' }, tokens[role])).code).toBe('FORBIDDEN');
      return;
    }
    const csv = await t.call('households.export', { query: 'حساس‌پور', format: 'csv' }, tokens[role]);
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('حساس‌پور');
    expect(text.includes(DISABILITY) && text.includes('45000000')).toBe(sees(role));
    const xlsx = await t.call('households.export', { format: 'xlsx' }, tokens[role]);
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  test.each([...ROLES])('households.create / update / archive / restore outputs as %s', async (role) => {
    if (!canChange(role)) {
      const before = fingerprint(t);
      expect((await t.fail('households.create', { household: household(nextNationalId()) }, tokens[role])).code).toBe('FORBIDDEN');
      expect((await t.fail('households.update', { id, household: household(nextNationalId()) }, tokens[role])).code).toBe('FORBIDDEN');
      expect(fingerprint(t)).toEqual(before);
      return;
    }
    const created = await t.call('households.create', { household: household(nextNationalId()) }, tokens[role]);
    expectVisible(created, sees(role));
    const updated = await t.call('households.update', { id: created.id, household: household(created.head.nationalId, { members: [{ ...created.members[0]!, health: HEALTH }] }) }, tokens[role]);
    expectVisible(updated, sees(role));
    expectVisible(await t.call('households.archive', { id: created.id }, tokens[role]), sees(role));
    expectVisible(await t.call('households.restore', { id: created.id }, tokens[role]), sees(role));
  });
});

describe('search', () => {
  let id: string;
  let memberId: string;
  beforeAll(async () => {
    memberId = nextNationalId();
    const h = await t.call(
      'households.create',
      {
        household: household(nextNationalId(), {
          head: { firstName: 'کبری', lastName: 'یگانه‌نیا', nationalId: nextNationalId(), birthDate: '1970-01-01', sex: 'female' },
          city: 'ابهر',
          agencyFileNo: 'QZ-778899',
          members: [
            { firstName: 'مهدی', lastName: 'یگانه‌نیا', relation: 'child', sex: 'male', nationalId: memberId, birthDate: '2000-01-01' },
            { firstName: 'زینب', lastName: 'یگانه‌نیا', relation: 'child', sex: 'female', birthDate: '2004-01-01' },
          ],
        }),
      },
      tokens.admin,
    );
    id = h.id;
    await t.call('needs.add', { householdId: id, kind: 'housing', priority: 4, recordedOn: '2025-10-12' }, tokens.admin);
    await t.call('needs.add', { householdId: id, kind: 'medical', priority: 2, recordedOn: '2025-12-31' }, tokens.admin);
  });

  test.each([
    ['member name with Arabic letters', 'مهدي'],
    ['head name without ZWNJ', 'یگانهنیا'],
    ['member national ID in Persian digits', () => memberId.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!)],
    ['file number', 'qz-778899'],
    ['city', 'ابهر'],
    ['two letters', 'کب'],
  ])('finds by %s', async (_l, q) => {
    const query = typeof q === 'function' ? q() : q;
    const page = await t.call('households.search', { query }, tokens.volunteer);
    expect(page.items.map((i) => i.id)).toContain(id);
  });

  test('results carry member count, open needs and waiting days; filters', async () => {
    const page = await t.call('households.search', { query: 'یگانه', needKind: 'housing' }, tokens.caseworker);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ memberCount: 2, openNeeds: 2, waitingDays: 90, city: 'ابهر' });
    expect((await t.call('households.search', { query: 'یگانه', needKind: 'education' }, tokens.caseworker)).total).toBe(0);
    expect((await t.call('households.search', { query: 'یگانه', minWaitingDays: 90 }, tokens.caseworker)).total).toBe(1);
    expect((await t.call('households.search', { query: 'یگانه', minWaitingDays: 91 }, tokens.caseworker)).total).toBe(0);
    expect((await t.call('households.search', { city: 'ابهر' }, tokens.caseworker)).total).toBe(1);
    const cw = userIdOf(t, 'caseworker1');
    const ofCw = await t.call('households.search', { caseWorkerId: cw }, tokens.caseworker);
    expect(ofCw.total).toBeGreaterThan(0);
    expect(ofCw.items.every((i) => i.caseWorkerId === cw && i.caseWorkerName === 'کاربر caseworker')).toBe(true);
    // the case workers a household can be given: active users with that role only
    expect(await t.call('users.caseWorkers', {}, tokens.caseworker)).toEqual([{ id: cw, displayName: 'کاربر caseworker' }]);
    const paged = await t.call('households.search', { limit: 2, offset: 0, status: 'all' }, tokens.caseworker);
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBeGreaterThan(2);
  });
});
