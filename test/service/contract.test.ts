// The contract as a whole, generated from shared/contract: every channel refuses callers without
// a session (unless public), every role outside its access list, malformed input, and the
// dispatcher refuses channel names that are not in the contract. A new channel is covered as
// soon as it is added (and VALID_INPUT below must name an input for it, or typecheck fails).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHANNEL_NAMES, contract, ROLES, type ChannelName, type InputOf, type Role } from '../../shared/contract/index.ts';
import { makeTestCore, setUpCentre, ADMIN, type TestCore } from '../helpers/core.ts';
import { fingerprint, PERSIAN_LETTERS, nextNationalId, userIdOf } from '../helpers/fixtures.ts';

interface Known {
  donorId: string;
  volunteerId: string;
  /** a monthly pledge of the donor */
  pledgeId: string;
  /** a cheque payment of the donor */
  paymentId: string;
  householdId: string;
  headNationalId: string;
  needId: string;
  offerId: string;
  /** a housing build for the household, with one of each thing that hangs off a project */
  projectId: string;
  employmentProjectId: string;
  employedId: string;
  fundingId: string;
  expenseId: string;
  lotId: string;
  handoverId: string;
  attachmentId: string;
}

/** A printer that answers without Chromium: the access checks do not need a real PDF. */
const fakePrinter = { print: async () => Buffer.from('%PDF-1.7\n%fake\n') };

/** Creates the records the sample inputs name: a donor, a pledge and a cheque payment. */
async function makeKnown(t: TestCore, adminToken: string, nationalId?: string): Promise<Known> {
  const donor = await t.call('donors.create', { donor: { kind: 'person', firstName: 'علی', lastName: 'کریمی', nationalId } }, adminToken);
  const k: Known = {
    donorId: donor.id, volunteerId: userIdOf(t, 'volunteer1'), pledgeId: '', paymentId: '',
    householdId: '', headNationalId: nextNationalId(), needId: '', offerId: '',
    projectId: '', employmentProjectId: '', employedId: '', fundingId: '', expenseId: '', lotId: '', handoverId: '', attachmentId: '',
  };
  k.pledgeId = (await t.call('pledges.create', VALID_INPUT['pledges.create'](k), adminToken)).id;
  k.paymentId = (await t.call('payments.record', CHEQUE_PAYMENT(k), adminToken)).id;
  k.householdId = (await t.call('households.create', { household: HOUSEHOLD(k.headNationalId) }, adminToken)).id;
  k.needId = (await t.call('needs.add', VALID_INPUT['needs.add'](k), adminToken)).id;
  k.offerId = (await t.call('offers.create', VALID_INPUT['offers.create'](k), adminToken)).id;
  k.projectId = (await t.call('projects.create', HOUSING_BUILD(k), adminToken)).id;
  const plan = await t.call('projects.create', { name: 'اشتغال بانوان', kind: 'employment', employment: { jobsPlanned: 10, jobsCreated: 0 } }, adminToken);
  k.employmentProjectId = plan.id;
  k.employedId = (await t.call('employment.addHousehold', { projectId: plan.id, householdId: k.householdId, jobs: 1 }, adminToken)).employment!.households[0]!.id;
  k.fundingId = (await t.call('funding.add', VALID_INPUT['funding.add'](k), adminToken)).id;
  k.expenseId = (await t.call('projects.recordExpense', VALID_INPUT['projects.recordExpense'](k), adminToken)).id;
  k.lotId = (await t.call('equipment.addLot', { projectId: plan.id, kind: 'فر نان', count: 3, unitValue: 40_000_000 }, adminToken)).id;
  k.handoverId = (await t.call('equipment.handOver', { lotId: k.lotId, householdId: k.householdId, date: '2026-01-02' }, adminToken)).id;
  k.attachmentId = (await t.call('attachments.add', VALID_INPUT['attachments.add'](k), adminToken)).id;
  return k;
}

const CHEQUE_PAYMENT = (k: Known): InputOf<'payments.record'> => ({
  payment: { donorId: k.donorId, amount: 2_000_000, date: '2026-01-01', method: 'cheque', chequeNo: '123456', chequeBank: 'ملی', chequeDueDate: '2026-02-01' },
});

