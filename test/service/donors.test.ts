// Donors: the record's life (create, update, get, archive, restore), its validation, the
// duplicate guard and the optimistic lock.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/contract/index.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import {
  breakCheckDigit,
  count,
  fingerprint,
  independentLegalIdOk,
  nextNationalId,
  PERSIAN_LETTERS,
  person,
  tickingClock,
  userIdOf,
  type DonorInput,
} from '../helpers/fixtures.ts';

let t: TestCore;
let tokens: Record<Role, string>;
beforeEach(async () => {
  t = await makeTestCore({ clock: tickingClock('2026-11-24T06:00:00Z') });
  tokens = await setUpCentre(t);
});
afterEach(() => t.close());

/** Digits 0-9 as Persian digits. */
function persianDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'.charAt(Number(d)));
}

/** A valid legal-entity ID found by the independent algorithm. */
function legalId(): string {
  for (let n = 1_038_028_479; ; n++) {
    for (let c = 0; c <= 9; c++) {
      const id = `${n}${c}`;
      if (independentLegalIdOk(id)) return id;
    }
  }
}

describe('the record', () => {
  test('create, get, update, archive and restore', async () => {
    const nationalId = nextNationalId();
    const created = await t.call(
      'donors.create',
      {
        donor: {
          kind: 'person',
          firstName: '  علي ',
          lastName: 'كريمي',
          nationalId: persianDigits(nationalId),
          mobile: '۰۹۱۲ ۱۲۳ ۴۵۶۷',
          email: ' Ali.Karimi@Example.COM ',
          city: 'زنجان',
          tags: ['ماهانه', ' ماهانه ', 'مسکن'],
          referral: 'mosque',
        },
      },
      tokens.treasurer,
    );
    // stored normalised: Persian letters, ASCII digits, trimmed, e-mail lower-cased, tags once
    expect(created).toMatchObject({
      kind: 'person',
      firstName: 'علی',
      lastName: 'کریمی',
      displayName: 'علی کریمی',
      orgName: null,
      nationalId,
      mobile: '09121234567',
      email: 'ali.karimi@example.com',
      city: 'زنجان',
      referral: 'mosque',
      archivedAt: null,
      createdBy: userIdOf(t, 'treasurer1'),
    });
    expect([...created.tags].sort()).toEqual(['ماهانه', 'مسکن'].sort());
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.originCentreId).toBe((await t.call('setup.status', {})).centre!.id);

    expect(await t.call('donors.get', { id: created.id }, tokens.volunteer)).toEqual(created);

    const updated = await t.call(
      'donors.update',
      { id: created.id, expectedUpdatedAt: created.updatedAt, donor: { kind: 'person', firstName: 'علی', lastName: 'کریمی‌نژاد', nationalId, tags: [] } },
      tokens.treasurer,
    );
    expect(updated).toMatchObject({ lastName: 'کریمی‌نژاد', displayName: 'علی کریمی‌نژاد', mobile: null, tags: [], createdAt: created.createdAt });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(await t.call('donors.get', { id: created.id }, tokens.admin)).toEqual(updated);

    const archived = await t.call('donors.archive', { id: created.id }, tokens.caseworker);
    expect(archived.archivedAt).not.toBeNull();
    expect(await t.call('donors.get', { id: created.id }, tokens.admin)).toEqual(archived);

    const restored = await t.call('donors.restore', { id: created.id }, tokens.manager);
    expect(restored.archivedAt).toBeNull();
    expect(restored).toMatchObject({ displayName: 'علی کریمی‌نژاد', nationalId });
  });

  test('an organisation keeps its name and legal ID, and no person names', async () => {
    const id = legalId();
    const org = await t.call('donors.create', { donor: { kind: 'organisation', orgName: 'شرکت نیکان زنجان', nationalId: id, firstName: 'نادیده' } }, tokens.admin);
    expect(org).toMatchObject({ kind: 'organisation', orgName: 'شرکت نیکان زنجان', displayName: 'شرکت نیکان زنجان', nationalId: id, firstName: null, lastName: null });
    // an organisation without an ID is fine
    await t.call('donors.create', { donor: { kind: 'organisation', orgName: 'هیئت احسان' } }, tokens.admin);
  });

  test('get of an unknown id is NOT_FOUND', async () => {
    const err = await t.fail('donors.get', { id: randomUUID() }, tokens.admin);
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toMatch(PERSIAN_LETTERS);
    for (const ch of ['donors.update', 'donors.archive', 'donors.restore'] as const) {
      const input = ch === 'donors.update' ? { id: randomUUID(), donor: person('علی', 'کریمی') } : { id: randomUUID() };
      expect((await t.fail(ch, input, tokens.admin)).code).toBe('NOT_FOUND');
    }
  });
});

