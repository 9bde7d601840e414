// Importing .hamyar files (electron/services/exchange/import.ts) on real SQLite, through the
// dispatcher: a round trip A → B → A with the exporter (nothing lost or duplicated, a centre's
// own records untouched), idempotent re-import (the bank tables byte for byte the same), newer
// versions replacing older ones and never the reverse, archiving travelling, report figures,
// duplicates, history — and every bad file refused with nothing changed and no temporary file
// left behind.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../../shared/contract/channel.ts';
import type { InputOf } from '../../shared/contract/index.ts';
import type { BankHousehold } from '../../shared/contract/exchangeRecords.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { fingerprint, manualClock, nextNationalId } from '../helpers/fixtures.ts';
import {
  craftFigure,
  craftFile,
  craftHousehold,
  craftMarker,
  keyOfCentre,
  ndjson,
  newKey,
  newSender,
  partEntry,
  type CraftOptions,
  type RawEntry,
} from '../helpers/craftExchange.ts';
import { readLimits } from '../../electron/services/exchange/verify.ts';
import { fingerprintOf } from '../../electron/services/exchange/keys.ts';
import { markerHash } from '../../electron/services/exchange/markers.ts';
import { normalizePassphrase } from '../../electron/services/exchange/settingsHandlers.ts';

type HouseholdInput = InputOf<'households.create'>['household'];
const PASSPHRASE = 'عبارت رمز استان زنجان ۱۴۰۴';

const clockA = manualClock('2026-05-01T08:00:00Z');
const clockB = manualClock('2026-05-02T08:00:00Z');
let A: TestCore;
let B: TestCore;
let tokA: Record<Role, string>;
let tokB: Record<Role, string>;
let centreA: string;
let centreB: string;

beforeAll(async () => {
  A = await makeTestCore({ clock: clockA });
  B = await makeTestCore({ clock: clockB });
  tokA = await setUpCentre(A);
  tokB = await setUpCentre(B);
  centreA = (A.core.db().prepare('SELECT id FROM centre').get() as { id: string }).id;
  centreB = (B.core.db().prepare('SELECT id FROM centre').get() as { id: string }).id;
  await A.call('exchange.setSettings', { passphrase: PASSPHRASE }, tokA.manager);
  await B.call('exchange.setSettings', { passphrase: PASSPHRASE }, tokB.manager);
});
afterAll(() => {
  A.close();
  B.close();
});
afterEach(() => {
  readLimits.partCap = 2 * 1024 ** 3;
  readLimits.lineCap = 16 * 1024 ** 2;
});

function localHousehold(headId: string, extra: Partial<HouseholdInput> = {}): HouseholdInput {
  return {
    head: { firstName: 'فاطمه', lastName: 'رضایی', fatherName: 'علی', nationalId: headId, birthDate: '1980-05-01', sex: 'female', mobile: '09121234567' },
    city: 'زنجان',
    housingStatus: 'owner',
    agency: 'none',
    members: [{ firstName: 'سارا', lastName: 'رضایی', relation: 'child', sex: 'female', nationalId: nextNationalId(), birthDate: '2010-02-02' }],
    consentToShare: true,
    consentDate: '2026-01-10',
    ...extra,
  };
}

const BANK_TABLES = ['bank_households', 'bank_national_ids', 'aid_markers', 'duplicate_pairs', 'received_figures', 'trusted_keys'];

/** sha256 over every row of the exchange's tables, in key order. */
function bankHash(t: TestCore): string {
  const db = t.core.db();
  const h = createHash('sha256');
  for (const table of BANK_TABLES) {
    h.update(`#${table}\n`);
    for (const row of db.prepare(`SELECT * FROM ${table}`).all()) h.update(`${JSON.stringify(row)}\n`);
  }
  return h.digest('hex');
}

function rows<T>(t: TestCore, sql: string, ...params: unknown[]): T[] {
  return t.core.db().prepare(sql).all(...params) as T[];
}

function tempLeft(t: TestCore): string[] {
  return readdirSync(t.dataDir).filter((n) => n.startsWith('tmp-import-'));
}

/** A refused file's audit row (electron/services/exchange/refusals.ts), left out of fingerprints. */
const isRefusalRow = (table: string, row: Record<string, unknown>) => table === 'audit_log' && row.action === 'refuse';

/** The reasons of every refusal audited so far, oldest first. */
function refusalReasons(t: TestCore): string[] {
  return rows<{ after_json: string }>(t, "SELECT after_json FROM audit_log WHERE action = 'refuse' ORDER BY id").map((r) => (JSON.parse(r.after_json) as { reason: string }).reason);
}

function importsCount(t: TestCore): number {
  return (t.core.db().prepare('SELECT count(*) AS n FROM exchange_imports').get() as { n: number }).n;
}

// ---- a crafted sender that B trusts ------------------------------------------------------------

const S = newSender('مرکز نیکوکاری سرپناه');
const keyS = newKey();
let trustedS = false;

async function ensureTrustedS(): Promise<void> {
  if (trustedS) return;
  const f = craftFile({ sender: S, key: keyS, households: [craftHousehold(S, 1000)] });
  await B.call('exchange.import', { base64: f.base64, trustKey: true }, tokB.manager);
  trustedS = true;
}

function fileS(o: Partial<CraftOptions> = {}) {
  return craftFile({ sender: S, key: keyS, households: [craftHousehold(S, 1), craftHousehold(S, 2)], markers: [craftMarker(S, 'a'.repeat(64))], ...o });
}