const HOUSING_BUILD = (k: Known): InputOf<'projects.create'> => ({
  name: 'مسکن خانوار رضایی',
  kind: 'housing',
  city: 'زنجان',
  budget: 3_000_000_000,
  housing: { householdId: k.householdId, landStatus: 'deeded', areaM2: 75 },
});

/** The smallest valid PNG (1×1, transparent). */
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const HOUSEHOLD = (nationalId: string): InputOf<'households.create'>['household'] => ({
  head: { firstName: 'فاطمه', lastName: 'رضایی', nationalId, birthDate: '1980-05-01', sex: 'female' },
  city: 'زنجان',
  housingStatus: 'owner',
  agency: 'none',
  groups: ['womanHead'],
});

/** A well-formed input for every channel, so a refusal is about the caller, not the input. */
const VALID_INPUT: { [K in ChannelName]: (k: Known) => InputOf<K> } = {
  'setup.status': () => ({}),
  'setup.init': () => ({
    centre: { name: 'مرکز دوم', province: 'قم', city: 'قم' },
    admin: { username: 'second', displayName: 'دومی', password: 'second-pass-1405' },
    sampleData: false,
  }),
  'auth.signIn': () => ({ username: ADMIN.username, password: ADMIN.password }),
  'auth.signOut': () => ({}),
  'auth.me': () => ({}),
  'auth.changePassword': () => ({ current: 'not-the-password', next: 'another-pass-1405' }),
  'auth.setLocale': () => ({ locale: 'en' }),
  'users.list': () => ({}),
  'users.caseWorkers': () => ({}),
  'users.create': () => ({ username: 'intruder', displayName: 'نفوذی', role: 'admin', password: 'intruder-pass-1' }),
  'users.update': (k) => ({ id: k.volunteerId, displayName: 'تغییر', role: 'admin', active: true }),
  'users.resetPassword': (k) => ({ id: k.volunteerId, password: 'reset-pass-1405' }),
  'settings.get': () => ({}),
  'settings.update': () => ({ moneyUnit: 'toman' }),
  'donors.create': () => ({ donor: { kind: 'person', firstName: 'مریم', lastName: 'نوری', nationalId: nextNationalId() } }),
  'donors.update': (k) => ({ id: k.donorId, donor: { kind: 'person', firstName: 'حسن', lastName: 'تغییری' } }),
  'donors.get': (k) => ({ id: k.donorId }),
  'donors.search': () => ({ query: 'کریمی' }),
  'donors.facets': () => ({}),
  'donors.import': () => ({ donors: [{ kind: 'person', firstName: 'زینب', lastName: 'واردشده', nationalId: nextNationalId() }] }),
  'donors.archive': (k) => ({ id: k.donorId }),
  'donors.restore': (k) => ({ id: k.donorId }),
  'audit.list': () => ({ entity: 'donor' }),
  'backup.create': () => ({}),
  'backup.list': () => ({}),
  'backup.restore': () => ({ base64: Buffer.from('not a database').toString('base64') }),
  'projects.list': () => ({ query: 'مسکن' }),
  'pledges.create': (k) => ({ donorId: k.donorId, kind: 'monthly', amount: 1_000_000, startDate: '2026-01-01', months: 12 }),
  'pledges.get': (k) => ({ id: k.pledgeId }),
  'pledges.list': (k) => ({ donorId: k.donorId }),
  'pledges.cancel': (k) => ({ id: k.pledgeId, reason: 'آزمون دسترسی' }),
  'payments.record': (k) => ({ payment: { donorId: k.donorId, amount: 500_000, date: '2026-01-01', method: 'cash' } }),
  'payments.import': (k) => ({ payments: [{ donorId: k.donorId, amount: 700_000, date: '2026-01-02', method: 'cash' }, { amount: 300_000, date: '2026-01-02', method: 'pos' }] }),
  'payments.get': (k) => ({ id: k.paymentId }),
  'payments.list': (k) => ({ donorId: k.donorId }),
  'payments.void': (k) => ({ id: k.paymentId, reason: 'آزمون دسترسی' }),
  'payments.setChequeStatus': (k) => ({ id: k.paymentId, status: 'cleared', date: '2026-01-05' }),
  'receipts.print': (k) => ({ paymentId: k.paymentId }),
  'treasury.dashboard': () => ({}),
  'treasury.reminders': () => ({ days: 7 }),
  'reports.donorStatement': (k) => ({ donorId: k.donorId, from: '2025-03-21', to: '2026-03-20', format: 'csv' }),
  'reports.overduePledges': () => ({ format: 'csv' }),
  'reports.collections': () => ({ from: '2025-03-21', to: '2026-03-20', groupBy: 'month', format: 'csv' }),
  'reports.dailyCash': () => ({ date: '2026-01-01', format: 'csv' }),
  'households.create': () => ({ household: HOUSEHOLD(nextNationalId()) }),
  'households.update': (k) => ({ id: k.householdId, household: { ...HOUSEHOLD(k.headNationalId), notes: 'تغییر' } }),
  'households.get': (k) => ({ id: k.householdId }),
  'households.search': () => ({ query: 'رضایی' }),
  'households.archive': (k) => ({ id: k.householdId }),
  'households.restore': (k) => ({ id: k.householdId }),
  'households.export': () => ({ format: 'csv' }),
  'needs.add': (k) => ({ householdId: k.householdId, kind: 'equipment', equipmentKind: 'فر نان', priority: 4 }),
  'needs.list': (k) => ({ householdId: k.householdId }),
  'needs.cancel': (k) => ({ id: k.needId, reason: 'آزمون دسترسی' }),
  'aid.record': (k) => ({ householdId: k.householdId, kind: 'cash', date: '2026-01-01', value: 1_000_000, source: 'agency', sourceName: 'کمیته امداد' }),
  'aid.list': (k) => ({ householdId: k.householdId }),
  'offers.create': () => ({ title: 'فر نان', kind: 'equipment', needKind: 'equipment', quantity: 5, unitValue: 50_000_000 }),
  'offers.list': () => ({}),
  'matching.suggest': (k) => ({ offerId: k.offerId }),
  'matching.approve': (k) => ({ offerId: k.offerId, householdId: k.householdId }),
  'matching.getWeights': () => ({}),
  'projects.search': () => ({ query: 'مسکن', sort: 'gap' }),
  'projects.create': (k) => HOUSING_BUILD(k),
  'projects.update': (k) => ({ id: k.projectId, fields: { ...HOUSING_BUILD(k), status: 'inProgress' } }),
  'projects.get': (k) => ({ id: k.projectId }),
  'projects.archive': (k) => ({ id: k.projectId, reason: 'آزمون دسترسی' }),
  'projects.restore': (k) => ({ id: k.projectId }),
  'projects.board': () => ({}),
  'projects.recordExpense': (k) => ({ projectId: k.projectId, date: '2026-01-03', amount: 150_000_000, description: 'پی‌کنی', stage: 'foundation' }),
  'projects.voidExpense': (k) => ({ id: k.expenseId, reason: 'آزمون دسترسی' }),
  'projects.getSettings': () => ({}),
  'projects.setSettings': () => ({ stallDays: 45 }),
  'housing.updateStage': (k) => ({ projectId: k.projectId, stage: 'foundation', fields: { plannedStart: '2026-01-01', plannedEnd: '2026-02-01', percent: 40 } }),
  'employment.addHousehold': (k) => ({ projectId: k.employmentProjectId, householdId: k.householdId, jobs: 2 }),
  'employment.removeHousehold': (k) => ({ id: k.employedId }),
  'funding.add': (k) => ({ projectId: k.projectId, fields: { kind: 'bankFacility', sourceName: 'بانک مسکن', committed: 1_000_000_000, requestedOn: '2026-01-01' } }),
  'funding.update': (k) => ({ id: k.fundingId, fields: { kind: 'bankFacility', sourceName: 'بانک مسکن', committed: 1_000_000_000, approved: 800_000_000, approvedOn: '2026-01-10' } }),
  'funding.remove': (k) => ({ id: k.fundingId, reason: 'آزمون دسترسی' }),
  'equipment.addLot': (k) => ({ projectId: k.employmentProjectId, kind: 'چرخ خیاطی', count: 5, unitValue: 20_000_000 }),
  'equipment.handOver': (k) => ({ lotId: k.lotId, householdId: k.householdId, date: '2026-01-04' }),
  'equipment.handovers': (k) => ({ lotId: k.lotId }),
  'equipment.printReceipt': (k) => ({ handoverId: k.handoverId }),
  'attachments.add': (k) => ({ projectId: k.projectId, stage: 'foundation', fileName: 'pi.png', mimeType: 'image/png', base64: PNG_1PX }),
  'attachments.get': (k) => ({ id: k.attachmentId }),
  'attachments.remove': (k) => ({ id: k.attachmentId }),
  'reports.housingProgress': () => ({ format: 'csv' }),
  'reports.projectsSummary': () => ({ format: 'csv' }),
  'reports.projectSheet': (k) => ({ projectId: k.projectId }),
  'agency.figures': () => ({ period: { kind: 'quarter', jy: 1404, quarter: 4 } }),
  'reports.agency': () => ({ period: { kind: 'month', jy: 1404, jm: 10 }, format: 'csv' }),
  'exchange.getSettings': () => ({}),
  'exchange.setSettings': () => ({ passphrase: 'zanjan-1405-shared-bank' }),
  'exchange.export': () => ({ scope: 'bank' }),
  'exchange.inspect': () => ({ base64: Buffer.from('not a hamyar file').toString('base64') }),
  'exchange.import': () => ({ base64: Buffer.from('not a hamyar file').toString('base64') }),
  'exchange.importProgress': () => ({}),
  'exchange.history': () => ({}),
  'trust.list': () => ({}),
  'trust.remove': () => ({ centreId: '8d7e2b64-3f0a-4c1e-9b5d-2a6f4e8c1d3b' }),
  'bank.helpedElsewhere': (k) => ({ householdId: k.householdId }),
  'duplicates.list': () => ({}),
  'duplicates.decide': () => ({ id: '5b0c9e1a-7d2f-4a8b-8c6e-3f1d2e4a5b6c', verdict: 'different' }),
  'reports.province': () => ({ period: { kind: 'year', jy: 1404 }, format: 'csv' }),
  'matching.setWeights': () => ({ needPriority: 5, vulnerability: 4, waiting: 4, priorAid: 3, dependants: 2, income: 3, sameCity: 1, recentAidMonths: 12 }),
  'files.readSheet': () => ({ base64: Buffer.from('not a workbook').toString('base64') }),
};