describe('validation', () => {
  async function expectRefused(donor: unknown, field: string, code = 'VALIDATION') {
    const before = fingerprint(t);
    const err = await t.fail('donors.create', { donor }, tokens.admin);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(err.fields?.[field], `fields: ${JSON.stringify(err.fields)}`).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
    return err;
  }

  test('a person needs a first and a last name', async () => {
    await expectRefused({ kind: 'person', lastName: 'کریمی' }, 'donor.firstName');
    await expectRefused({ kind: 'person', firstName: 'علی', lastName: '   ' }, 'donor.lastName');
    await expectRefused({ kind: 'person', orgName: 'شرکت' }, 'donor.firstName');
  });

  test('an organisation needs its name; its ID, if given, is an 11-digit legal ID', async () => {
    await expectRefused({ kind: 'organisation', firstName: 'علی', lastName: 'کریمی' }, 'donor.orgName');
    // a valid 10-digit national ID is not a legal ID
    await expectRefused({ kind: 'organisation', orgName: 'شرکت امید', nationalId: nextNationalId() }, 'donor.nationalId');
    const id = legalId();
    await expectRefused({ kind: 'organisation', orgName: 'شرکت امید', nationalId: id.slice(0, 10) + String((Number(id[10]) + 1) % 10) }, 'donor.nationalId');
    // ...and an 11-digit legal ID is not a person's national ID
    await expectRefused(person('علی', 'کریمی', { nationalId: id }), 'donor.nationalId');
  });

  test('a national ID with a wrong check digit is refused on donor.nationalId, nothing saved, no audit row', async () => {
    const donorsBefore = count(t, 'donors');
    const auditBefore = count(t, 'audit_log');
    const err = await expectRefused(person('علی', 'کریمی', { nationalId: breakCheckDigit('0499370899') }), 'donor.nationalId');
    expect(err.fieldKeys?.['donor.nationalId']?.key).toBe('v.nationalId.checksum');
    expect(count(t, 'donors')).toBe(donorsBefore);
    expect(count(t, 'audit_log')).toBe(auditBefore);
    // other malformed IDs
    await expectRefused(person('علی', 'کریمی', { nationalId: '049937089' }), 'donor.nationalId');
    await expectRefused(person('علی', 'کریمی', { nationalId: '1111111111' }), 'donor.nationalId');
    await expectRefused(person('علی', 'کریمی', { nationalId: '04993708a9' }), 'donor.nationalId');
  });

  test('names longer than 60 (first) or 80 (last) letters are refused; exactly that many are accepted', async () => {
    await expectRefused(person('ع'.repeat(61), 'کریمی'), 'donor.firstName');
    await expectRefused(person('علی', 'ک'.repeat(81)), 'donor.lastName');
    await expectRefused({ kind: 'organisation', orgName: 'ش'.repeat(151) }, 'donor.orgName');
    const ok = await t.call('donors.create', { donor: person('ع'.repeat(60), 'ک'.repeat(80)) }, tokens.admin);
    expect(ok.firstName).toHaveLength(60);
    expect(ok.lastName).toHaveLength(80);
  });

  test('other fields: mobile, e-mail, kind, tags', async () => {
    await expectRefused(person('علی', 'کریمی', { mobile: '02112345678' }), 'donor.mobile');
    await expectRefused(person('علی', 'کریمی', { email: 'not-an-email' }), 'donor.email');
    await expectRefused({ kind: 'robot', firstName: 'علی', lastName: 'کریمی' }, 'donor.kind');
    await expectRefused(person('علی', 'کریمی', { tags: ['ب'.repeat(41)] }), 'donor.tags.0');
  });

  test('an update is validated the same way and changes nothing when refused', async () => {
    const d = await t.call('donors.create', { donor: person('علی', 'کریمی') }, tokens.admin);
    const before = fingerprint(t);
    const err = await t.fail('donors.update', { id: d.id, donor: person('علی', 'کریمی', { nationalId: breakCheckDigit('0499370899') }) }, tokens.admin);
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.['donor.nationalId']).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
  });
});