describe('round trip A → B → A with the exporter', () => {
  test('B trusts and imports A bank; B (a province office) relays it back and A skips its own records', async () => {
    // A: three households with consent (one archived, one with aid), one without consent with aid
    const h1 = await A.call('households.create', { household: localHousehold(nextNationalId()) }, tokA.caseworker);
    const h2 = await A.call('households.create', { household: localHousehold(nextNationalId(), { head: { firstName: 'زهرا', lastName: 'احمدی', nationalId: nextNationalId(), birthDate: '1975-02-03', sex: 'female' } }) }, tokA.caseworker);
    const h3 = await A.call('households.create', { household: localHousehold(nextNationalId()) }, tokA.caseworker);
    const noConsent = await A.call('households.create', { household: localHousehold(nextNationalId(), { consentToShare: false, consentDate: null }) }, tokA.caseworker);
    await A.call('aid.record', { householdId: h1.id, kind: 'cash', date: '2026-03-01', value: 50_000_000, source: 'centre' }, tokA.caseworker);
    await A.call('aid.record', { householdId: noConsent.id, kind: 'goods', date: '2026-03-02', value: 7_000_000, source: 'centre' }, tokA.caseworker);
    clockA.advance(60_000);
    await A.call('households.archive', { id: h3.id }, tokA.caseworker);
    const localOfA = fingerprintOfLocal(A);

    const fileA = await A.call('exchange.export', { scope: 'bank', includeSensitive: false }, tokA.manager);
    const before = fingerprint(B, isRefusalRow);
    const preview = await B.call('exchange.inspect', { base64: fileA.base64 }, tokB.manager);
    expect(fingerprint(B, isRefusalRow)).toEqual(before);
    const settingsA = await A.call('exchange.getSettings', {}, tokA.manager);
    expect(preview).toMatchObject({
      trust: 'new',
      scope: 'bank',
      seenBefore: false,
      sender: { id: centreA, fingerprint: settingsA.fingerprint, provinceOffice: false },
      counts: { households: 3, new: 3, newer: 0, unchanged: 0, older: 0, ownSkipped: 0, markers: 2 },
    });

    // not yet trusted: refused, nothing changed but the refusal's audit row
    const refused = await B.fail('exchange.import', { base64: fileA.base64 }, tokB.manager);
    expect(refused).toMatchObject({ code: 'CONFLICT', key: 'exchange.notTrusted' });
    expect(refused.message).toContain(settingsA.fingerprint);
    expect(fingerprint(B, isRefusalRow)).toEqual(before);
    expect(refusalReasons(B)).toEqual(['exchange.notTrusted']);

    const rec = await B.call('exchange.import', { base64: fileA.base64, trustKey: true }, tokB.manager);
    expect(rec.counts).toMatchObject({ households: 3, new: 3, markers: 2, ownSkipped: 0 });
    expect(rec.backupFile).toMatch(/before-import/);
    expect(tempLeft(B)).toEqual([]);
    const copies = rows<{ id: string; archived_at: string | null; record: string; owner: string }>(B, 'SELECT id, archived_at, record, owner FROM bank_households ORDER BY id');
    expect(copies.map((c) => c.id).sort()).toEqual([h1.id, h2.id, h3.id].sort());
    expect(copies.every((c) => c.owner === centreA)).toBe(true);
    expect(copies.find((c) => c.id === h3.id)!.archived_at).not.toBeNull(); // archiving travels
    expect(copies.find((c) => c.id === h1.id)!.archived_at).toBeNull();
    const copy1 = JSON.parse(copies.find((c) => c.id === h1.id)!.record) as BankHousehold;
    expect(copy1.head.nationalId).toBe(h1.head.nationalId);
    expect(copy1.aid).toHaveLength(1);
    // every national ID of every copy, once
    expect(rows(B, 'SELECT national_id FROM bank_national_ids WHERE household_id = ?', h1.id)).toHaveLength(2);
    // the aid travels inside the copy's record (only h1 had any)
    expect(JSON.parse(copies.find((c) => c.id === h2.id)!.record).aid).toEqual([]);
    expect(copy1.aid[0]).toMatchObject({ kind: 'cash', value: 50_000_000 });
    // the household without consent arrived only as markers, under the shared passphrase
    const markerIds = [noConsent.head.nationalId, ...noConsent.members.map((m) => m.nationalId!)];
    expect(rows<{ id_hash: string }>(B, 'SELECT id_hash FROM aid_markers ORDER BY id_hash').map((m) => m.id_hash)).toEqual(markerIds.map((id) => markerHash(normalizePassphrase(PASSPHRASE), id)).sort());
    expect(rows(B, "SELECT * FROM trusted_keys WHERE centre_id = ?", centreA)).toEqual([
      expect.objectContaining({ fingerprint: settingsA.fingerprint, province_office: 0, centre_name: 'مرکز نیکوکاری امید' }),
    ]);
    expect(rows(B, "SELECT action FROM audit_log WHERE entity IN ('trustedKey', 'exchangeImport') ORDER BY id")).toEqual([{ action: 'refuse' }, { action: 'trust' }, { action: 'import' }]);
    const history = await B.call('exchange.history', {}, tokB.manager);
    expect(history.items[0]).toEqual(rec);

    // B becomes a province office with one household of its own, and exports the merged bank
    await B.call('exchange.setSettings', { provinceOffice: true }, tokB.manager);
    const hB = await B.call('households.create', { household: localHousehold(nextNationalId(), { head: { firstName: 'مریم', lastName: 'کریمی', nationalId: nextNationalId(), birthDate: '1985-07-08', sex: 'female' } }) }, tokB.caseworker);
    const fileB = await B.call('exchange.export', { scope: 'bank', includeSensitive: false }, tokB.manager);
    const previewA = await A.call('exchange.inspect', { base64: fileB.base64 }, tokA.manager);
    expect(previewA).toMatchObject({ trust: 'new', sender: { id: centreB, provinceOffice: true }, counts: { households: 4, new: 1, ownSkipped: 3, markers: 0 } });
    const recA = await A.call('exchange.import', { base64: fileB.base64, trustKey: true }, tokA.manager);
    expect(recA.counts).toMatchObject({ households: 4, new: 1, newer: 0, unchanged: 0, older: 0, ownSkipped: 3, markers: 0 });
    // A's own records untouched, none of them copied into its bank, its own markers not taken in
    expect(fingerprintOfLocal(A)).toEqual(localOfA);
    expect(rows(A, 'SELECT owner, id FROM bank_households')).toEqual([{ owner: centreB, id: hB.id }]);
    expect(rows(A, 'SELECT * FROM aid_markers WHERE owner = ?', centreA)).toEqual([]);
    expect(rows(A, 'SELECT province_office FROM trusted_keys WHERE centre_id = ?', centreB)).toEqual([{ province_office: 1 }]);

    // and B imports A's file once more: nothing changes but the history
    const bankBefore = bankHash(B);
    const again = await B.call('exchange.inspect', { base64: fileA.base64 }, tokB.manager);
    expect(again).toMatchObject({ trust: 'trusted', seenBefore: true, counts: { new: 0, unchanged: 3, markers: 0, duplicates: 0 } });
    const rec2 = await B.call('exchange.import', { base64: fileA.base64 }, tokB.manager);
    expect(rec2.counts).toEqual({ households: 3, new: 0, newer: 0, unchanged: 3, older: 0, ownSkipped: 0, markers: 0, figures: 0, duplicates: 0 });
    expect(bankHash(B)).toBe(bankBefore);
    const h2nd = await B.call('exchange.history', { limit: 1 }, tokB.manager);
    expect(h2nd.items[0]!.id).toBe(rec2.id);
    expect(h2nd.total).toBe(importsCount(B));
  });
});