/** The sample input, or {} for a channel added to the contract without one (its access checks
 *  still run; the completeness test above fails until a sample is written). */
function sample(name: ChannelName, k: Known): unknown {
  const make = VALID_INPUT[name] as ((k: Known) => unknown) | undefined;
  return make ? make(k) : {};
}

function accessOf(name: ChannelName) {
  return contract[name].access;
}
function forbiddenRoles(name: ChannelName): Role[] {
  const access = accessOf(name);
  if (access === 'public' || access === 'signedIn') return [];
  return ROLES.filter((r) => !access.includes(r));
}
function allowedRoles(name: ChannelName): Role[] {
  const access = accessOf(name);
  if (access === 'public' || access === 'signedIn') return [...ROLES];
  return [...access];
}
/** Token of a role that may call the channel (null for public channels). */
function callerFor(name: ChannelName, tokens: Record<Role, string>): string | null {
  return accessOf(name) === 'public' ? null : tokens[allowedRoles(name)[0]!];
}

let t: TestCore;
let tokens: Record<Role, string>;
let known: Known;

beforeAll(async () => {
  t = await makeTestCore();
  tokens = await setUpCentre(t);
  known = await makeKnown(t, tokens.admin, nextNationalId());
});
afterAll(() => t.close());

test('the contract has channels and every one has a sample input that its own schema accepts', () => {
  expect(CHANNEL_NAMES.length).toBeGreaterThan(0);
  expect(Object.keys(VALID_INPUT).sort()).toEqual([...CHANNEL_NAMES].sort());
  for (const name of CHANNEL_NAMES) {
    const parsed = contract[name].input.safeParse(VALID_INPUT[name](known));
    expect(parsed.success, `${name} sample input`).toBe(true);
  }
});