describe('duplicates', () => {
  test('the same national ID (however typed) is DUPLICATE, pointing at the existing donor', async () => {
    const nationalId = nextNationalId();
    const first = await t.call('donors.create', { donor: person('علی', 'کریمی', { nationalId }) }, tokens.admin);
    for (const typed of [nationalId, persianDigits(nationalId), `${nationalId.slice(0, 3)}-${nationalId.slice(3, 9)}-${nationalId[9]}`]) {
      const before = fingerprint(t);
      const err = await t.fail('donors.create', { donor: person('رضا', 'احمدی', { nationalId: typed }) }, tokens.admin);
      expect(err.code).toBe('DUPLICATE');
      expect(err.message).toMatch(PERSIAN_LETTERS);
      expect(err.details).toEqual({ matches: [{ id: first.id, displayName: 'علی کریمی', field: 'nationalId', archived: false }] });
      expect(fingerprint(t)).toEqual(before);
    }
    // accepting a shared mobile does not make a shared national ID acceptable
    const err = await t.fail('donors.create', { donor: person('رضا', 'احمدی', { nationalId }), acceptSharedMobileWith: [first.id] }, tokens.admin);
    expect(err.code).toBe('DUPLICATE');
  });

  test('a national ID held by an archived donor is still a DUPLICATE, marked archived', async () => {
    const nationalId = nextNationalId();
    const first = await t.call('donors.create', { donor: person('علی', 'کریمی', { nationalId }) }, tokens.admin);
    await t.call('donors.archive', { id: first.id }, tokens.admin);
    const err = await t.fail('donors.create', { donor: person('رضا', 'احمدی', { nationalId }) }, tokens.admin);
    expect(err.code).toBe('DUPLICATE');
    expect(err.details).toEqual({ matches: [{ id: first.id, displayName: 'علی کریمی', field: 'nationalId', archived: true }] });
  });

  test('an update to another donor’s national ID is DUPLICATE; keeping one’s own is not', async () => {
    const a = await t.call('donors.create', { donor: person('علی', 'کریمی', { nationalId: nextNationalId() }) }, tokens.admin);
    const b = await t.call('donors.create', { donor: person('رضا', 'احمدی', { nationalId: nextNationalId() }) }, tokens.admin);
    const err = await t.fail('donors.update', { id: b.id, donor: person('رضا', 'احمدی', { nationalId: a.nationalId }) }, tokens.admin);
    expect(err.code).toBe('DUPLICATE');
    expect((err.details as { matches: { id: string }[] }).matches.map((m) => m.id)).toEqual([a.id]);
    const same = await t.call('donors.update', { id: b.id, donor: person('رضا', 'احمدی‌پور', { nationalId: b.nationalId }) }, tokens.admin);
    expect(same.nationalId).toBe(b.nationalId);
  });

  test('a shared mobile is DUPLICATE unless the user accepted sharing it with that donor', async () => {
    const first = await t.call('donors.create', { donor: person('علی', 'کریمی', { mobile: '09121234567' }) }, tokens.admin);
    const before = fingerprint(t);
    const err = await t.fail('donors.create', { donor: person('زهرا', 'کریمی', { mobile: '+98 912 123 4567' }) }, tokens.volunteer);
    expect(err.code).toBe('DUPLICATE');
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(err.details).toEqual({ matches: [{ id: first.id, displayName: 'علی کریمی', field: 'mobile', archived: false }] });
    expect(fingerprint(t)).toEqual(before);

    // accepting some other donor is not accepting this one
    const other = await t.fail('donors.create', { donor: person('زهرا', 'کریمی', { mobile: '09121234567' }), acceptSharedMobileWith: [randomUUID()] }, tokens.volunteer);
    expect(other.code).toBe('DUPLICATE');

    const second = await t.call('donors.create', { donor: person('زهرا', 'کریمی', { mobile: '09121234567' }), acceptSharedMobileWith: [first.id] }, tokens.volunteer);
    expect(second.mobile).toBe('09121234567');

    // a third sharer must accept both
    const third = await t.fail('donors.create', { donor: person('مریم', 'کریمی', { mobile: '09121234567' }), acceptSharedMobileWith: [first.id] }, tokens.volunteer);
    expect(third.code).toBe('DUPLICATE');
    expect((third.details as { matches: { id: string }[] }).matches.map((m) => m.id).sort()).toEqual([first.id, second.id].sort());
    await t.call('donors.create', { donor: person('مریم', 'کریمی', { mobile: '09121234567' }), acceptSharedMobileWith: [first.id, second.id] }, tokens.volunteer);
  });
});

