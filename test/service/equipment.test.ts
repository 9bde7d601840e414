// Equipment lots and handovers on real SQLite through the contract: a lot is never handed out
// beyond its count (one process, and three processes at once), every handover writes one aid
// record with the lot's unit value and meets the need it answers, a need of another household
// or a date after the centre's today is refused with nothing saved, and the A5 handover receipt
// is printed by Chromium and read back with pdftotext (Persian, Persian digits, value in words).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Worker } from 'node:worker_threads';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Role } from '../../shared/contract/index.ts';
import type { Envelope } from '../../shared/errors.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { fingerprint, manualClock, nextNationalId } from '../helpers/fixtures.ts';
import { createChromiumPrinter, type ChromiumPrinter } from '../../electron/web/chromiumPrinter.ts';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
// 20:45 UTC on 24 Nov 2026 is already 00:15 on 25 Nov (4 Azar 1405) in Tehran: the centre's
// today is the 25th although the UTC date is still the 24th.
const clock = manualClock('2026-11-24T20:45:00Z');
const TODAY = '2026-11-25';

let t: TestCore;
let tokens: Record<Role, string>;
let printer: ChromiumPrinter;
let scratch: string;
beforeAll(async () => {
  printer = createChromiumPrinter();
  scratch = mkdtempSync(join(tmpdir(), 'hamyar-equipment-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  t = await makeTestCore({ clock, printer });
  tokens = await setUpCentre(t);
});
afterAll(async () => {
  t.close();
  await printer.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function newHousehold(core: TestCore, token: string, firstName: string, lastName: string, nationalId = nextNationalId()): Promise<string> {
  const h = await core.call(
    'households.create',
    { household: { head: { firstName, lastName, nationalId, birthDate: '1982-03-01', sex: 'female' }, city: 'زنجان', housingStatus: 'owner', agency: 'none', groups: ['womanHead'] } },
    token,
  );
  return h.id;
}

async function newLot(core: TestCore, token: string, count: number, kind = 'تنور نان', unitValue = 185_000_000) {
  const project = await core.call('projects.create', { name: `تجهیزات اشتغال ${kind}`, kind: 'employment', employment: { jobsPlanned: count, jobsCreated: 0 } }, token);
  const lot = await core.call('equipment.addLot', { projectId: project.id, kind, count, unitValue }, token);
  return { project, lot };
}

function lotRow(core: TestCore, id: string): { handed: number; count: number } {
  return core.core.db().prepare('SELECT handed, count FROM equipment_lots WHERE id = ?').get(id) as never;
}

describe('equipment.addLot', () => {
  test('a lot of an open project: saved with nothing handed and audited; an archived or unknown project refused', async () => {
    const { project, lot } = await newLot(t, tokens.manager, 40);
    expect(lot).toMatchObject({ projectId: project.id, kind: 'تنور نان', count: 40, handed: 0, remaining: 40, unitValue: 185_000_000, notes: null });
    expect((await t.call('projects.get', { id: project.id }, tokens.volunteer)).equipment).toEqual([lot]);
    const audit = t.core.db().prepare("SELECT action, entity_id FROM audit_log WHERE entity = 'equipmentLot'").all();
    expect(audit).toContainEqual({ action: 'create', entity_id: lot.id });

    const householdId = await newHousehold(t, tokens.caseworker, 'نرگس', 'جعفری');
    await t.call('projects.archive', { id: project.id, reason: 'طرح به مرکز دیگری سپرده شد' }, tokens.manager);
    const before = fingerprint(t);
    // an archived project's lot hands nothing out either
    const handed = await t.fail('equipment.handOver', { lotId: lot.id, householdId, date: TODAY }, tokens.caseworker);
    expect([handed.code, handed.key]).toEqual(['CONFLICT', 'projects.archived']);
    const err = await t.fail('equipment.addLot', { projectId: project.id, kind: 'خشک‌کن میوه', count: 5, unitValue: 0 }, tokens.manager);
    expect([err.code, err.key]).toEqual(['CONFLICT', 'projects.archived']);
    const missing = await t.fail('equipment.addLot', { projectId: crypto.randomUUID(), kind: 'خشک‌کن میوه', count: 5, unitValue: 0 }, tokens.manager);
    expect([missing.code, missing.key]).toEqual(['NOT_FOUND', 'projects.notFound']);
    // a case worker hands items out but does not buy them
    expect((await t.fail('equipment.addLot', { projectId: project.id, kind: 'x', count: 1, unitValue: 0 }, tokens.caseworker)).code).toBe('FORBIDDEN');
    expect(fingerprint(t)).toEqual(before);
  });
});

describe('equipment.handOver', () => {
  test('each handover numbers the item, writes one aid record with the unit value and meets the need', async () => {
    const { project, lot } = await newLot(t, tokens.manager, 40, 'دستگاه خمیرگیر', 92_500_000);
    const householdId = await newHousehold(t, tokens.caseworker, 'مریم', 'احمدی');
    const need = await t.call('needs.add', { householdId, kind: 'equipment', equipmentKind: 'دستگاه خمیرگیر', priority: 4 }, tokens.caseworker);
    const aidBefore = await t.call('aid.list', { householdId }, tokens.caseworker);

    const first = await t.call('equipment.handOver', { lotId: lot.id, householdId, date: '2026-11-20', needId: need.id, notes: 'با آموزش کار' }, tokens.caseworker);
    expect(first).toMatchObject({ lotId: lot.id, seq: 1, householdId, householdName: 'مریم احمدی', date: '2026-11-20', notes: 'با آموزش کار' });
    const aid = await t.call('aid.list', { householdId }, tokens.caseworker);
    expect(aid).toHaveLength(aidBefore.length + 1);
    expect(aid.find((a) => a.id === first.aidRecordId)).toMatchObject({
      kind: 'equipment', value: 92_500_000, date: '2026-11-20', description: 'دستگاه خمیرگیر', source: 'centre', needId: need.id, offerId: null,
    });
    const needs = await t.call('needs.list', { householdId, includeClosed: true }, tokens.caseworker);
    expect(needs.find((n) => n.id === need.id)).toMatchObject({ status: 'met', closedOn: '2026-11-20' });

    // a second item to the same household without a need: one more aid record, no need touched
    const second = await t.call('equipment.handOver', { lotId: lot.id, householdId, date: TODAY }, tokens.manager);
    expect(second.seq).toBe(2);
    const aidAfter = await t.call('aid.list', { householdId }, tokens.caseworker);
    expect(aidAfter).toHaveLength(aidBefore.length + 2);
    expect(aidAfter.find((a) => a.id === second.aidRecordId)).toMatchObject({ kind: 'equipment', value: 92_500_000, needId: null });

    const lots = (await t.call('projects.get', { id: project.id }, tokens.volunteer)).equipment;
    expect(lots[0]).toMatchObject({ handed: 2, remaining: 38 });
    const list = await t.call('equipment.handovers', { lotId: lot.id }, tokens.volunteer);
    expect(list.total).toBe(2);
    expect(list.items.map((h) => [h.seq, h.householdName])).toEqual([[2, 'مریم احمدی'], [1, 'مریم احمدی']]);
    expect((await t.call('equipment.handovers', { lotId: lot.id, limit: 1, offset: 1 }, tokens.volunteer)).items.map((h) => h.id)).toEqual([first.id]);
    expect((await t.fail('equipment.handovers', { lotId: crypto.randomUUID() }, tokens.volunteer)).key).toBe('equipment.lotNotFound');

    const audit = t.core.db().prepare("SELECT action, after_json FROM audit_log WHERE entity = 'equipmentHandover' AND entity_id = ?").get(first.id) as { action: string; after_json: string };
    expect(audit.action).toBe('handOver');
    expect(JSON.parse(audit.after_json)).toMatchObject({ seq: 1, aidRecordId: first.aidRecordId, needId: need.id });
  });

  test('never beyond the count: the item after the last is refused, saying how many there were', async () => {
    const { lot } = await newLot(t, tokens.manager, 3, 'خشک‌کن میوه', 40_000_000);
    const households = [await newHousehold(t, tokens.caseworker, 'سکینه', 'کاظمی'), await newHousehold(t, tokens.caseworker, 'رقیه', 'نوری')];
    const seqs: number[] = [];
    for (let i = 0; i < 3; i++) seqs.push((await t.call('equipment.handOver', { lotId: lot.id, householdId: households[i % 2]!, date: TODAY }, tokens.caseworker)).seq);
    expect(seqs).toEqual([1, 2, 3]);

    const before = fingerprint(t);
    const err = await t.fail('equipment.handOver', { lotId: lot.id, householdId: households[1]!, date: TODAY }, tokens.caseworker);
    expect([err.code, err.key]).toEqual(['CONFLICT', 'equipment.exhausted']);
    expect(err.params).toEqual({ count: '۳', kind: 'خشک‌کن میوه' });
    expect(err.message).toContain('همهٔ ۳ قلم «خشک‌کن میوه»');
    expect(fingerprint(t)).toEqual(before);
    expect(lotRow(t, lot.id)).toEqual({ handed: 3, count: 3 });
  });

  test('refused with nothing saved: another household’s need, a closed need, a date after today, an archived household, an unknown lot', async () => {
    const { lot } = await newLot(t, tokens.manager, 10, 'چرخ خیاطی صنعتی', 60_000_000);
    const mine = await newHousehold(t, tokens.caseworker, 'زینب', 'حسینی');
    const other = await newHousehold(t, tokens.caseworker, 'لیلا', 'موسوی');
    const othersNeed = await t.call('needs.add', { householdId: other, kind: 'equipment', priority: 5 }, tokens.caseworker);
    const closedNeed = await t.call('needs.add', { householdId: mine, kind: 'equipment', priority: 2 }, tokens.caseworker);
    await t.call('needs.cancel', { id: closedNeed.id, reason: 'خانوار از شهر رفت' }, tokens.caseworker);
    const archived = await newHousehold(t, tokens.caseworker, 'فریبا', 'یوسفی');
    await t.call('households.archive', { id: archived }, tokens.caseworker);

    const before = fingerprint(t);
    let err = await t.fail('equipment.handOver', { lotId: lot.id, householdId: mine, date: TODAY, needId: othersNeed.id }, tokens.caseworker);
    expect([err.code, err.key]).toEqual(['CONFLICT', 'equipment.needMismatch']);
    expect(err.message).toContain('از آنِ این خانوار نیست');
    err = await t.fail('equipment.handOver', { lotId: lot.id, householdId: mine, date: TODAY, needId: closedNeed.id }, tokens.caseworker);
    expect(err.key).toBe('equipment.needMismatch');
    // Tehran's tomorrow (the 26th) although the UTC date is still the 24th
    err = await t.fail('equipment.handOver', { lotId: lot.id, householdId: mine, date: '2026-11-26' }, tokens.caseworker);
    expect(err.key).toBe('projects.futureDate');
    expect(err.fields?.date).toBe('تاریخ نمی‌تواند بعد از امروز باشد.');
    err = await t.fail('equipment.handOver', { lotId: lot.id, householdId: archived, date: TODAY }, tokens.caseworker);
    expect([err.code, err.key]).toEqual(['CONFLICT', 'households.archived']);
    err = await t.fail('equipment.handOver', { lotId: crypto.randomUUID(), householdId: mine, date: TODAY }, tokens.caseworker);
    expect([err.code, err.key]).toEqual(['NOT_FOUND', 'equipment.lotNotFound']);
    expect((await t.fail('equipment.handOver', { lotId: lot.id, householdId: mine, date: TODAY }, tokens.volunteer)).code).toBe('FORBIDDEN');
    expect(fingerprint(t)).toEqual(before);
    expect(lotRow(t, lot.id).handed).toBe(0);
    // the other household's need is still open
    expect((await t.call('needs.list', { householdId: other }, tokens.caseworker)).map((n) => n.status)).toEqual(['open']);
  });
});

// A handOver loop in its own thread with its own core and SQLite connection on the same data
// folder. Every round starts at a barrier shared with the other threads, so the calls overlap.
const RACE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const cells = new Int32Array(workerData.barrier);
let passed = 0;
function arrive() {
  const target = (passed + 1) * workerData.workers;
  passed += 1;
  Atomics.add(cells, 0, 1);
  Atomics.notify(cells, 0);
  for (;;) { const v = Atomics.load(cells, 0); if (v >= target) return; Atomics.wait(cells, 0, v, 1000); }
}
(async () => {
  const { makeTestCore, ADMIN } = await import(workerData.helper);
  const t = await makeTestCore({ dataDir: workerData.dataDir });
  try {
    const { token } = await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    const out = [];
    arrive();
    for (const input of workerData.rounds) { arrive(); out.push(await t.raw('equipment.handOver', input, token)); }
    return out;
  } finally { t.close(); }
})().then((r) => parentPort.postMessage(r), (e) => parentPort.postMessage({ error: String((e && e.stack) || e) }));
`;

describe('handovers from three processes at once', () => {
  test('a lot of 10 and 24 simultaneous handovers: exactly 10 succeed, numbered 1 to 10, ten aid records', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hamyar-equipment-race-'));
    try {
      const setup = await makeTestCore({ dataDir });
      const admin = (await setUpCentre(setup)).admin;
      const { lot } = await newLot(setup, admin, 10, 'دستگاه جوجه‌کشی', 120_000_000);
      const households: string[] = [];
      for (let i = 0; i < 4; i++) households.push(await newHousehold(setup, admin, 'هاجر', `رحیمی${i}`));
      setup.close();

      const WORKERS = 3;
      const ROUNDS = 8;
      const barrier = new SharedArrayBuffer(4);
      const helper = pathToFileURL(join(import.meta.dirname, '..', 'helpers', 'core.ts')).href;
      const workers = Array.from({ length: WORKERS }, (_, w) => {
        const rounds = Array.from({ length: ROUNDS }, (_, i) => ({ lotId: lot.id, householdId: households[(w + i) % households.length], date: '2026-06-01' }));
        return new Worker(RACE_WORKER, { eval: true, workerData: { helper, dataDir, barrier, workers: WORKERS, rounds } });
      });
      let results: (Envelope<unknown>[] | { error: string })[];
      try {
        results = await Promise.all(workers.map((w) => new Promise<Envelope<unknown>[] | { error: string }>((resolve, reject) => {
          w.once('message', resolve);
          w.once('error', reject);
        })));
      } finally {
        await Promise.all(workers.map((w) => w.terminate()));
      }
      const envelopes = results.flatMap((r) => {
        if (!Array.isArray(r)) throw new Error(r.error);
        return r;
      });
      expect(envelopes).toHaveLength(WORKERS * ROUNDS);
      const ok = envelopes.filter((e) => e.ok).map((e) => (e as { ok: true; result: { seq: number } }).result.seq);
      const refused = envelopes.filter((e) => !e.ok).map((e) => (e as { ok: false; error: { code: string; key: string } }).error);
      expect(ok.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(refused).toHaveLength(WORKERS * ROUNDS - 10);
      for (const e of refused) expect([e.code, e.key]).toEqual(['CONFLICT', 'equipment.exhausted']);

      const check = await makeTestCore({ dataDir });
      try {
        expect(lotRow(check, lot.id)).toEqual({ handed: 10, count: 10 });
        const db = check.core.db();
        expect(db.prepare("SELECT count(*) AS n FROM aid_records WHERE kind = 'equipment' AND value = 120000000").get()).toEqual({ n: 10 });
        expect(db.prepare('SELECT count(*) AS n FROM equipment_handovers WHERE lot_id = ?').get(lot.id)).toEqual({ n: 10 });
        expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'equipmentHandover'").get()).toEqual({ n: 10 });
      } finally {
        check.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/** pdftotext reorders right-to-left text its own way: compare without spaces, bidi controls
 *  and combining marks (as test/service/receipts.test.ts does). */
function n(s: string): string {
  return s.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\u064b-\u065f\u0670]/g, '').replace(/\s+/g, '');
}

describe('equipment.printReceipt', () => {
  test('the A5 handover receipt: centre, project, item «۳ از ۴۰», head and national ID, Jalali date, value in figures and words', async () => {
    const nationalId = nextNationalId();
    const householdId = await newHousehold(t, tokens.caseworker, 'معصومه', 'کریمی', nationalId);
    const { lot } = await newLot(t, tokens.manager, 40, 'دستگاه سبزی‌خردکن صنعتی', 185_000_000);
    const other = await newHousehold(t, tokens.caseworker, 'طاهره', 'صادقی');
    await t.call('equipment.handOver', { lotId: lot.id, householdId: other, date: '2026-11-01' }, tokens.caseworker);
    await t.call('equipment.handOver', { lotId: lot.id, householdId: other, date: '2026-11-01' }, tokens.caseworker);
    const h = await t.call('equipment.handOver', { lotId: lot.id, householdId, date: '2026-11-24' }, tokens.caseworker);
    expect(h.seq).toBe(3);

    const file = await t.call('equipment.printReceipt', { handoverId: h.id }, tokens.caseworker);
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toBe('equipment-handover-2026-11-24-3.pdf');
    const pdf = join(scratch, 'handover.pdf');
    writeFileSync(pdf, Buffer.from(file.base64, 'base64'));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:.*\(A5\)/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, join(ARTIFACTS, 'equipment-handover-receipt')]);

    const text = n(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain(n('رسید تحویل تجهیزات'));
    expect(text).toContain(n('مرکز نیکوکاری امید'));
    expect(text).toContain(n('تجهیزات اشتغال دستگاه سبزی‌خردکن صنعتی')); // the project
    expect(text).toContain(n('معصومه کریمی'));
    expect(text).toContain(n(nationalId.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!)));
    expect(text).toMatch(/۳از۴۰|۴۰از۳/); // item 3 of 40 (pdftotext may give the two numbers in either visual order)
    expect(text).toContain(n('۱۴۰۵/۰۹/۰۳')); // 24 Nov 2026
    expect(text).toContain(n('۱۸۵٬۰۰۰٬۰۰۰'));
    expect(text).toContain(n('صد و هشتاد و پنج میلیون ریال'));
    expect(text).toContain(n('امضا و اثر انگشت تحویل‌گیرنده'));
    expect(text).toContain(n('مهر و امضای مرکز'));
    expect(text).not.toMatch(/[0-9]/); // every digit printed is Persian

    const audit = t.core.db().prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'equipmentHandover' AND action = 'print' AND entity_id = ?").get(h.id);
    expect(audit).toEqual({ n: 1 });
    const missing = await t.fail('equipment.printReceipt', { handoverId: crypto.randomUUID() }, tokens.caseworker);
    expect([missing.code, missing.key]).toEqual(['NOT_FOUND', 'equipment.handoverNotFound']);
  });
});