describe.each(CHANNEL_NAMES)('%s', (name) => {
  const access = accessOf(name);

  if (access === 'public') {
    test('is public: a call without a token is not refused as UNAUTHENTICATED', async () => {
      const r = await t.raw(name, sample(name, known), null);
      if (!r.ok) expect(r.error.code).not.toBe('UNAUTHENTICATED');
    });
  } else {
    test.each([
      ['no token', null],
      ['an empty token', ''],
      ['a made-up token', 'x'.repeat(43)],
    ])('refuses a call with %s: UNAUTHENTICATED, Persian message, nothing changed', async (_label, token) => {
      const before = fingerprint(t);
      const err = await t.fail(name, sample(name, known), token);
      expect(err.code).toBe('UNAUTHENTICATED');
      expect(err.message).toMatch(PERSIAN_LETTERS);
      expect(fingerprint(t)).toEqual(before);
    });
  }

  const refused = forbiddenRoles(name);
  if (refused.length > 0) {
    test.each(refused)('refuses role %s: FORBIDDEN, Persian message, nothing changed', async (role) => {
      const before = fingerprint(t);
      const err = await t.fail(name, sample(name, known), tokens[role]);
      expect(err.code).toBe('FORBIDDEN');
      expect(err.message).toMatch(PERSIAN_LETTERS);
      expect(fingerprint(t)).toEqual(before);
      // the refused caller is still signed in: a refusal is not a sign-out
      expect((await t.call('auth.me', {}, tokens[role])).role).toBe(role);
    });
  }

  const badInputs: [string, unknown][] = [
    ['an unknown field', { bogus: 1 }],
    ['a number', 42],
    ['a string', 'donors'],
    ['null', null],
    ['an array', []],
    ['a __proto__ key', JSON.parse('{"__proto__": {"role": "admin"}}')],
  ];
  if (!contract[name].input.safeParse({}).success) badInputs.push(['an empty object (required fields missing)', {}]);

  test.each(badInputs)('refuses %s as input: VALIDATION, Persian message, nothing changed', async (_label, input) => {
    const before = fingerprint(t);
    const r = await t.raw(name, input, callerFor(name, tokens));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message).toMatch(PERSIAN_LETTERS);
    for (const msg of Object.values(r.error.fields ?? {})) expect(msg).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
  });
});

