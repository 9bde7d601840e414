// The audit log: one row per change, with who and before/after; filters by record and by the
// centre's local (Tehran) calendar day; refused calls leave no trace.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Role } from '../../shared/contract/index.ts';
import type { AuditEntry } from '../../shared/contract/audit.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { breakCheckDigit, count, manualClock, nextNationalId, person, userIdOf } from '../helpers/fixtures.ts';

let t: TestCore;
let tokens: Record<Role, string>;
let clock: ReturnType<typeof manualClock>;

beforeEach(async () => {
  clock = manualClock('2026-11-20T08:00:00Z');
  t = await makeTestCore({ clock });
  tokens = await setUpCentre(t);
});
afterEach(() => t.close());

async function newRows(since: number): Promise<AuditEntry[]> {
  const all = await t.call('audit.list', { limit: 200 }, tokens.admin);
  return all.items.filter((r) => r.id > since).sort((a, b) => a.id - b.id);
}
async function lastId(): Promise<number> {
  return (await t.call('audit.list', { limit: 1 }, tokens.admin)).items[0]?.id ?? 0;
}

describe('one row per change', () => {
  test('create, update, archive and restore each write exactly one row with before and after', async () => {
    const treasurerId = userIdOf(t, 'treasurer1');
    const caseworkerId = userIdOf(t, 'caseworker1');

    let mark = await lastId();
    clock.advance(60_000);
    const created = await t.call('donors.create', { donor: person('علی', 'کریمی', { nationalId: nextNationalId(), tags: ['ماهانه'] }) }, tokens.treasurer);
    let rows = await newRows(mark);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'create',
      entity: 'donor',
      entityId: created.id,
      userId: treasurerId,
      username: 'treasurer1',
      before: null,
      after: created,
      at: clock.now().toISOString(),
    });

    mark = rows[0]!.id;
    clock.advance(60_000);
    const updated = await t.call('donors.update', { id: created.id, donor: person('علی', 'کریمی‌نژاد', { nationalId: created.nationalId }) }, tokens.treasurer);
    rows = await newRows(mark);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'update', entity: 'donor', entityId: created.id, userId: treasurerId, before: created, after: updated });

    mark = rows[0]!.id;
    clock.advance(60_000);
    const archived = await t.call('donors.archive', { id: created.id }, tokens.caseworker);
    rows = await newRows(mark);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'archive', entity: 'donor', entityId: created.id, userId: caseworkerId, username: 'caseworker1', before: updated, after: archived });
    expect((rows[0]!.before as { archivedAt: string | null }).archivedAt).toBeNull();
    expect((rows[0]!.after as { archivedAt: string | null }).archivedAt).toBe(clock.now().toISOString());

    mark = rows[0]!.id;
    clock.advance(60_000);
    const restored = await t.call('donors.restore', { id: created.id }, tokens.admin);
    rows = await newRows(mark);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'restore', entity: 'donor', entityId: created.id, userId: userIdOf(t, 'admin'), before: archived, after: restored });
  });

  test('the rows sit in the same database file, as JSON, with the centre id', async () => {
    const d = await t.call('donors.create', { donor: person('زهرا', 'نوری') }, tokens.volunteer);
    const row = t.core.db().prepare("SELECT * FROM audit_log WHERE entity = 'donor' AND entity_id = ?").get(d.id) as Record<string, unknown>;
    expect(JSON.parse(row.after_json as string)).toEqual(d);
    expect(row.before_json).toBeNull();
    expect(row.centre_id).toBe(d.originCentreId);
  });
});

describe('refused calls leave no trace', () => {
  test('validation, duplicate, conflict, not found, forbidden and unauthenticated calls write no rows', async () => {
    const nationalId = nextNationalId();
    const d = await t.call('donors.create', { donor: person('علی', 'کریمی', { nationalId, mobile: '09121234567' }) }, tokens.admin);
    await t.call('donors.archive', { id: d.id }, tokens.admin);
    const before = count(t, 'audit_log');
    const refused: [string, unknown, string | null][] = [
      ['donors.create', { donor: person('علی', 'کریمی', { nationalId: breakCheckDigit(nationalId) }) }, tokens.admin],
      ['donors.create', { donor: person('رضا', 'احمدی', { nationalId }) }, tokens.admin],
      ['donors.create', { donor: person('رضا', 'احمدی', { mobile: '09121234567' }) }, tokens.admin],
      ['donors.update', { id: d.id, donor: person('علی', 'کریمی') }, tokens.admin],
      ['donors.archive', { id: d.id }, tokens.admin],
      ['donors.get', { id: '00000000-0000-4000-8000-000000000000' }, tokens.admin],
      ['donors.restore', { id: d.id }, tokens.volunteer],
      ['users.create', { username: 'x-user', displayName: 'ایکس', role: 'admin', password: 'x-user-pass-1' }, tokens.manager],
      ['users.update', { id: userIdOf(t, 'admin'), displayName: 'مدیر', role: 'manager', active: true }, tokens.admin],
      ['users.create', { username: 'volunteer1', displayName: 'تکراری', role: 'volunteer', password: 'another-pass-1' }, tokens.admin],
      ['settings.update', { moneyUnit: 'toman' }, tokens.treasurer],
      ['donors.create', { donor: person('رضا', 'احمدی') }, null],
      ['auth.changePassword', { current: 'wrong-current', next: 'new-pass-1405' }, tokens.volunteer],
      ['setup.init', { centre: { name: 'م', province: 'ق', city: 'ق' }, admin: { username: 'abc', displayName: 'ا', password: '12345678' }, sampleData: false }, null],
      ['backup.restore', { base64: Buffer.from('not sqlite at all').toString('base64') }, tokens.admin],
    ];
    for (const [channel, input, token] of refused) {
      const r = await t.raw(channel, input, token);
      expect(r.ok, channel).toBe(false);
      expect(count(t, 'audit_log'), `${channel} wrote an audit row`).toBe(before);
    }
  });
});