describe('state rules', () => {
  test('an update over someone else’s newer change (stale expectedUpdatedAt) is CONFLICT', async () => {
    const d = await t.call('donors.create', { donor: person('علی', 'کریمی') }, tokens.admin);
    // two editors open the same record; the first saves
    const first = await t.call('donors.update', { id: d.id, expectedUpdatedAt: d.updatedAt, donor: person('علی', 'کریمی', { city: 'ابهر' }) }, tokens.treasurer);
    expect(first.updatedAt).not.toBe(d.updatedAt);
    const before = fingerprint(t);
    const err = await t.fail('donors.update', { id: d.id, expectedUpdatedAt: d.updatedAt, donor: person('علی', 'کریمی', { city: 'قیدار' }) }, tokens.manager);
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
    expect((await t.call('donors.get', { id: d.id }, tokens.admin)).city).toBe('ابهر');
    // with the fresh value, the second editor may save
    await t.call('donors.update', { id: d.id, expectedUpdatedAt: first.updatedAt, donor: person('علی', 'کریمی', { city: 'قیدار' }) }, tokens.manager);
  });

  test('an archived donor cannot be updated or archived again; an active one cannot be restored', async () => {
    const d = await t.call('donors.create', { donor: person('علی', 'کریمی') }, tokens.admin);
    const notArchived = await t.fail('donors.restore', { id: d.id }, tokens.admin);
    expect(notArchived.code).toBe('CONFLICT');
    expect(notArchived.message).toMatch(PERSIAN_LETTERS);

    await t.call('donors.archive', { id: d.id }, tokens.admin);
    const before = fingerprint(t);
    for (const [ch, input] of [
      ['donors.update', { id: d.id, donor: person('علی', 'کریمی', { city: 'زنجان' }) }],
      ['donors.archive', { id: d.id }],
    ] as const) {
      const err = await t.fail(ch, input, tokens.admin);
      expect(err.code).toBe('CONFLICT');
      expect(err.message).toMatch(PERSIAN_LETTERS);
    }
    expect(fingerprint(t)).toEqual(before);
  });

  test('a volunteer may create and edit donors but not archive or restore them', async () => {
    const d = await t.call('donors.create', { donor: person('علی', 'کریمی') }, tokens.volunteer);
    await t.call('donors.update', { id: d.id, donor: person('علی', 'کریمی', { city: 'زنجان' }) }, tokens.volunteer);
    const before = fingerprint(t);
    expect((await t.fail('donors.archive', { id: d.id }, tokens.volunteer)).code).toBe('FORBIDDEN');
    expect(fingerprint(t)).toEqual(before);
    await t.call('donors.archive', { id: d.id }, tokens.caseworker);
    expect((await t.fail('donors.restore', { id: d.id }, tokens.volunteer)).code).toBe('FORBIDDEN');
    expect((await t.call('donors.get', { id: d.id }, tokens.volunteer)).archivedAt).not.toBeNull();
  });
});

describe('facets', () => {
  test('lists cities of active donors and tags in use', async () => {
    const inputs: DonorInput[] = [
      person('علی', 'کریمی', { city: 'زنجان', tags: ['ماهانه'] }),
      person('رضا', 'احمدی', { city: 'زنجان', tags: ['ماهانه', 'مسکن'] }),
      person('زهرا', 'نوری', { city: 'ابهر' }),
    ];
    const ids: string[] = [];
    for (const donor of inputs) ids.push((await t.call('donors.create', { donor }, tokens.admin)).id);
    let f = await t.call('donors.facets', {}, tokens.volunteer);
    expect(f.cities).toEqual(['زنجان', 'ابهر']);
    expect([...f.tags].sort()).toEqual(['ماهانه', 'مسکن'].sort());
    await t.call('donors.archive', { id: ids[2]! }, tokens.admin);
    f = await t.call('donors.facets', {}, tokens.volunteer);
    expect(f.cities).toEqual(['زنجان']);
  });
});