describe('unknown channels', () => {
  test.each([['donors.drop'], [''], [42], ['__proto__'], ['constructor'], ['toString'], ['hasOwnProperty'], [null], [{ channel: 'donors.get' }]])(
    '%j → UNKNOWN_CHANNEL with or without a session, nothing changed',
    async (channel) => {
      const before = fingerprint(t);
      for (const token of [null, tokens.admin]) {
        const r = await t.raw(channel, {}, token);
        expect(r.ok).toBe(false);
        if (r.ok) continue;
        expect(r.error.code).toBe('UNKNOWN_CHANNEL');
        expect(r.error.message).toMatch(PERSIAN_LETTERS);
      }
      expect(fingerprint(t)).toEqual(before);
    },
  );
});

// The other half of the access table: a role the contract allows is not turned away. Each
// channel runs on a fresh centre, because the sample inputs change things (sign-out, restore).
/** What the sample input gets from an allowed caller, when it is not plain success. */
const EXPECTED_OUTCOME: Partial<Record<ChannelName, string>> = {
  'auth.changePassword': 'VALIDATION', // the sample's current password is wrong
  'backup.restore': 'BAD_FILE', // the sample's file is not a database
  'exchange.inspect': 'BAD_FILE', // the sample's file is not an exchange file
  'exchange.import': 'BAD_FILE',
  'files.readSheet': 'BAD_FILE', // the sample's file is not a workbook
  'trust.remove': 'NOT_FOUND', // no centre's key is trusted on a fresh install
  'duplicates.decide': 'NOT_FOUND', // nor is there a duplicate to decide
};

