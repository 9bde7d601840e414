// First run, sign-in, sessions and user management.
import { afterEach, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { makeTestCore, setUpCentre, ADMIN, CENTRE, type TestCore } from '../helpers/core.ts';
import { allDonors, count, fingerprint, manualClock, independentLegalIdOk, independentNationalIdOk, PERSIAN_LETTERS, userIdOf } from '../helpers/fixtures.ts';

const open: TestCore[] = [];
async function fresh(): Promise<TestCore> {
  const t = await makeTestCore();
  open.push(t);
  return t;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

describe('setup', () => {
  test('status says not initialised before setup, and names the centre after', async () => {
    const t = await fresh();
    expect(await t.call('setup.status', {})).toEqual({ initialized: false, centre: null });
    const { centreId } = await t.call('setup.init', { centre: CENTRE, admin: ADMIN, sampleData: false });
    expect(await t.call('setup.status', {})).toEqual({ initialized: true, centre: { id: centreId, ...CENTRE } });
    // status needs no input at all
    expect((await t.raw('setup.status', undefined)).ok).toBe(true);
  });

  test('a second setup.init is refused with CONFLICT and changes nothing', async () => {
    const t = await fresh();
    await t.call('setup.init', { centre: CENTRE, admin: ADMIN, sampleData: false });
    const before = fingerprint(t);
    const err = await t.fail('setup.init', {
      centre: { name: 'مرکز دیگر', province: 'قم', city: 'قم' },
      admin: { username: 'other', displayName: 'دیگری', password: 'other-pass-1405' },
      sampleData: true,
    });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
    // the original administrator still signs in; the would-be second one does not exist
    await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect((await t.fail('auth.signIn', { username: 'other', password: 'other-pass-1405' })).code).toBe('UNAUTHENTICATED');
  });

  test('setup without sample data has no donors; the administrator is the only user', async () => {
    const t = await fresh();
    const r = await t.call('setup.init', { centre: CENTRE, admin: ADMIN, sampleData: false });
    expect(r.sampleDonors).toBe(0);
    expect(count(t, 'donors')).toBe(0);
    expect(count(t, 'users')).toBe(1);
  });

  test('sample data: 300 donors with valid, unique IDs and well-formed mobiles', async () => {
    const t = await fresh();
    const r = await t.call('setup.init', { centre: CENTRE, admin: ADMIN, sampleData: true });
    expect(r.sampleDonors).toBe(300);
    const { token } = await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    const donors = await allDonors(t, token);
    expect(donors).toHaveLength(300);
    expect(count(t, 'donors')).toBe(300);

    // the independent check-digit implementations agree with known published examples
    expect(independentNationalIdOk('0499370899')).toBe(true);
    expect(independentNationalIdOk('0499370898')).toBe(false);
    expect(independentLegalIdOk('10380284790')).toBe(true);
    expect(independentLegalIdOk('10380284791')).toBe(false);

    const withId = donors.filter((d) => d.nationalId !== null);
    expect(withId.length).toBeGreaterThan(200);
    for (const d of withId) {
      const ok = d.kind === 'person' ? independentNationalIdOk(d.nationalId!) : independentLegalIdOk(d.nationalId!);
      expect(ok, `${d.kind} ${d.nationalId}`).toBe(true);
    }
    expect(new Set(withId.map((d) => d.nationalId)).size).toBe(withId.length);

    const withMobile = donors.filter((d) => d.mobile !== null);
    expect(withMobile.length).toBeGreaterThan(200);
    for (const d of withMobile) expect(d.mobile).toMatch(/^09\d{9}$/);
    expect(new Set(withMobile.map((d) => d.mobile)).size).toBe(withMobile.length);

    // both kinds occur, and names are Persian
    expect(donors.some((d) => d.kind === 'organisation')).toBe(true);
    expect(donors.some((d) => d.kind === 'person')).toBe(true);
    for (const d of donors) expect(d.displayName).toMatch(PERSIAN_LETTERS);
  });

  test('channels other than setup and sign-in refuse before setup', async () => {
    const t = await fresh();
    expect((await t.fail('donors.search', {}, null)).code).toBe('UNAUTHENTICATED');
    expect((await t.fail('auth.signIn', { username: 'admin', password: 'whatever-1' })).code).toBe('UNAUTHENTICATED');
  });
});

describe('sign-in', () => {
  test('the right password gives a session for the right user', async () => {
    const t = await fresh();
    await setUpCentre(t);
    const r = await t.call('auth.signIn', { username: '  ADMIN ', password: ADMIN.password });
    expect(r.user).toMatchObject({ username: 'admin', role: 'admin', displayName: ADMIN.displayName });
    expect(await t.call('auth.me', {}, r.token)).toEqual(r.user);
  });

  test('a wrong password is UNAUTHENTICATED with a Persian message and a signInFailed audit row', async () => {
    const t = await fresh();
    const tokens = await setUpCentre(t);
    const auditBefore = count(t, 'audit_log');
    const err = await t.fail('auth.signIn', { username: ADMIN.username, password: 'wrong-password' });
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(count(t, 'audit_log')).toBe(auditBefore + 1);
    const log = await t.call('audit.list', { entity: 'user', limit: 1 }, tokens.admin);
    expect(log.items[0]).toMatchObject({ action: 'signInFailed', entity: 'user', entityId: userIdOf(t, 'admin'), after: { username: 'admin' } });

    // an unknown username gets the same answer (no hint which part was wrong) and is recorded
    const err2 = await t.fail('auth.signIn', { username: 'nobody', password: 'wrong-password' });
    expect(err2.code).toBe('UNAUTHENTICATED');
    expect(err2.message).toBe(err.message);
    const log2 = await t.call('audit.list', { entity: 'user', limit: 1 }, tokens.admin);
    expect(log2.items[0]).toMatchObject({ action: 'signInFailed', entityId: null, after: { username: 'nobody' } });
  });

  test('a deactivated user cannot sign in, and their open session ends', async () => {
    const t = await fresh();
    const tokens = await setUpCentre(t);
    const id = userIdOf(t, 'volunteer1');
    expect((await t.call('auth.me', {}, tokens.volunteer)).username).toBe('volunteer1');
    await t.call('users.update', { id, displayName: 'کاربر volunteer', role: 'volunteer', active: false }, tokens.admin);
    expect((await t.fail('auth.me', {}, tokens.volunteer)).code).toBe('UNAUTHENTICATED');
    const err = await t.fail('auth.signIn', { username: 'volunteer1', password: 'volunteer-pass-1405' });
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.key).toBe('auth.inactive');
    expect(err.message).toMatch(PERSIAN_LETTERS);
    // reactivated, the same password works again
    await t.call('users.update', { id, displayName: 'کاربر volunteer', role: 'volunteer', active: true }, tokens.admin);
    await t.call('auth.signIn', { username: 'volunteer1', password: 'volunteer-pass-1405' });
  });

  test('a change of role ends the user’s sessions; a change of display name does not', async () => {
    const t = await fresh();
    const tokens = await setUpCentre(t);
    const id = userIdOf(t, 'treasurer1');
    await t.call('users.update', { id, displayName: 'خزانه‌دار مرکز', role: 'treasurer', active: true }, tokens.admin);
    expect(await t.call('auth.me', {}, tokens.treasurer)).toMatchObject({ role: 'treasurer', displayName: 'خزانه‌دار مرکز' });

    await t.call('users.update', { id, displayName: 'خزانه‌دار مرکز', role: 'caseworker', active: true }, tokens.admin);
    expect((await t.fail('auth.me', {}, tokens.treasurer)).code).toBe('UNAUTHENTICATED');
    const again = await t.call('auth.signIn', { username: 'treasurer1', password: 'treasurer-pass-1405' });
    expect(again.user.role).toBe('caseworker');
  });

  test('the last active administrator cannot be demoted or deactivated', async () => {
    const t = await fresh();
    const tokens = await setUpCentre(t);
    const adminId = userIdOf(t, 'admin');
    const before = fingerprint(t);
    for (const change of [
      { role: 'manager' as const, active: true },
      { role: 'admin' as const, active: false },
      { role: 'volunteer' as const, active: false },
    ]) {
      const err = await t.fail('users.update', { id: adminId, displayName: ADMIN.displayName, ...change }, tokens.admin);
      expect(err.code).toBe('CONFLICT');
      expect(err.message).toMatch(PERSIAN_LETTERS);
    }
    expect(fingerprint(t)).toEqual(before);

    // an inactive second administrator does not count
    const second = await t.call('users.create', { username: 'admin2', displayName: 'مدیر دوم', role: 'admin', password: 'admin2-pass-1405' }, tokens.admin);
    await t.call('users.update', { id: second.id, displayName: 'مدیر دوم', role: 'admin', active: false }, tokens.admin);
    expect((await t.fail('users.update', { id: adminId, displayName: ADMIN.displayName, role: 'manager', active: true }, tokens.admin)).code).toBe('CONFLICT');

    // once another active administrator exists, the first may step down
    await t.call('users.update', { id: second.id, displayName: 'مدیر دوم', role: 'admin', active: true }, tokens.admin);
    const demoted = await t.call('users.update', { id: adminId, displayName: ADMIN.displayName, role: 'manager', active: true }, tokens.admin);
    expect(demoted.role).toBe('manager');
    // ... which ends their own session too
    expect((await t.fail('users.list', {}, tokens.admin)).code).toBe('UNAUTHENTICATED');
  });

  test('passwords are stored as salted scrypt hashes, never as given', async () => {
    const t = await fresh();
    const tokens = await setUpCentre(t);
    await t.call('users.create', { username: 'twin', displayName: 'همزاد', role: 'volunteer', password: ADMIN.password }, tokens.admin);
    const file = t.core.services.dbFile;
    const db = new Database(file, { readonly: true });
    try {
      const rows = db.prepare('SELECT username, password_hash FROM users').all() as { username: string; password_hash: string }[];
      expect(rows.length).toBe(6);
      const passwords = [ADMIN.password, 'manager-pass-1405', 'treasurer-pass-1405', 'caseworker-pass-1405', 'volunteer-pass-1405'];
      for (const r of rows) {
        expect(r.password_hash.startsWith('scrypt$')).toBe(true);
        for (const p of passwords) expect(r.password_hash).not.toContain(p);
      }
      // the same password for two users gives two different hashes (a salt)
      const byName = new Map(rows.map((r) => [r.username, r.password_hash]));
      expect(byName.get('twin')).not.toBe(byName.get('admin'));
    } finally {
      db.close();
    }
  });

  test('changePassword: a wrong current password is VALIDATION on field current; the right one switches passwords', async () => {
    const t = await fresh();
    const tokens = await setUpCentre(t);
    const before = fingerprint(t);
    const err = await t.fail('auth.changePassword', { current: 'not-my-password', next: 'brand-new-pass-1' }, tokens.manager);
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.current).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);

    // too short a new password
    expect((await t.fail('auth.changePassword', { current: 'manager-pass-1405', next: 'short' }, tokens.manager)).fields?.next).toMatch(PERSIAN_LETTERS);

    await t.call('auth.changePassword', { current: 'manager-pass-1405', next: 'brand-new-pass-1' }, tokens.manager);
    expect((await t.fail('auth.signIn', { username: 'manager1', password: 'manager-pass-1405' })).code).toBe('UNAUTHENTICATED');
    await t.call('auth.signIn', { username: 'manager1', password: 'brand-new-pass-1' });
    const hash = (t.core.db().prepare("SELECT password_hash FROM users WHERE username = 'manager1'").get() as { password_hash: string }).password_hash;
    expect(hash.startsWith('scrypt$')).toBe(true);
    expect(hash).not.toContain('brand-new-pass-1');
  });

  test('resetPassword by the administrator ends the user’s sessions and sets the new password', async () => {
    const t = await fresh();
    const tokens = await setUpCentre(t);
    await t.call('users.resetPassword', { id: userIdOf(t, 'caseworker1'), password: 'reset-pass-1405' }, tokens.admin);
    expect((await t.fail('auth.me', {}, tokens.caseworker)).code).toBe('UNAUTHENTICATED');
    expect((await t.fail('auth.signIn', { username: 'caseworker1', password: 'caseworker-pass-1405' })).code).toBe('UNAUTHENTICATED');
    await t.call('auth.signIn', { username: 'caseworker1', password: 'reset-pass-1405' });
  });

  test('a username already taken (in any letter case) is VALIDATION on field username', async () => {
    const t = await fresh();
    const tokens = await setUpCentre(t);
    const before = fingerprint(t);
    for (const username of ['volunteer1', 'VOLUNTEER1', ' admin ']) {
      const err = await t.fail('users.create', { username, displayName: 'تکراری', role: 'volunteer', password: 'another-pass-1' }, tokens.admin);
      expect(err.code).toBe('VALIDATION');
      expect(Object.keys(err.fields ?? {})).toEqual(['username']);
      expect(err.fields!.username).toMatch(PERSIAN_LETTERS);
    }
    expect(fingerprint(t)).toEqual(before);
  });

  test('a session ends after 12 hours without use, and lives on while it is used', async () => {
    const clock = manualClock('2026-11-24T06:00:00Z');
    const t = await makeTestCore({ clock });
    open.push(t);
    const tokens = await setUpCentre(t);
    for (let hour = 0; hour < 30; hour += 6) {
      clock.advance(6 * 3600_000);
      expect((await t.call('auth.me', {}, tokens.admin)).username).toBe('admin');
    }
    clock.advance(12 * 3600_000);
    expect((await t.fail('auth.me', {}, tokens.admin)).code).toBe('UNAUTHENTICATED');
    expect((await t.fail('auth.me', {}, tokens.volunteer)).code).toBe('UNAUTHENTICATED');
  });

  test('sign-out ends only that session', async () => {
    const t = await fresh();
    const tokens = await setUpCentre(t);
    const second = await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    await t.call('auth.signOut', {}, tokens.admin);
    expect((await t.fail('auth.me', {}, tokens.admin)).code).toBe('UNAUTHENTICATED');
    expect((await t.call('auth.me', {}, second.token)).username).toBe('admin');
  });

  test('setLocale is kept for the session and the next sign-in', async () => {
    const t = await fresh();
    const tokens = await setUpCentre(t);
    expect((await t.call('auth.setLocale', { locale: 'en' }, tokens.treasurer)).locale).toBe('en');
    expect((await t.call('auth.me', {}, tokens.treasurer)).locale).toBe('en');
    expect((await t.call('auth.signIn', { username: 'treasurer1', password: 'treasurer-pass-1405' })).user.locale).toBe('en');
  });
});
