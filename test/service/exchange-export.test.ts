// exchange.export and the exchange settings and trust channels, on real SQLite through the
// dispatcher: the file is opened with yauzl (not with our reader) and checked against
// docs/exchange-format.md: entry names and order, the manifest, every line against the
// contract's schemas, counts/bytes/SHA-256, the signature (and a one-byte change breaking it),
// households with consent whole, the others only as markers, nothing sensitive unless ticked,
// archive travelling, a province office's relayed copies and markers, the report scope, and the
// refusal without a passphrase.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import type { InputOf, Role } from '../../shared/contract/index.ts';
import { aidMarker, bankHousehold, figureLine, manifest as manifestSchema, PARTS, type BankHousehold, type Manifest } from '../../shared/contract/exchangeRecords.ts';
import { fingerprintOf, verifyBytes } from '../../electron/services/exchange/keys.ts';
import { markerHash, PASSPHRASE_KEY } from '../../electron/services/exchange/markers.ts';
import { agencyPeriodKey } from '../../electron/services/exchange/exportReport.ts';
import { exportFileName } from '../../electron/services/exchange/export.ts';
import { CENTRE, makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { fingerprint, manualClock, nextNationalId } from '../helpers/fixtures.ts';

type HouseholdInput = InputOf<'households.create'>['household'];

// Strings that must never leave the centre unless the manager ticks "sensitive".
const INCOME = 45_123_000;
const RENT = 31_700_000;
const DISABILITY = 'نابینایی مادرزادی';
const HEALTH = 'دیابت نوع دو با عارضهٔ کلیوی';
// The household without consent: its names and IDs must not be in the file at all.
const HIDDEN_FIRST = 'کوثر';
const HIDDEN_LAST = 'مرادخانی‌پور';
const PASSPHRASE = 'زنجان-همیار-۱۴۰۵-امید';
const PASSPHRASE_STORED = 'زنجان-همیار-1405-امید'; // digits normalised

const clock = manualClock('2026-01-10T08:00:00Z'); // 20 Dey 1404

interface OpenedFile {
  names: string[];
  methods: number[];
  data: Map<string, Buffer>;
}

/** Every entry of a ZIP, in order, inflated (yauzl: an independent reader). */
function openZip(buf: Buffer): Promise<OpenedFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const out: OpenedFile = { names: [], methods: [], data: new Map() };
      zip.on('error', reject);
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: yauzl.Entry) => {
        out.names.push(entry.fileName);
        out.methods.push(entry.compressionMethod);
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            out.data.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

interface Exported {
  fileName: string;
  mimeType: string;
  zip: Buffer;
  file: OpenedFile;
  manifestBytes: Buffer;
  manifest: Manifest;
  lines: Map<string, unknown[]>;
  /** every entry's text, for looking for what must not be there */
  allText: string;
}

/** Exports, opens, and checks what every file must satisfy (entries, manifest, hashes, lines,
 *  signature); returns the parsed lines per part. */
async function exportAndCheck(t: TestCore, input: InputOf<'exchange.export'>, token: string): Promise<Exported> {
  const out = await t.call('exchange.export', input, token);
  const zip = Buffer.from(out.base64, 'base64');
  const file = await openZip(zip);
  const partNames = Object.keys(PARTS[input.scope]);
  // exact names, manifest first, signature second, then the parts; nothing else; deflated
  expect(file.names).toEqual(['manifest.json', 'manifest.sig', ...partNames]);
  expect(file.methods.every((m) => m === 8)).toBe(true);

  const manifestBytes = file.data.get('manifest.json')!;
  const manifest = manifestSchema.parse(JSON.parse(manifestBytes.toString('utf8')));
  expect(manifest.parts.map((p) => p.name)).toEqual(partNames);
  const sig = file.data.get('manifest.sig')!.toString('ascii');
  expect(sig).toHaveLength(88);
  expect(verifyBytes(manifest.publicKey, manifestBytes, sig)).toBe(true);
  // one byte changed anywhere in the manifest: the signature no longer holds
  for (const at of [0, manifestBytes.length >> 1, manifestBytes.length - 2]) {
    const tampered = Buffer.from(manifestBytes);
    tampered[at] = tampered[at]! ^ 0x01;
    expect(verifyBytes(manifest.publicKey, tampered, sig)).toBe(false);
  }

  const lines = new Map<string, unknown[]>();
  for (const part of manifest.parts) {
    const bytes = file.data.get(part.name)!;
    expect(bytes.length).toBe(part.bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(part.sha256);
    const text = bytes.toString('utf8');
    if (part.count > 0) expect(text.endsWith('\n')).toBe(true);
    const raw = text.split('\n');
    expect(raw.pop()).toBe(''); // `\n` after every line, nothing after the last
    expect(raw.length).toBe(part.count);
    const schema = PARTS[input.scope][part.name as keyof (typeof PARTS)[typeof input.scope]] as { parse(v: unknown): unknown };
    lines.set(part.name, raw.map((l) => schema.parse(JSON.parse(l))));
  }
  const allText = [...file.data.values()].map((b) => b.toString('utf8')).join('\n');
  return { fileName: out.fileName, mimeType: out.mimeType, zip, file, manifestBytes, manifest, lines, allText };
}

const householdsOf = (e: Exported) => e.lines.get('parts/households.ndjson') as BankHousehold[];
const markersOf = (e: Exported) => e.lines.get('parts/markers.ndjson') as ReturnType<typeof aidMarker.parse>[];

function household(extra: Partial<HouseholdInput> = {}): HouseholdInput {
  return {
    head: { firstName: 'فاطمه', lastName: 'رضایی', fatherName: 'علی', nationalId: nextNationalId(), birthDate: '1980-05-01', sex: 'female', mobile: '09121234567' },
    city: 'زنجان',
    address: 'خیابان امام، کوچهٔ ۱۲',
    housingStatus: 'owner',
    agency: 'relief',
    agencyFileNo: 'ام-۱۲۳۴',
    groups: ['womanHead'],
    members: [],
    ...extra,
  };
}

function lastAudit(t: TestCore, entity: string): { action: string; entity: string; before_json: string | null; after_json: string | null } {
  return t.core.db().prepare('SELECT * FROM audit_log WHERE entity = ? ORDER BY id DESC LIMIT 1').get(entity) as never;
}

describe('bank export', () => {
  let t: TestCore;
  let tokens: Record<Role, string>;
  const ids: Record<'whole' | 'archived' | 'bare' | 'hidden' | 'hiddenNoAid', string> = {} as never;
  let hiddenIds: string[] = [];
  const hiddenAid: { kind: string; date: string; value: number }[] = [];

  beforeAll(async () => {
    t = await makeTestCore({ clock });
    tokens = await setUpCentre(t);
    const cw = tokens.caseworker;
    // consent, sensitive data, two members (one with health notes), a need and two aid records
    const whole = await t.call(
      'households.create',
      {
        household: household({
          consentToShare: true,
          consentDate: '2025-12-01',
          groups: ['womanHead', 'disability'],
          disabilityKind: DISABILITY,
          disabilitySeverity: 'severe',
          monthlyIncome: INCOME,
          housingStatus: 'tenant',
          monthlyRent: RENT,
          members: [
            { firstName: 'سارا', lastName: 'رضایی', relation: 'child', sex: 'female', nationalId: nextNationalId(), birthDate: '2010-02-02', education: 'primary', health: HEALTH },
            { firstName: 'محمد', lastName: 'رضایی', relation: 'child', sex: 'male', nationalId: null, birthDate: '2015-03-03' },
          ],
        }),
      },
      cw,
    );
    ids.whole = whole.id;
    await t.call('needs.add', { householdId: whole.id, kind: 'equipment', equipmentKind: 'چرخ خیاطی', priority: 4, recordedOn: '2025-12-05' }, cw);
    await t.call('aid.record', { householdId: whole.id, kind: 'cash', date: '2025-12-20', value: 50_000_000, description: 'کمک نقدی «زمستان» با "نشان" و \\ خط', source: 'centre' }, cw);
    await t.call('aid.record', { householdId: whole.id, kind: 'goods', date: '2025-12-25', value: 12_000_000, source: 'agency', sourceName: 'کمیته امداد' }, cw);

    // consent, then archived: the archive travels
    const archived = await t.call('households.create', { household: household({ consentToShare: true, consentDate: '2025-11-01', head: { ...household().head, firstName: 'زهرا', lastName: 'احمدی' } }) }, cw);
    ids.archived = archived.id;
    await t.call('aid.record', { householdId: archived.id, kind: 'housing', date: '2025-11-20', value: 300_000_000, source: 'centre' }, cw);
    clock.advance(60_000);
    await t.call('households.archive', { id: archived.id }, tokens.manager);

    // consent, nothing else
    ids.bare = (await t.call('households.create', { household: household({ consentToShare: true, consentDate: '2025-10-01', agency: 'none', agencyFileNo: null }) }, cw)).id;

    // no consent: markers only (head + one member with an ID; the other member has none)
    const hidden = await t.call(
      'households.create',
      {
        household: household({
          head: { firstName: HIDDEN_FIRST, lastName: HIDDEN_LAST, fatherName: 'حسن', nationalId: nextNationalId(), birthDate: '1975-01-01', sex: 'female', mobile: null },
          monthlyIncome: INCOME,
          disabilityKind: DISABILITY,
          groups: ['womanHead', 'recoveredAddiction'],
          members: [
            { firstName: 'نرگس', lastName: HIDDEN_LAST, relation: 'child', sex: 'female', nationalId: nextNationalId(), birthDate: '2005-01-01', health: HEALTH },
            { firstName: 'رضا', lastName: HIDDEN_LAST, relation: 'child', sex: 'male', nationalId: null, birthDate: '2012-01-01' },
          ],
        }),
      },
      cw,
    );
    ids.hidden = hidden.id;
    hiddenIds = [hidden.head.nationalId, hidden.members[0]!.nationalId!];
    for (const a of [
      { kind: 'cash', date: '2025-12-01', value: 20_000_000 },
      { kind: 'equipment', date: '2025-12-15', value: 80_000_000 },
    ] as const) {
      await t.call('aid.record', { householdId: hidden.id, ...a, source: 'centre' }, cw);
      hiddenAid.push(a);
    }
    // no consent and no aid: nothing at all
    ids.hiddenNoAid = (await t.call('households.create', { household: household() }, cw)).id;
  });
  afterAll(() => t.close());

  test('without the province passphrase, a centre with households to mark is refused in Persian, nothing changed', async () => {
    const before = fingerprint(t);
    const err = await t.fail('exchange.export', { scope: 'bank' }, tokens.manager);
    expect(err.code).toBe('CONFLICT');
    expect(err.key).toBe('exchange.noPassphrase');
    expect(err.message).toContain('عبارت رمز استان');
    expect(err.message).toContain('«تبادل با مراکز»');
    expect(fingerprint(t)).toEqual(before);
  });

  test('settings: fingerprint of this install key, passphrase set but never returned nor audited', async () => {
    let s = await t.call('exchange.getSettings', {}, tokens.manager);
    const pub = (t.core.db().prepare('SELECT public_key FROM centre_keys').get() as { public_key: string }).public_key;
    expect(s).toEqual({ centreId: expect.any(String), fingerprint: fingerprintOf(pub), provinceOffice: false, passphraseSet: false });
    expect(s.fingerprint).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);

    // Arabic yeh and Persian digits, spaces around: stored as every centre would type it
    s = await t.call('exchange.setSettings', { passphrase: `  ${PASSPHRASE.replaceAll('ی', 'ي')} ` }, tokens.manager);
    expect(s.passphraseSet).toBe(true);
    expect(JSON.stringify(s)).not.toContain('همیار');
    const stored = (t.core.db().prepare('SELECT value FROM settings WHERE key = ?').get(PASSPHRASE_KEY) as { value: string }).value;
    expect(stored).toBe(PASSPHRASE_STORED);
    const audit = lastAudit(t, 'exchangeSettings');
    expect(audit.action).toBe('update');
    expect(JSON.parse(audit.after_json!)).toMatchObject({ passphraseSet: true, passphraseChanged: true });
    const auditText = (t.core.db().prepare("SELECT group_concat(coalesce(before_json,'') || coalesce(after_json,'')) AS s FROM audit_log").get() as { s: string }).s;
    expect(auditText).not.toContain('همیار');

    // twelve characters once trimmed, or refused
    const err = await t.fail('exchange.setSettings', { passphrase: '  abcdefghijk  ' }, tokens.manager);
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.passphrase).toBeTruthy();
    expect((await t.call('exchange.getSettings', {}, tokens.admin)).passphraseSet).toBe(true);
  });

  test('consenting households go whole, with members, needs and aid; nothing sensitive', async () => {
    const e = await exportAndCheck(t, { scope: 'bank' }, tokens.manager);
    expect(e.mimeType).toBe('application/vnd.hamyar.exchange+zip');
    // the Jalali date year-month-day, before the centre's Persian name (after it, bidi shows it reversed)
    expect(e.fileName).toBe(`hamyar-bank-1404-10-20-${CENTRE.name.replaceAll(' ', '-')}.hamyar`);
    const m = e.manifest;
    expect(m).toMatchObject({
      format: 'hamyar-exchange',
      formatVersion: 1,
      scope: 'bank',
      createdAt: clock.now().toISOString(),
      centre: { name: CENTRE.name, province: CENTRE.province, city: CENTRE.city },
      provinceOffice: false,
      includesSensitive: false,
      period: null,
    });
    const pub = (t.core.db().prepare('SELECT public_key FROM centre_keys').get() as { public_key: string }).public_key;
    expect(m.publicKey).toBe(pub);
    const centreId = (t.core.db().prepare('SELECT id FROM centre').get() as { id: string }).id;
    expect(m.centre.id).toBe(centreId);

    const hh = householdsOf(e);
    expect(hh.map((h) => h.id).sort()).toEqual([ids.whole, ids.archived, ids.bare].sort());
    expect(hh.every((h) => h.owner === centreId && h.ownerName === CENTRE.name && h.sensitive === null)).toBe(true);

    const whole = hh.find((h) => h.id === ids.whole)!;
    const local = await t.call('households.get', { id: ids.whole }, tokens.manager);
    expect(whole.version).toBe(local.updatedAt);
    expect(whole.archivedAt).toBeNull();
    expect(whole.consentDate).toBe('2025-12-01');
    expect(whole.head).toEqual({ ...local.head });
    expect(whole.groups).toEqual(['womanHead']); // 'disability' is sensitive
    expect(whole).toMatchObject({ city: 'زنجان', village: null, address: 'خیابان امام، کوچهٔ ۱۲', housingStatus: 'tenant', agency: 'relief', agencyFileNo: 'ام-۱۲۳۴' });
    expect(whole.members).toEqual(local.members.map(({ health: _h, ...rest }) => rest));
    const needs = await t.call('needs.list', { householdId: ids.whole }, tokens.manager);
    expect(whole.needs).toEqual(needs.map((n) => ({ id: n.id, kind: n.kind, equipmentKind: n.equipmentKind, priority: n.priority, recordedOn: n.recordedOn, status: n.status, closedOn: n.closedOn })));
    const aid = await t.call('aid.list', { householdId: ids.whole }, tokens.manager);
    expect(whole.aid).toHaveLength(2);
    expect([...whole.aid].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      aid.map((a) => ({ id: a.id, kind: a.kind, date: a.date, value: a.value, description: a.description, source: a.source, sourceName: a.sourceName })).sort((a, b) => a.id.localeCompare(b.id)),
    );

    const bare = hh.find((h) => h.id === ids.bare)!;
    expect(bare).toMatchObject({ members: [], needs: [], aid: [], agency: 'none', agencyFileNo: null });

    // nothing sensitive anywhere in the file, and nothing of the household without consent
    for (const s of [String(INCOME), String(RENT), DISABILITY, HEALTH, 'disability', 'recoveredAddiction', HIDDEN_FIRST, HIDDEN_LAST, ...hiddenIds, PASSPHRASE_STORED]) {
      expect(e.allText, s).not.toContain(s);
    }
  });

  test('households without consent travel only as markers: one per national ID and aid record', async () => {
    const e = await exportAndCheck(t, { scope: 'bank' }, tokens.manager);
    const markers = markersOf(e);
    const expected = hiddenIds.flatMap((id) => hiddenAid.map((a) => ({ idHash: markerHash(PASSPHRASE_STORED, id), ...a })));
    const got = markers.map(({ idHash, kind, date, value }) => ({ idHash, kind, date, value }));
    const key = (x: { idHash: string; date: string }) => `${x.idHash}${x.date}`;
    expect(got.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
    expect(markers.every((mk) => mk.owner === e.manifest.centre.id && mk.ownerName === CENTRE.name)).toBe(true);
    // with another passphrase the hashes say nothing
    expect(markers.some((mk) => mk.idHash === markerHash('another-passphrase-x', hiddenIds[0]!))).toBe(false);
    expect(e.manifest.parts.find((p) => p.name === 'parts/markers.ndjson')!.count).toBe(4);
  });

  test('an archived household goes with its archivedAt and version', async () => {
    const e = await exportAndCheck(t, { scope: 'bank' }, tokens.manager);
    const a = householdsOf(e).find((h) => h.id === ids.archived)!;
    const local = await t.call('households.get', { id: ids.archived }, tokens.manager);
    expect(local.archivedAt).not.toBeNull();
    expect(a.archivedAt).toBe(local.archivedAt);
    expect(a.version).toBe(local.updatedAt);
    expect(a.aid.map((x) => x.kind)).toEqual(['housing']);
  });

  test('sensitive data only when ticked: income, rent, disability, health by member, sensitive groups', async () => {
    const e = await exportAndCheck(t, { scope: 'bank', includeSensitive: true }, tokens.manager);
    expect(e.manifest.includesSensitive).toBe(true);
    const whole = householdsOf(e).find((h) => h.id === ids.whole)!;
    const local = await t.call('households.get', { id: ids.whole }, tokens.manager);
    expect(whole.groups).toEqual(['disability', 'womanHead']);
    expect(whole.sensitive).toEqual({
      monthlyIncome: INCOME,
      monthlyRent: RENT,
      disabilityKind: DISABILITY,
      disabilitySeverity: 'severe',
      memberHealth: { [local.members[0]!.id]: HEALTH },
      groupsSensitive: ['disability'],
    });
    expect(householdsOf(e).find((h) => h.id === ids.bare)!.sensitive).toEqual({
      monthlyIncome: null, monthlyRent: null, disabilityKind: null, disabilitySeverity: null, memberHealth: {}, groupsSensitive: [],
    });
    // still nothing of the household without consent, sensitive or not
    for (const s of [HIDDEN_FIRST, HIDDEN_LAST, 'recoveredAddiction', ...hiddenIds]) expect(e.allText, s).not.toContain(s);

    const audit = lastAudit(t, 'exchange');
    expect(audit.action).toBe('export');
    expect(JSON.parse(audit.after_json!)).toMatchObject({
      scope: 'bank',
      includesSensitive: true,
      provinceOffice: false,
      fileSha256: createHash('sha256').update(e.zip).digest('hex'),
      counts: { households: 3, markers: 4, copies: 0, heldMarkers: 0 },
    });
  });

  test('volunteers and case workers may not export (the contract test covers every role)', async () => {
    expect((await t.fail('exchange.export', { scope: 'bank' }, tokens.caseworker)).code).toBe('FORBIDDEN');
  });
});

describe('province office, report scope, trust, a centre with nothing to mark', () => {
  let t: TestCore;
  let tokens: Record<Role, string>;
  let centreId: string;
  const other = { id: randomUUID(), name: 'مرکز نیکوکاری مهر ابهر' };
  let copyWithSensitive: BankHousehold;
  let copyPlain: BankHousehold;

  beforeAll(async () => {
    t = await makeTestCore({ clock });
    tokens = await setUpCentre(t);
    centreId = (t.core.db().prepare('SELECT id FROM centre').get() as { id: string }).id;
  });
  afterAll(() => t.close());

  test('a centre whose households all consent (or have no aid) exports without a passphrase', async () => {
    await t.call('households.create', { household: household({ consentToShare: true, consentDate: '2025-12-01' }) }, tokens.caseworker);
    await t.call('households.create', { household: household() }, tokens.caseworker); // no consent, no aid
    const e = await exportAndCheck(t, { scope: 'bank' }, tokens.manager);
    expect(householdsOf(e)).toHaveLength(1);
    expect(markersOf(e)).toEqual([]);
    const markersPart = e.manifest.parts[1]!;
    expect(markersPart).toEqual({ name: 'parts/markers.ndjson', count: 0, bytes: 0, sha256: createHash('sha256').digest('hex') });
  });

  test("a province office relays every copy (as it arrived) and every marker it holds", async () => {
    // The importer (exchange.import) is another engineer's part: the copies and markers a
    // province office holds after importing centres' files are inserted here directly.
    const base = (name: string): BankHousehold => ({
      id: randomUUID(),
      owner: other.id,
      ownerName: other.name,
      version: '2025-12-30T10:00:00.000Z',
      archivedAt: null,
      consentDate: '2025-09-01',
      head: { firstName: name, lastName: 'کریمی', fatherName: null, nationalId: nextNationalId(), birthDate: '1970-01-01', sex: 'male', mobile: null },
      city: 'ابهر',
      village: 'قروه',
      address: null,
      groups: ['elderlyAlone'],
      housingStatus: 'owner',
      agency: 'welfare',
      agencyFileNo: 'ب-۵۵',
      members: [],
      needs: [],
      aid: [{ id: randomUUID(), kind: 'cash', date: '2025-10-10', value: 7_000_000, description: null, source: 'centre', sourceName: null }],
      sensitive: null,
    });
    copyPlain = bankHousehold.parse(base('حسین'));
    copyWithSensitive = bankHousehold.parse({
      ...base('جواد'),
      archivedAt: '2025-12-31T09:00:00.000Z',
      groups: ['chronicIllness', 'elderlyAlone'],
      sensitive: { monthlyIncome: 9_876_543, monthlyRent: null, disabilityKind: null, disabilitySeverity: null, memberHealth: {}, groupsSensitive: ['chronicIllness'] },
    });
    const db = t.core.db();
    const insertCopy = db.prepare(`INSERT INTO bank_households (owner, id, owner_name, version, archived_at, display_name, name_key, father_key, birth_year, city, record, received_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 1348, ?, ?, ?)`);
    for (const c of [copyPlain, copyWithSensitive]) {
      insertCopy.run(c.owner, c.id, c.ownerName, c.version, c.archivedAt, `${c.head.firstName} ${c.head.lastName}`, 'x', c.city, JSON.stringify(c), clock.now().toISOString());
    }
    const heldHash = markerHash('any-province-passphrase', nextNationalId());
    db.prepare('INSERT INTO aid_markers (owner, owner_name, id_hash, kind, date, value) VALUES (?, ?, ?, ?, ?, ?)').run(other.id, other.name, heldHash, 'goods', '2025-11-11', 3_000_000);

    // an ordinary centre relays nothing
    let e = await exportAndCheck(t, { scope: 'bank' }, tokens.manager);
    expect(householdsOf(e).some((h) => h.owner === other.id)).toBe(false);
    expect(markersOf(e)).toEqual([]);

    const s = await t.call('exchange.setSettings', { provinceOffice: true }, tokens.admin);
    expect(s.provinceOffice).toBe(true);
    e = await exportAndCheck(t, { scope: 'bank', includeSensitive: true }, tokens.manager);
    expect(e.manifest.provinceOffice).toBe(true);
    const raw = e.file.data.get('parts/households.ndjson')!.toString('utf8').split('\n');
    // copies byte for byte as they arrived, the owner kept
    expect(raw).toContain(JSON.stringify(copyPlain));
    expect(raw).toContain(JSON.stringify(copyWithSensitive));
    expect(householdsOf(e).filter((h) => h.owner === centreId)).toHaveLength(1);
    expect(markersOf(e)).toEqual([{ owner: other.id, ownerName: other.name, idHash: heldHash, kind: 'goods', date: '2025-11-11', value: 3_000_000 }]);

    // not ticked: the relayed copy loses its sensitive data and groups too
    e = await exportAndCheck(t, { scope: 'bank' }, tokens.manager);
    const relayed = householdsOf(e).find((h) => h.id === copyWithSensitive.id)!;
    expect(relayed).toEqual({ ...copyWithSensitive, groups: ['elderlyAlone'], sensitive: null });
    expect(e.allText).not.toContain('9876543');
    expect(e.allText).not.toContain('chronicIllness');
    expect(JSON.parse(lastAudit(t, 'exchange').after_json!)).toMatchObject({ provinceOffice: true, counts: { households: 1, copies: 2, markers: 0, heldMarkers: 1 } });
    // the temporary parts are gone
    expect(readdirSync(join(t.dataDir, 'tmp'))).toEqual([]);
  });

  test('report scope: the agency figures for the period, and a province office adds the figures it received', async () => {
    const period = { kind: 'quarter', jy: 1404, quarter: 3 } as const;
    await t.call('exchange.setSettings', { provinceOffice: false }, tokens.admin);
    let e = await exportAndCheck(t, { scope: 'report', period }, tokens.manager);
    expect(e.fileName).toMatch(/^hamyar-report-1404-10-20-.+\.hamyar$/);
    expect(e.manifest).toMatchObject({ scope: 'report', period, includesSensitive: false, provinceOffice: false });
    const figures = await t.call('agency.figures', { period }, tokens.manager);
    const lines = e.lines.get('parts/figures.ndjson') as ReturnType<typeof figureLine.parse>[];
    // each figure says when it was computed: the file's createdAt
    expect(lines).toEqual(figures.figures.map((f) => ({ owner: centreId, ownerName: CENTRE.name, code: f.code, unit: f.unit, value: f.value, asOf: e.manifest.createdAt })));
    expect(lines.map((l) => l.code)).toContain('F07');

    const db = t.core.db();
    const ins = db.prepare('INSERT INTO received_figures (owner, owner_name, period, code, value, received_at) VALUES (?, ?, ?, ?, ?, ?)');
    ins.run(other.id, other.name, agencyPeriodKey(period), 'A02', 123_000_000, clock.now().toISOString());
    db.prepare("UPDATE received_figures SET as_of = '2026-01-05T09:00:00.000Z' WHERE code = 'A02'").run();
    // received before figures kept their asOf (''): relayed with the time it came
    ins.run(other.id, other.name, agencyPeriodKey(period), 'H01', 17, clock.now().toISOString());
    ins.run(other.id, other.name, agencyPeriodKey({ kind: 'quarter', jy: 1404, quarter: 2 }), 'A02', 5, clock.now().toISOString());
    expect(agencyPeriodKey(period)).toBe('1404-Q3');
    expect(agencyPeriodKey({ kind: 'month', jy: 1404, jm: 7 })).toBe('1404-07');
    expect(agencyPeriodKey({ kind: 'year', jy: 1404 })).toBe('1404');

    e = await exportAndCheck(t, { scope: 'report', period }, tokens.manager);
    expect((e.lines.get('parts/figures.ndjson') as unknown[]).some((l) => (l as { owner: string }).owner === other.id)).toBe(false);

    await t.call('exchange.setSettings', { provinceOffice: true }, tokens.admin);
    e = await exportAndCheck(t, { scope: 'report', period }, tokens.manager);
    const all = e.lines.get('parts/figures.ndjson') as ReturnType<typeof figureLine.parse>[];
    expect(all.filter((l) => l.owner === other.id)).toEqual([
      { owner: other.id, ownerName: other.name, code: 'A02', unit: 'rials', value: 123_000_000, asOf: '2026-01-05T09:00:00.000Z' },
      { owner: other.id, ownerName: other.name, code: 'H01', unit: 'count', value: 17, asOf: clock.now().toISOString() },
    ]);
    expect(all.filter((l) => l.owner === centreId)).toHaveLength(figures.figures.length);
    expect(e.manifest.provinceOffice).toBe(true);
    // no personal data in a report file: no name, no national ID of any household here
    const people = db.prepare('SELECT national_id AS id FROM household_national_ids').all() as { id: string }[];
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) expect(e.allText).not.toContain(p.id);
    expect(e.allText).not.toContain('فاطمه');
    const audit = JSON.parse(lastAudit(t, 'exchange').after_json!);
    expect(audit).toMatchObject({ scope: 'report', period, includesSensitive: false, counts: { figures: figures.figures.length, receivedFigures: 2 } });
  });

  test('trust.list and trust.remove (NOT_FOUND when absent), audited', async () => {
    const db = t.core.db();
    const key = () => generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const ins = db.prepare('INSERT INTO trusted_keys (centre_id, centre_name, public_key, fingerprint, province_office, trusted_at) VALUES (?, ?, ?, ?, ?, ?)');
    const rows = [
      { id: randomUUID(), name: 'مرکز نیکوکاری یاس', office: 0 },
      { id: randomUUID(), name: 'مرکز نیکوکاری گلستان', office: 0 },
      { id: randomUUID(), name: 'دفتر استان زنجان', office: 1 },
    ];
    for (const r of rows) {
      const k = key();
      ins.run(r.id, r.name, k, fingerprintOf(k), r.office, '2026-01-01T00:00:00.000Z');
    }
    const list = await t.call('trust.list', {}, tokens.manager);
    // the office first, then Persian alphabetical order (گ before ی)
    expect(list.map((k) => k.centreName)).toEqual(['دفتر استان زنجان', 'مرکز نیکوکاری گلستان', 'مرکز نیکوکاری یاس']);
    expect(list[0]).toEqual({ centreId: rows[2]!.id, centreName: 'دفتر استان زنجان', fingerprint: expect.stringMatching(/^\d{4} \d{4} \d{4} \d{4}$/), provinceOffice: true, trustedAt: '2026-01-01T00:00:00.000Z' });

    expect(await t.call('trust.remove', { centreId: rows[0]!.id }, tokens.manager)).toEqual({ centreId: rows[0]!.id });
    expect((await t.call('trust.list', {}, tokens.admin)).map((k) => k.centreId)).not.toContain(rows[0]!.id);
    const audit = lastAudit(t, 'trustedKey');
    expect(audit.action).toBe('remove');
    expect(JSON.parse(audit.before_json!)).toMatchObject({ centreId: rows[0]!.id, centreName: 'مرکز نیکوکاری یاس' });

    const before = fingerprint(t);
    const err = await t.fail('trust.remove', { centreId: rows[0]!.id }, tokens.manager);
    expect(err.code).toBe('NOT_FOUND');
    expect(err.key).toBe('trust.notFound');
    expect(err.message).toMatch(/[\u0600-\u06FF]/);
    expect(fingerprint(t)).toEqual(before);
    expect((await t.fail('trust.list', {}, tokens.caseworker)).code).toBe('FORBIDDEN');
  });
});

describe('the file name', () => {
  test('the Jalali date year-month-day in Latin digits, before the Persian name: names sort by date', () => {
    const centre = { id: randomUUID(), name: 'مرکز نیکوکاری امید', province: 'زنجان', city: 'زنجان' };
    // in date order: a day before a month's end, across months and across Nowruz
    const days = ['2025-05-01', '2025-12-21', '2025-12-22', '2026-03-20', '2026-03-21', '2026-11-25'];
    const names = days.map((d) => exportFileName('bank', centre, new Date(`${d}T08:00:00Z`)));
    expect(names[1]).toBe('hamyar-bank-1404-09-30-مرکز-نیکوکاری-امید.hamyar');
    expect(names[5]).toBe('hamyar-bank-1405-09-04-مرکز-نیکوکاری-امید.hamyar');
    expect(names.map((n) => n.slice('hamyar-bank-'.length, 'hamyar-bank-'.length + 10))).toEqual([
      '1404-02-11', '1404-09-30', '1404-10-01', '1404-12-29', '1405-01-01', '1405-09-04',
    ]);
    expect([...names].sort()).toEqual(names);
  });
});