/** The tables of a centre's own data that an import must never touch. */
function fingerprintOfLocal(t: TestCore): string {
  const db = t.core.db();
  const h = createHash('sha256');
  for (const table of ['households', 'household_members', 'household_national_ids', 'aid_records']) {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
    if (!exists) continue;
    for (const row of db.prepare(`SELECT * FROM ${table}`).all()) h.update(`${JSON.stringify(row)}\n`);
  }
  return h.digest('hex');
}

describe('versions', () => {
  test('a newer version replaces the copy; an older or equal one changes nothing; archiving travels', async () => {
    await ensureTrustedS();
    const v1 = craftHousehold(S, 7, { members: 2, aid: 1, version: '2026-06-01T08:00:00.000Z' });
    const v2: BankHousehold = {
      ...craftHousehold(S, 8, { members: 3, aid: 2, version: '2026-07-01T08:00:00.000Z' }),
      id: v1.id,
    };
    const v3: BankHousehold = { ...v2, version: '2026-08-01T08:00:00Z', archivedAt: '2026-08-01T08:00:00.000Z' };
    const file = (h: BankHousehold) => craftFile({ sender: S, key: keyS, households: [h] });

    let rec = await B.call('exchange.import', { base64: file(v1).base64 }, tokB.manager);
    expect(rec.counts).toMatchObject({ new: 1, newer: 0 });
    const ids = () => rows<{ national_id: string }>(B, 'SELECT national_id FROM bank_national_ids WHERE household_id = ? ORDER BY national_id', v1.id).map((r) => r.national_id);
    expect(ids()).toEqual([v1.head.nationalId, ...v1.members.map((m) => m.nationalId!)].sort());

    rec = await B.call('exchange.import', { base64: file(v2).base64 }, tokB.manager);
    expect(rec.counts).toMatchObject({ new: 0, newer: 1 });
    expect(ids()).toEqual([v2.head.nationalId, ...v2.members.map((m) => m.nationalId!)].sort());
    const row = rows<{ version: string; display_name: string; record: string; archived_at: string | null }>(B, 'SELECT * FROM bank_households WHERE id = ?', v1.id)[0]!;
    expect(row).toMatchObject({ version: v2.version, display_name: `${v2.head.firstName} ${v2.head.lastName}`, archived_at: null });
    expect(JSON.parse(row.record)).toEqual(v2);

    // the older file again: counted as older, nothing written
    let bank = bankHash(B);
    rec = await B.call('exchange.import', { base64: file(v1).base64 }, tokB.manager);
    expect(rec.counts).toMatchObject({ older: 1, new: 0, newer: 0, unchanged: 0 });
    expect(bankHash(B)).toBe(bank);
    // the same instant written with other fraction digits is the same version
    rec = await B.call('exchange.import', { base64: file({ ...v2, version: '2026-07-01T08:00:00Z' }).base64 }, tokB.manager);
    expect(rec.counts).toMatchObject({ unchanged: 1 });
    expect(bankHash(B)).toBe(bank);

    // archived at the owner: the copy arrives archived
    rec = await B.call('exchange.import', { base64: file(v3).base64 }, tokB.manager);
    expect(rec.counts).toMatchObject({ newer: 1 });
    expect(rows(B, 'SELECT archived_at FROM bank_households WHERE id = ?', v1.id)).toEqual([{ archived_at: '2026-08-01T08:00:00.000Z' }]);
    bank = bankHash(B);
    const preview = await B.call('exchange.inspect', { base64: file(v2).base64 }, tokB.manager);
    expect(preview.counts).toMatchObject({ older: 1 });
    expect(bankHash(B)).toBe(bank);
  });
});