describe('audit.list filters', () => {
  test('by entity and entity id, newest first, paged', async () => {
    const a = await t.call('donors.create', { donor: person('علی', 'کریمی') }, tokens.admin);
    const b = await t.call('donors.create', { donor: person('رضا', 'احمدی') }, tokens.admin);
    await t.call('donors.update', { id: a.id, donor: person('علی', 'کریمیان') }, tokens.admin);
    await t.call('donors.archive', { id: a.id }, tokens.admin);

    const forA = await t.call('audit.list', { entity: 'donor', entityId: a.id }, tokens.admin);
    expect(forA.total).toBe(3);
    expect(forA.items.map((r) => r.action)).toEqual(['archive', 'update', 'create']);
    expect(forA.items.every((r) => r.entityId === a.id)).toBe(true);

    const donors = await t.call('audit.list', { entity: 'donor' }, tokens.admin);
    expect(donors.total).toBe(4);
    expect(new Set(donors.items.map((r) => r.entityId))).toEqual(new Set([a.id, b.id]));

    const users = await t.call('audit.list', { entity: 'user' }, tokens.admin);
    expect(users.items.every((r) => r.entity === 'user')).toBe(true);
    expect(users.total).toBeGreaterThan(0);

    const page1 = await t.call('audit.list', { entity: 'donor', limit: 3, offset: 0 }, tokens.admin);
    const page2 = await t.call('audit.list', { entity: 'donor', limit: 3, offset: 3 }, tokens.admin);
    expect(page1.total).toBe(4);
    expect([...page1.items, ...page2.items].map((r) => r.id)).toEqual(donors.items.map((r) => r.id));

    const byUser = await t.call('audit.list', { userId: userIdOf(t, 'admin'), entity: 'donor' }, tokens.admin);
    expect(byUser.total).toBe(4);
    expect((await t.call('audit.list', { userId: userIdOf(t, 'volunteer1'), entity: 'donor' }, tokens.admin)).total).toBe(0);
  });

  test('by local (Tehran, UTC+03:30) calendar day: 2026-11-23T21:00Z belongs to 2026-11-24', async () => {
    // The clock jumps by up to a day, beyond the 12-hour idle limit of a session: sign in anew.
    let token = tokens.admin;
    const at = async (iso: string, first: string) => {
      clock.set(iso);
      token = (await t.call('auth.signIn', { username: 'admin', password: 'admin-pass-1405' })).token;
      return (await t.call('donors.create', { donor: person(first, 'روزانه') }, token)).id;
    };
    // 23:59 Tehran time on the 23rd; 00:30 and 23:59 on the 24th; 00:00 on the 25th
    const late23 = await at('2026-11-23T20:29:59Z', 'الف');
    const early24 = await at('2026-11-23T21:00:00Z', 'ب');
    const late24 = await at('2026-11-24T20:29:59Z', 'پ');
    const start25 = await at('2026-11-24T20:30:00Z', 'ت');

    const day = async (from?: string, to?: string) => {
      const r = await t.call('audit.list', { entity: 'donor', ...(from ? { from } : {}), ...(to ? { to } : {}) }, token);
      return r.items.map((i) => i.entityId).reverse();
    };
    expect(await day('2026-11-24', '2026-11-24')).toEqual([early24, late24]);
    expect(await day('2026-11-23', '2026-11-23')).toEqual([late23]);
    expect(await day('2026-11-25', '2026-11-25')).toEqual([start25]);
    expect(await day('2026-11-23', '2026-11-24')).toEqual([late23, early24, late24]);
    expect(await day('2026-11-24')).toEqual([early24, late24, start25]);
    expect(await day(undefined, '2026-11-23')).toEqual([late23]);
    expect(await day('2026-11-26', '2026-11-30')).toEqual([]);
    // a day the calendar does not have is refused, not guessed
    expect((await t.fail('audit.list', { from: '2026-02-30' }, token)).code).toBe('VALIDATION');
    expect((await t.fail('audit.list', { from: '1405/09/03' }, token)).code).toBe('VALIDATION');
  });
});