describe('allowed roles are let through', () => {
  test.each(CHANNEL_NAMES.filter((n) => accessOf(n) !== 'public'))('%s', async (name) => {
    const fresh = await makeTestCore({ printer: fakePrinter });
    try {
      const toks = await setUpCentre(fresh);
      const k = await makeKnown(fresh, toks.admin);
      for (const role of allowedRoles(name)) {
        // archive then restore need the donor in the right state for each role
        if (name === 'donors.restore') await fresh.raw('donors.archive', { id: k.donorId }, toks.admin);
        if (name === 'donors.archive') await fresh.raw('donors.restore', { id: k.donorId }, toks.admin);
        // a pledge is cancelled and a payment voided once: each role gets its own
        if (name === 'pledges.cancel') k.pledgeId = (await fresh.call('pledges.create', VALID_INPUT['pledges.create'](k), toks.admin)).id;
        if (name === 'payments.void') k.paymentId = (await fresh.call('payments.record', CHEQUE_PAYMENT(k), toks.admin)).id;
        if (name === 'households.restore') await fresh.raw('households.archive', { id: k.householdId }, toks.admin);
        if (name === 'households.archive') await fresh.raw('households.restore', { id: k.householdId }, toks.admin);
        // a need is cancelled once, and a household gets one unit of an offer: each role gets its own
        if (name === 'needs.cancel') k.needId = (await fresh.call('needs.add', VALID_INPUT['needs.add'](k), toks.admin)).id;
        if (name === 'matching.approve') k.offerId = (await fresh.call('offers.create', VALID_INPUT['offers.create'](k), toks.admin)).id;
        // a project is archived or restored from the other state; an expense voided, a source
        // removed, an attachment removed and an item handed over once: each role gets its own
        // a bank export marks households without consent: it needs the province passphrase
        if (name === 'exchange.export') await fresh.call('exchange.setSettings', VALID_INPUT['exchange.setSettings'](k), toks.admin);
        if (name === 'projects.restore') await fresh.raw('projects.archive', { id: k.projectId, reason: 'پیش از آزمون' }, toks.admin);
        if (name === 'projects.archive') await fresh.raw('projects.restore', { id: k.projectId }, toks.admin);
        if (name === 'projects.voidExpense') k.expenseId = (await fresh.call('projects.recordExpense', VALID_INPUT['projects.recordExpense'](k), toks.admin)).id;
        if (name === 'funding.remove') k.fundingId = (await fresh.call('funding.add', VALID_INPUT['funding.add'](k), toks.admin)).id;
        if (name === 'attachments.remove') k.attachmentId = (await fresh.call('attachments.add', VALID_INPUT['attachments.add'](k), toks.admin)).id;
        if (name === 'equipment.handOver') k.lotId = (await fresh.call('equipment.addLot', VALID_INPUT['equipment.addLot'](k), toks.admin)).id;
        // the household is on the plan once: taken off before each add, put back before each removal
        if (name === 'employment.addHousehold') {
          for (const e of (await fresh.call('projects.get', { id: k.employmentProjectId }, toks.admin)).employment!.households) {
            await fresh.call('employment.removeHousehold', { id: e.id }, toks.admin);
          }
        }
        if (name === 'employment.removeHousehold') {
          await fresh.raw('employment.addHousehold', { projectId: k.employmentProjectId, householdId: k.householdId, jobs: 1 }, toks.admin);
          k.employedId = (await fresh.call('projects.get', { id: k.employmentProjectId }, toks.admin)).employment!.households[0]!.id;
        }
        const r = await fresh.raw(name, sample(name, k), toks[role]);
        const outcome = r.ok ? 'ok' : r.error.code;
        expect(`${role}: ${outcome}`).toBe(`${role}: ${EXPECTED_OUTCOME[name] ?? 'ok'}`);
      }
    } finally {
      fresh.close();
    }
  });
});