describe('a province office file with owners interleaved', () => {
  test('an owner met again, and the same household twice in one file, are judged against what the import itself wrote', async () => {
    const office = newSender('دفتر استان (آزمون ترتیب)');
    const keyO = newKey();
    const X = newSender('مرکز ایکس');
    const Y = newSender('مرکز ایگرگ');
    const h1 = craftHousehold(X, 60, { version: '2026-01-01T00:00:00.000Z' });
    await B.call('exchange.import', { base64: craftFile({ sender: office, key: keyO, provinceOffice: true, households: [h1] }).base64, trustKey: true }, tokB.manager);
    const h1v2 = { ...h1, version: '2026-02-01T00:00:00.000Z', city: 'ابهر' };
    const h3 = craftHousehold(X, 61);
    const f = craftFile({ sender: office, key: keyO, provinceOffice: true, households: [h1v2, craftHousehold(Y, 62), h3, h1v2, { ...h3, version: '2025-01-01T00:00:00.000Z' }] });
    const preview = await B.call('exchange.inspect', { base64: f.base64 }, tokB.manager);
    expect(preview.counts).toMatchObject({ households: 5, newer: 2, new: 3, unchanged: 0, older: 0 }); // the dry run judges every line against the data held now
    const rec = await B.call('exchange.import', { base64: f.base64 }, tokB.manager);
    expect(rec.counts).toMatchObject({ households: 5, newer: 1, new: 2, unchanged: 1, older: 1 });
    expect(rows(B, 'SELECT id, city, version FROM bank_households WHERE owner = ? ORDER BY version', X.id)).toEqual([
      { id: h1.id, city: 'ابهر', version: h1v2.version },
      { id: h3.id, city: 'زنجان', version: h3.version },
    ]);
  });
});

describe('duplicates, markers and report files', () => {
  test('a copy sharing a national ID with a local household is listed as a possible duplicate, once', async () => {
    await ensureTrustedS();
    const local = await B.call('households.create', { household: localHousehold(nextNationalId(), { head: { firstName: 'سکینه', lastName: 'نوری', nationalId: nextNationalId(), birthDate: '1970-01-05', sex: 'female' } }) }, tokB.caseworker);
    const copy = craftHousehold(S, 33);
    copy.members[0]!.nationalId = local.head.nationalId;
    const f = craftFile({ sender: S, key: keyS, households: [copy] });
    const preview = await B.call('exchange.inspect', { base64: f.base64 }, tokB.manager);
    expect(preview.counts.duplicates).toBe(1);
    expect(preview.duplicates).toEqual([
      { localHouseholdId: local.id, localName: 'سکینه نوری', owner: S.id, ownerName: S.name, bankId: copy.id, bankName: `${copy.head.firstName} ${copy.head.lastName}`, reason: 'nationalId' },
    ]);
    const rec = await B.call('exchange.import', { base64: f.base64 }, tokB.manager);
    expect(rec.counts.duplicates).toBe(1);
    expect(rows(B, 'SELECT household_id, bank_owner, bank_id, reason, verdict FROM duplicate_pairs WHERE bank_id = ?', copy.id)).toEqual([
      { household_id: local.id, bank_owner: S.id, bank_id: copy.id, reason: 'nationalId', verdict: null },
    ]);
    // a newer version of the same copy finds the same pair: still one row, the same one
    const pairId = rows<{ id: string }>(B, 'SELECT id FROM duplicate_pairs WHERE bank_id = ?', copy.id)[0]!.id;
    const newer = craftFile({ sender: S, key: keyS, households: [{ ...copy, version: '2026-12-01T00:00:00.000Z' }] });
    await B.call('exchange.import', { base64: newer.base64 }, tokB.manager);
    expect(rows(B, 'SELECT id FROM duplicate_pairs WHERE bank_id = ?', copy.id)).toEqual([{ id: pairId }]);
    // the owner corrects the member's ID: the undecided pair no longer holds and leaves the list
    const corrected = { ...copy, version: '2026-12-02T00:00:00.000Z', members: copy.members.map((m, i) => (i === 0 ? { ...m, nationalId: nextNationalId() } : m)) };
    await B.call('exchange.import', { base64: craftFile({ sender: S, key: keyS, households: [corrected] }).base64 }, tokB.manager);
    expect(rows(B, 'SELECT id FROM duplicate_pairs WHERE bank_id = ?', copy.id)).toEqual([]);
  });

  test("a reviewer's verdict on a pair stays when a newer version of the copy no longer matches", async () => {
    await ensureTrustedS();
    const local = await B.call('households.create', { household: localHousehold(nextNationalId(), { head: { firstName: 'معصومه', lastName: 'کرمی', nationalId: nextNationalId(), birthDate: '1972-03-05', sex: 'female' } }) }, tokB.caseworker);
    const copy = craftHousehold(S, 34);
    copy.members[0]!.nationalId = local.head.nationalId;
    await B.call('exchange.import', { base64: craftFile({ sender: S, key: keyS, households: [copy] }).base64 }, tokB.manager);
    const pair = rows<{ id: string }>(B, 'SELECT id FROM duplicate_pairs WHERE bank_id = ?', copy.id)[0]!;
    await B.call('duplicates.decide', { id: pair.id, verdict: 'different' }, tokB.caseworker);
    const corrected = { ...copy, version: '2026-12-02T00:00:00.000Z', members: copy.members.map((m, i) => (i === 0 ? { ...m, nationalId: nextNationalId() } : m)) };
    await B.call('exchange.import', { base64: craftFile({ sender: S, key: keyS, households: [corrected] }).base64 }, tokB.manager);
    expect(rows(B, 'SELECT id, verdict FROM duplicate_pairs WHERE bank_id = ?', copy.id)).toEqual([{ id: pair.id, verdict: 'different' }]);
  });

  test('markers: recorded once, a re-import adds none', async () => {
    await ensureTrustedS();
    const hashes = ['1', '2', '3'].map((c) => c.repeat(64));
    const f = craftFile({ sender: S, key: keyS, households: [], markers: [...hashes.map((h) => craftMarker(S, h)), craftMarker(S, hashes[0]!)] });
    const preview = await B.call('exchange.inspect', { base64: f.base64 }, tokB.manager);
    expect(preview.counts.markers).toBe(3);
    expect((await B.call('exchange.import', { base64: f.base64 }, tokB.manager)).counts.markers).toBe(3);
    const bank = bankHash(B);
    expect((await B.call('exchange.import', { base64: f.base64 }, tokB.manager)).counts.markers).toBe(0);
    expect(bankHash(B)).toBe(bank);
  });

  test('a report file: figures recorded by period, replaced by a later report, never by an earlier one; the same file twice changes nothing', async () => {
    await ensureTrustedS();
    const period = { kind: 'quarter' as const, jy: 1404, quarter: 3 as const };
    const f1 = craftFile({ sender: S, key: keyS, scope: 'report', period, figures: [craftFigure(S, 'H01', 12), craftFigure(S, 'A02', 5_000_000)] });
    let rec = await B.call('exchange.import', { base64: f1.base64 }, tokB.manager);
    expect(rec).toMatchObject({ scope: 'report', counts: { figures: 2, new: 2 } });
    expect(rows(B, 'SELECT period, code, value FROM received_figures WHERE owner = ? ORDER BY code', S.id)).toEqual([
      { period: '1404-Q3', code: 'A02', value: 5_000_000 },
      { period: '1404-Q3', code: 'H01', value: 12 },
    ]);
    const bank = bankHash(B);
    rec = await B.call('exchange.import', { base64: f1.base64 }, tokB.manager);
    expect(rec.counts).toMatchObject({ figures: 2, new: 0, unchanged: 2 });
    expect(bankHash(B)).toBe(bank);
    const later = '2026-12-01T00:00:00.000Z';
    const f2 = craftFile({ sender: S, key: keyS, scope: 'report', period, figures: [craftFigure(S, 'H01', 13, later)], createdAt: later });
    rec = await B.call('exchange.import', { base64: f2.base64 }, tokB.manager);
    expect(rec.counts).toMatchObject({ figures: 1, newer: 1 });
    expect(rows(B, "SELECT value FROM received_figures WHERE owner = ? AND code = 'H01'", S.id)).toEqual([{ value: 13 }]);
    // a report made in between, arriving last: older than the figure held, nothing written
    const between = '2026-11-28T00:00:00.000Z';
    const f3 = craftFile({ sender: S, key: keyS, scope: 'report', period, figures: [craftFigure(S, 'H01', 99, between), craftFigure(S, 'A02', 7_000_000, between)], createdAt: between });
    const beforeF3 = bankHash(B);
    rec = await B.call('exchange.import', { base64: f3.base64 }, tokB.manager);
    expect(rec.counts).toMatchObject({ figures: 2, older: 1, newer: 1 });
    expect(rows(B, 'SELECT code, value FROM received_figures WHERE owner = ? ORDER BY code', S.id)).toEqual([
      { code: 'A02', value: 7_000_000 },
      { code: 'H01', value: 13 },
    ]);
    expect(bankHash(B)).not.toBe(beforeF3);
    // the first report again, now the oldest of all: nothing changes
    const beforeAgain = bankHash(B);
    rec = await B.call('exchange.import', { base64: f1.base64 }, tokB.manager);
    expect(rec.counts).toMatchObject({ figures: 2, older: 2, new: 0, newer: 0 });
    expect(bankHash(B)).toBe(beforeAgain);
  });

  test('a province office file relaying the importing centre\'s own records: skipped, not refused', async () => {
    const office = newSender('دفتر استان زنجان');
    const keyO = newKey();
    const mine = { id: centreB, name: 'مرکز نیکوکاری امید' };
    const other = newSender('مرکز نیکوکاری مداد رنگی');
    const f = craftFile({
      sender: office,
      key: keyO,
      provinceOffice: true,
      households: [craftHousehold(mine, 50), craftHousehold(other, 51)],
      markers: [craftMarker(mine, 'b'.repeat(64)), craftMarker(other, 'c'.repeat(64))],
    });
    const rec = await B.call('exchange.import', { base64: f.base64, trustKey: true }, tokB.manager);
    expect(rec.counts).toMatchObject({ households: 2, ownSkipped: 1, new: 1, markers: 1 });
    expect(rows(B, 'SELECT owner FROM bank_households WHERE owner = ?', centreB)).toEqual([]);
    expect(rows(B, 'SELECT owner FROM aid_markers WHERE owner = ?', centreB)).toEqual([]);
    expect(rows(B, 'SELECT owner FROM bank_households WHERE owner = ?', other.id)).toHaveLength(1);
  });
});

describe('temporary files', () => {
  test('an upload folder left by a killed import is removed by a later one once it is stale', async () => {
    const stale = join(B.dataDir, 'tmp-import-left');
    const fresh = join(B.dataDir, 'tmp-import-busy');
    for (const d of [stale, fresh]) {
      mkdirSync(d);
      writeFileSync(join(d, 'upload.hamyar'), 'x');
    }
    const old = new Date(Date.now() - 7 * 3600_000);
    utimesSync(stale, old, old);
    await B.fail('exchange.inspect', { base64: Buffer.from('nope').toString('base64') }, tokB.manager);
    expect(tempLeft(B)).toEqual(['tmp-import-busy']);
    rmSync(fresh, { recursive: true });
  });
});

describe('access and history', () => {
  test('only managers and administrators inspect and import; history pages newest first', async () => {
    const f = fileS();
    for (const role of ['caseworker', 'treasurer', 'volunteer'] as const) {
      expect((await B.fail('exchange.import', { base64: f.base64 }, tokB[role])).code).toBe('FORBIDDEN');
      expect((await B.fail('exchange.inspect', { base64: f.base64 }, tokB[role])).code).toBe('FORBIDDEN');
    }
    const all = await B.call('exchange.history', { limit: 200 }, tokB.admin);
    expect(all.total).toBe(importsCount(B));
    const ordered = [...all.items].sort((a, b) => (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : 0));
    expect(all.items.map((i) => i.importedAt)).toEqual(ordered.map((i) => i.importedAt));
    const second = await B.call('exchange.history', { limit: 1, offset: 1 }, tokB.admin);
    expect(second.items[0]).toEqual(all.items[1]);
  });
});

// ---- every bad file ------------------------------------------------------------------------------

/** Flips one byte of `buf` at `at`. */
function flip(buf: Buffer, at: number): Buffer {
  const out = Buffer.from(buf);
  out[at] = out[at]! ^ 0x01;
  return out;
}

function offsetOf(buf: Buffer, needle: string | Buffer, from = 0): number {
  const i = buf.indexOf(needle, from);
  if (i < 0) throw new Error(`not found: ${String(needle)}`);
  return i;
}

const stored = (entries: RawEntry[]) => entries.map((e) => ({ ...e, method: 0 as const }));
const withEntry = (extra: RawEntry) => (entries: RawEntry[]) => [...entries, extra];

interface BadCase {
  name: string;
  file: () => Buffer | Promise<Buffer>;
  code: string;
  key: string;
  trustKey?: boolean;
  /** inspect refuses too (false for trust refusals: the preview shows the trust state) */
  inspectRefuses?: boolean;
  setup?: () => void;
}

const body = () => [craftHousehold(S, 3), craftHousehold(S, 4)];
const badCases: BadCase[] = [
  { name: 'not a ZIP at all', file: () => Buffer.from('این یک پروندهٔ همیار نیست\n'), code: 'BAD_FILE', key: 'exchange.notHamyar' },
  { name: 'empty upload (the contract refuses it)', file: () => Buffer.alloc(0), code: 'VALIDATION', key: 'validation.failed' },
  { name: 'an upload that is not base64 of anything', file: () => Buffer.from([0xff]), code: 'BAD_FILE', key: 'exchange.notHamyar' },
  { name: 'truncated file (half of it)', file: () => { const b = fileS().bytes; return b.subarray(0, b.length >> 1); }, code: 'BAD_FILE', key: 'exchange.damaged' },
  { name: 'truncated file (last 10 bytes cut)', file: () => { const b = fileS().bytes; return b.subarray(0, b.length - 10); }, code: 'BAD_FILE', key: 'exchange.damaged' },
  {
    name: 'one byte flipped in a part (stored entry)',
    file: () => { const f = craftFile({ sender: S, key: keyS, households: body(), entries: stored }); return flip(f.bytes, offsetOf(f.bytes, '"ownerName"') + 3); },
    code: 'BAD_FILE', key: 'exchange.tampered',
  },
  {
    name: 'one byte changed in a part before zipping (the hash differs)',
    file: () => fileS({ households: body(), partBytes: (name, b) => (name === 'parts/households.ndjson' ? flip(b, b.indexOf('"city"') + 9) : b) }).bytes,
    code: 'BAD_FILE', key: 'exchange.tampered',
  },
  {
    name: 'one byte flipped in manifest.json',
    file: () => { const f = craftFile({ sender: S, key: keyS, households: body(), entries: stored }); return flip(f.bytes, offsetOf(f.bytes, '10:15:00.000Z') + 4); },
    code: 'BAD_FILE', key: 'exchange.badSignature',
  },
  {
    name: 'one byte flipped in manifest.sig',
    file: () => { const f = craftFile({ sender: S, key: keyS, households: body(), entries: stored }); const sigAt = offsetOf(f.bytes, 'manifest.sig') + 'manifest.sig'.length; return flip(f.bytes, sigAt + 10); },
    code: 'BAD_FILE', key: 'exchange.badSignature',
  },
  { name: 'manifest.sig missing', file: () => fileS({ entries: (e) => e.filter((x) => x.name !== 'manifest.sig') }).bytes, code: 'BAD_FILE', key: 'exchange.badSignature' },
  { name: 'signed by another key than the manifest names', file: () => fileS({ signWith: newKey() }).bytes, code: 'BAD_FILE', key: 'exchange.badSignature' },
  {
    name: 'unknown key without trustKey',
    file: () => { const stranger = newSender('مرکز ناشناس'); return craftFile({ sender: stranger, key: newKey(), households: [craftHousehold(stranger, 1)] }).bytes; },
    code: 'CONFLICT', key: 'exchange.notTrusted', inspectRefuses: false,
  },
  {
    name: 'a key that differs from the trusted one (even with trustKey)',
    file: () => craftFile({ sender: S, key: newKey(), households: body() }).bytes,
    code: 'CONFLICT', key: 'exchange.keyChanged', trustKey: true, inspectRefuses: false,
  },
  {
    name: 'a trusted ordinary centre claiming to be a province office',
    file: () => fileS({ provinceOffice: true }).bytes,
    code: 'CONFLICT', key: 'exchange.officeClaim', inspectRefuses: false,
  },
  {
    name: 'this centre\'s own file',
    file: () => craftFile({ sender: { id: centreB, name: 'مرکز نیکوکاری امید' }, key: keyOfCentre(B.core.db()), households: [] }).bytes,
    code: 'CONFLICT', key: 'exchange.ownFile', inspectRefuses: false,
  },
  { name: 'formatVersion 2', file: () => fileS({ manifest: (m) => ({ ...m, formatVersion: 2 }) }).bytes, code: 'BAD_FILE', key: 'exchange.newerFormat' },
  { name: 'another format', file: () => fileS({ manifest: (m) => ({ ...m, format: 'other-exchange' }) }).bytes, code: 'BAD_FILE', key: 'exchange.notHamyar' },
  { name: 'a manifest failing its schema', file: () => fileS({ manifest: (m) => ({ ...m, centre: { ...m.centre, id: 'not-a-uuid' } }) }).bytes, code: 'BAD_FILE', key: 'exchange.badManifest' },
  { name: 'a part the scope does not have', file: () => fileS({ manifest: (m) => ({ ...m, parts: [...m.parts, { ...m.parts[0]!, name: 'parts/figures.ndjson' }] }) }).bytes, code: 'BAD_FILE', key: 'exchange.badManifest' },
  { name: 'manifest.json not the first entry', file: () => fileS({ entries: (e) => [e[1]!, e[0]!, ...e.slice(2)] }).bytes, code: 'BAD_FILE', key: 'exchange.notHamyar' },
  { name: 'entry named ../evil.ndjson', file: () => fileS({ entries: withEntry({ name: '../evil.ndjson', data: Buffer.from('{}\n') }) }).bytes, code: 'BAD_FILE', key: 'exchange.badEntry' },
  { name: 'entry named parts/../x.ndjson', file: () => fileS({ entries: withEntry({ name: 'parts/../x.ndjson', data: Buffer.from('{}\n') }) }).bytes, code: 'BAD_FILE', key: 'exchange.badEntry' },
  { name: 'entry named /abs.ndjson', file: () => fileS({ entries: withEntry({ name: '/abs.ndjson', data: Buffer.from('{}\n') }) }).bytes, code: 'BAD_FILE', key: 'exchange.badEntry' },
  { name: 'entry named parts\\x.ndjson', file: () => fileS({ entries: withEntry({ name: 'parts\\x.ndjson', data: Buffer.from('{}\n') }) }).bytes, code: 'BAD_FILE', key: 'exchange.badEntry' },
  { name: 'entry named C:/x.ndjson', file: () => fileS({ entries: withEntry({ name: 'C:/x.ndjson', data: Buffer.from('{}\n') }) }).bytes, code: 'BAD_FILE', key: 'exchange.badEntry' },
  { name: 'a part replaced by ../ in its name', file: () => fileS({ entries: (e) => e.map((x) => (x.name === 'parts/markers.ndjson' ? { ...x, name: 'parts/../parts/markers.ndjson' } : x)) }).bytes, code: 'BAD_FILE', key: 'exchange.badEntry' },
  { name: 'an extra entry of the right shape', file: () => fileS({ entries: withEntry({ name: 'parts/extra.ndjson', data: Buffer.from('{}\n') }) }).bytes, code: 'BAD_FILE', key: 'exchange.badEntry' },
  { name: 'an extra entry of another shape', file: () => fileS({ entries: withEntry({ name: 'readme.txt', data: Buffer.from('hello') }) }).bytes, code: 'BAD_FILE', key: 'exchange.badEntry' },
  { name: 'the same part twice', file: () => fileS({ entries: (e) => [...e, e[2]!] }).bytes, code: 'BAD_FILE', key: 'exchange.badEntry' },
  { name: 'a missing part', file: () => fileS({ entries: (e) => e.filter((x) => x.name !== 'parts/markers.ndjson') }).bytes, code: 'BAD_FILE', key: 'exchange.missingPart' },
  { name: 'an encrypted entry', file: () => fileS({ entries: (e) => e.map((x) => (x.name === 'parts/markers.ndjson' ? { ...x, method: 0 as const, encrypted: true } : x)) }).bytes, code: 'BAD_FILE', key: 'exchange.badEntry' },
  {
    name: 'an entry whose header says it is larger than the manifest says',
    file: () => fileS({ partBytes: (name, b) => (name === 'parts/households.ndjson' ? Buffer.concat([b, ndjson([craftHousehold(S, 5)])]) : b) }).bytes,
    code: 'BAD_FILE', key: 'exchange.tooLarge',
  },
  {
    name: 'an entry that inflates beyond the bytes its header and the manifest state',
    file: () => {
      const hs = body();
      const size = ndjson(hs).length;
      return fileS({
        households: hs,
        partBytes: (name, b) => (name === 'parts/households.ndjson' ? Buffer.concat([b, Buffer.alloc(200_000, 0x20)]) : b),
        entries: (e) => e.map((x) => (x.name === 'parts/households.ndjson' ? { ...x, declaredSize: size } : x)),
      }).bytes;
    },
    code: 'BAD_FILE', key: 'exchange.tooLarge',
  },
  { name: 'a part past the size cap', setup: () => { readLimits.partCap = 1000; }, file: () => fileS({ households: body() }).bytes, code: 'BAD_FILE', key: 'exchange.tooLarge' },
  {
    name: 'a line longer than the line cap (its bytes are still hashed to the end)',
    setup: () => { readLimits.lineCap = 1500; },
    file: () => fileS({ households: [craftHousehold(S, 17, { members: 0, aid: 0 }), craftHousehold(S, 18, { members: 6, aid: 6 }), craftHousehold(S, 19, { members: 0, aid: 0 })] }).bytes,
    code: 'BAD_FILE', key: 'exchange.badLine',
  },
  {
    name: 'a line longer than the line cap, across inflated chunks',
    setup: () => { readLimits.lineCap = 20_000; },
    file: () => fileS({ households: [craftHousehold(S, 24, { members: 0, aid: 0 }), craftHousehold(S, 25, { members: 20, aid: 200 })] }).bytes,
    code: 'BAD_FILE', key: 'exchange.badLine',
  },
  {
    name: 'a malformed JSON line',
    file: () => { const lines = [JSON.stringify(craftHousehold(S, 9)), '{"id": "broken', JSON.stringify(craftHousehold(S, 10))]; return fileS({ households: lines as never }).bytes; },
    code: 'BAD_FILE', key: 'exchange.badLine',
  },
  { name: 'a national ID of 9 digits', file: () => { const h = craftHousehold(S, 11); h.head.nationalId = '123456789'; return fileS({ households: [craftHousehold(S, 12), h] }).bytes; }, code: 'BAD_FILE', key: 'exchange.badLine' },
  { name: 'a line with a field the schema does not know', file: () => fileS({ households: [{ ...craftHousehold(S, 13), extra: 1 } as never] }).bytes, code: 'BAD_FILE', key: 'exchange.badLine' },
  { name: 'a marker line failing its schema', file: () => fileS({ markers: [craftMarker(S, 'xyz')] }).bytes, code: 'BAD_FILE', key: 'exchange.badLine' },
  { name: 'an empty line', file: () => fileS({ households: [JSON.stringify(craftHousehold(S, 14)), ''] as never }).bytes, code: 'BAD_FILE', key: 'exchange.badLine' },
  { name: 'the last line without its newline', file: () => craftNoFinalNewline(), code: 'BAD_FILE', key: 'exchange.badLine' },
  { name: 'another centre\'s record from an ordinary centre', file: () => fileS({ households: [craftHousehold(newSender(), 15)] }).bytes, code: 'BAD_FILE', key: 'exchange.foreignOwner' },
  { name: 'a line count that differs from the manifest', file: () => fileS({ manifest: (m) => ({ ...m, parts: m.parts.map((p) => (p.name === 'parts/markers.ndjson' ? { ...p, count: p.count + 1 } : p)) }) }).bytes, code: 'BAD_FILE', key: 'exchange.tampered' },
];

/** A households part whose last line lacks its '\n' (the manifest made from those bytes). */
function craftNoFinalNewline(): Buffer {
  const part = Buffer.from(JSON.stringify(craftHousehold(S, 16)), 'utf8');
  return fileS({
    manifest: (m) => ({ ...m, parts: m.parts.map((p) => (p.name === 'parts/households.ndjson' ? partEntry(p.name, part) : p)) }),
    partBytes: (name, b) => (name === 'parts/households.ndjson' ? part : b),
  }).bytes;
}

describe('bad files are refused with nothing changed', () => {
  test.each(badCases)('$name', async (c) => {
    await ensureTrustedS();
    c.setup?.();
    const bytes = await c.file();
    const base64 = bytes.toString('base64');
    // nothing changes but one audit row per refusal, naming the reason (refusals.ts); an upload
    // the contract refuses never reaches the exchange and leaves none
    const before = fingerprint(B, isRefusalRow);
    const reasons = refusalReasons(B);
    const audited = c.code === 'VALIDATION' ? [] : [c.key];
    const err = await B.fail('exchange.import', { base64, trustKey: c.trustKey ?? false }, tokB.manager);
    expect({ code: err.code, key: err.key }).toEqual({ code: c.code, key: c.key });
    expect(err.message.length).toBeGreaterThan(20);
    expect(err.message).not.toMatch(/[{}]{2}/);
    expect(fingerprint(B, isRefusalRow)).toEqual(before);
    expect(refusalReasons(B)).toEqual([...reasons, ...audited]);
    expect(tempLeft(B)).toEqual([]);
    if (c.inspectRefuses ?? true) {
      const e2 = await B.fail('exchange.inspect', { base64 }, tokB.manager);
      expect({ code: e2.code, key: e2.key }).toEqual({ code: c.code, key: c.key });
      // picking the file in the app runs inspect: its refusal is audited too
      expect(refusalReasons(B)).toEqual([...reasons, ...audited, ...audited]);
    } else {
      const preview = await B.call('exchange.inspect', { base64 }, tokB.manager);
      expect(preview.trust).toBe(({ 'exchange.notTrusted': 'new', 'exchange.keyChanged': 'keyChanged', 'exchange.officeClaim': 'keyChanged', 'exchange.ownFile': 'own' } as Record<string, string>)[c.key]);
      // the preview of a file the import refuses whatever the manager confirms is a refusal;
      // a new sender's is not (the manager may trust it)
      expect(refusalReasons(B)).toEqual([...reasons, ...audited, ...(c.key === 'exchange.notTrusted' ? [] : audited)]);
    }
    expect(fingerprint(B, isRefusalRow)).toEqual(before);
    expect(tempLeft(B)).toEqual([]);
  });

  test('an over-long line is named by its number, and the lines after it are still counted', async () => {
    await ensureTrustedS();
    readLimits.lineCap = 1500;
    const small = () => craftHousehold(S, 22, { members: 0, aid: 0 });
    const f = fileS({ households: [small(), small(), craftHousehold(S, 23, { members: 8, aid: 8 }), small()] });
    expect((await B.fail('exchange.inspect', { base64: f.base64 }, tokB.manager)).params).toEqual({ part: 'parts/households.ndjson', line: 3, field: '-' });
  });

  test('the bad line is named: part, line number and field', async () => {
    await ensureTrustedS();
    const h = craftHousehold(S, 21);
    h.head.nationalId = '123456789';
    const err = await B.fail('exchange.inspect', { base64: fileS({ households: [craftHousehold(S, 20), h] }).base64 }, tokB.manager);
    expect(err.params).toEqual({ part: 'parts/households.ndjson', line: 2, field: 'head.nationalId' });
    expect(err.message).toContain('2');
  });

  test('the key-changed warning names the centre and the new fingerprint', async () => {
    await ensureTrustedS();
    const other = newKey();
    const err = await B.fail('exchange.import', { base64: craftFile({ sender: S, key: other, households: [] }).base64 }, tokB.manager);
    expect(err.params).toEqual({ centre: S.name, fingerprint: fingerprintOf(other.publicKey) });
    expect(err.message).toContain(S.name);
  });
});
