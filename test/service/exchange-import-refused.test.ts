// Refused exchange files are audited (electron/services/exchange/refusals.ts), on real SQLite
// through the dispatcher: a refused exchange.import still fails with the same error, and leaves
// exactly one audit row (action 'refuse', entity 'exchangeImport') naming the reason, the file's
// SHA-256 and, once the signature is verified, the sender, and nothing else; so does a refusal
// from inside the import's transaction, and a refusal met at exchange.inspect (which is where a
// user picking a file in the app meets it). A successful import or preview writes no such row, a
// refusal does not end a run of imports sharing one backup, and the audit log reader shows it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../../shared/contract/channel.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { fingerprint, manualClock } from '../helpers/fixtures.ts';
import { craftFile, craftHousehold, newKey, newSender, type Crafted, type RawEntry, type Sender, type SenderKey } from '../helpers/craftExchange.ts';
import { fingerprintOf } from '../../electron/services/exchange/keys.ts';

const clock = manualClock('2026-11-25T08:00:00Z');
let B: TestCore;
let tok: Record<Role, string>;
let centreB: string;
let managerId: string;

/** S: a centre B trusts (its first file imported in beforeAll). */
const S = newSender('مرکز نیکوکاری سرپناه');
const keyS = newKey();

beforeAll(async () => {
  B = await makeTestCore({ clock });
  tok = await setUpCentre(B);
  centreB = (B.core.db().prepare('SELECT id FROM centre').get() as { id: string }).id;
  managerId = (B.core.db().prepare("SELECT id FROM users WHERE username = 'manager1'").get() as { id: string }).id;
  await B.call('exchange.setSettings', { passphrase: 'عبارت رمز استان زنجان ۱۴۰۵' }, tok.manager);
  await B.call('exchange.import', { base64: craftFile({ sender: S, key: keyS, households: [craftHousehold(S, 1)] }).base64, trustKey: true }, tok.manager);
});
afterAll(() => B.close());

interface RefusalRow {
  id: number;
  at: string;
  user_id: string | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  centre_id: string | null;
  after: Record<string, unknown>;
}

/** The refusal's own audit row: left out when comparing the database before and after. */
const isRefusal = (table: string, row: Record<string, unknown>) => table === 'audit_log' && row.action === 'refuse';

function refusals(t: TestCore = B): RefusalRow[] {
  const rows = t.core.db().prepare("SELECT * FROM audit_log WHERE action = 'refuse' ORDER BY id").all() as (Omit<RefusalRow, 'after'> & { after_json: string })[];
  return rows.map(({ after_json, ...r }) => ({ ...r, after: JSON.parse(after_json) as Record<string, unknown> }));
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What the audit row says of a file whose signature verified. */
function signedBy(sender: Sender, key: SenderKey, scope: 'bank' | 'report' = 'bank') {
  return { scope, sender: sender.id, senderName: sender.name, fingerprint: fingerprintOf(key.publicKey) };
}

/** Flips one byte of `buf` at `at`. */
function flip(buf: Buffer, at: number): Buffer {
  const out = Buffer.from(buf);
  out[at] = out[at]! ^ 0x01;
  return out;
}
const stored = (entries: RawEntry[]) => entries.map((e) => ({ ...e, method: 0 as const }));

interface Case {
  name: string;
  file: () => Buffer | Promise<Buffer>;
  trustKey?: boolean;
  code: string;
  key: string;
  /** the sender's part of the audit row (absent when the signature was not verified) */
  sender?: () => ReturnType<typeof signedBy>;
  /** the error's params, as before */
  params?: () => Record<string, unknown>;
}

const T = newSender('مرکز نیکوکاری تازه');
const keyT = newKey();
const otherKeyS = newKey();

const cases: Case[] = [
  {
    name: "this centre's own file (exported here)",
    file: async () => Buffer.from((await B.call('exchange.export', { scope: 'bank', includeSensitive: false }, tok.manager)).base64, 'base64'),
    code: 'CONFLICT',
    key: 'exchange.ownFile',
    sender: () => {
      const settings = B.core.db().prepare('SELECT public_key FROM centre_keys WHERE id = 1').get() as { public_key: string };
      return { scope: 'bank', sender: centreB, senderName: 'مرکز نیکوکاری امید', fingerprint: fingerprintOf(settings.public_key) };
    },
  },
  {
    name: 'a sender not trusted yet, without trustKey',
    file: () => craftFile({ sender: T, key: keyT, households: [craftHousehold(T, 2)] }).bytes,
    code: 'CONFLICT',
    key: 'exchange.notTrusted',
    sender: () => signedBy(T, keyT),
    params: () => ({ centre: T.name, fingerprint: fingerprintOf(keyT.publicKey) }),
  },
  {
    name: 'a trusted centre signing with another key (even with trustKey)',
    file: () => craftFile({ sender: S, key: otherKeyS, households: [craftHousehold(S, 3)] }).bytes,
    trustKey: true,
    code: 'CONFLICT',
    key: 'exchange.keyChanged',
    sender: () => signedBy(S, otherKeyS),
    params: () => ({ centre: S.name, fingerprint: fingerprintOf(otherKeyS.publicKey) }),
  },
  {
    name: 'a trusted ordinary centre claiming to be a province office',
    file: () => craftFile({ sender: S, key: keyS, provinceOffice: true, households: [craftHousehold(S, 4)] }).bytes,
    code: 'CONFLICT',
    key: 'exchange.officeClaim',
    sender: () => signedBy(S, keyS),
  },
  {
    name: 'a trusted sender, one byte of a part changed on the way',
    file: () => {
      const f = craftFile({ sender: S, key: keyS, households: [craftHousehold(S, 5), craftHousehold(S, 6)], entries: stored });
      return flip(f.bytes, f.bytes.indexOf('"ownerName"') + 3);
    },
    code: 'BAD_FILE',
    key: 'exchange.tampered',
    sender: () => signedBy(S, keyS),
  },
  {
    name: 'a manifest changed after signing (the sender is not named: its signature failed)',
    file: () => {
      const f = craftFile({ sender: S, key: keyS, households: [craftHousehold(S, 7)], entries: stored });
      return flip(f.bytes, f.bytes.indexOf('10:15:00.000Z') + 4);
    },
    code: 'BAD_FILE',
    key: 'exchange.badSignature',
  },
  {
    name: 'a file made by a newer Hamyar',
    file: () => craftFile({ sender: S, key: keyS, manifest: (m) => ({ ...m, formatVersion: 2 }) }).bytes,
    code: 'BAD_FILE',
    key: 'exchange.newerFormat',
  },
  {
    name: 'not a ZIP at all (named by its hash only)',
    file: () => Buffer.from('این یک پروندهٔ همیار نیست\n'),
    code: 'BAD_FILE',
    key: 'exchange.notHamyar',
  },
];

describe('a refused import: the same error, one audit row with the reason, nothing else', () => {
  test.each(cases)('$name', async (c) => {
    const bytes = await c.file();
    const before = fingerprint(B, isRefusal);
    const earlier = refusals().length;

    const err = await B.fail('exchange.import', { base64: bytes.toString('base64'), trustKey: c.trustKey ?? false }, tok.manager);
    expect({ code: err.code, key: err.key }).toEqual({ code: c.code, key: c.key });
    if (c.params) expect(err.params).toEqual(c.params());
    expect(err.message.length).toBeGreaterThan(20);

    const added = refusals().slice(earlier);
    expect(added).toEqual([
      {
        id: expect.any(Number),
        at: clock.now().toISOString(),
        user_id: managerId,
        username: 'manager1',
        action: 'refuse',
        entity: 'exchangeImport',
        entity_id: null,
        before_json: null,
        centre_id: centreB,
        after: { reason: c.key, fileSha256: sha256(bytes), ...(c.sender ? c.sender() : {}) },
      },
    ]);
    // the refused file left nothing else: no copy, marker, key, history row, backup
    expect(fingerprint(B, isRefusal)).toEqual(before);
  });

  test('a refusal from inside the import\'s transaction (the key removed meanwhile by another window) is audited too', async () => {
    const sender = newSender('مرکز نیکوکاری شتاب');
    const key = newKey();
    await B.call('exchange.import', { base64: craftFile({ sender, key, households: [craftHousehold(sender, 10)] }).base64, trustKey: true }, tok.manager);
    // large enough that verifying it takes many turns of the event loop
    const big = craftFile({ sender, key, households: Array.from({ length: 1500 }, (_, i) => craftHousehold(sender, 100 + i)) });
    const imports = B.core.db().prepare('SELECT count(*) AS n FROM exchange_imports').pluck();
    const importsBefore = imports.get() as number;
    const earlier = refusals().length;

    const running = B.fail('exchange.import', { base64: big.base64 }, tok.manager);
    // the sender passed the check made before reading the parts once the parts are being read
    for (;;) {
      await new Promise((r) => setImmediate(r));
      const p = await B.call('exchange.importProgress', {}, tok.manager);
      if (!p) throw new Error('the import ended before the key could be removed');
      if (p.phase === 'backup' || (p.phase === 'verify' && p.done > 0)) break;
    }
    await B.call('trust.remove', { centreId: sender.id }, tok.manager);
    const err = await running;
    expect({ code: err.code, key: err.key }).toEqual({ code: 'CONFLICT', key: 'exchange.notTrusted' });
    expect(refusals().slice(earlier).map((r) => r.after)).toEqual([{ reason: 'exchange.notTrusted', fileSha256: sha256(big.bytes), ...signedBy(sender, key) }]);
    // the transaction rolled back: none of the big file's households, no history row, no import audit row
    expect(B.core.db().prepare('SELECT count(*) AS n FROM bank_households WHERE owner = ?').pluck().get(sender.id)).toBe(1);
    expect(imports.get()).toBe(importsBefore);
    expect(B.core.db().prepare("SELECT count(*) FROM audit_log WHERE action = 'import' AND after_json LIKE ?").pluck().get(`%${sha256(big.bytes)}%`)).toBe(0);
  });
});

describe('exchange.inspect: where the app meets most refusals', () => {
  test('a bad file refused, and a file the import will refuse whatever the manager confirms, are audited; other previews are not', async () => {
    const bad = (() => {
      const f = craftFile({ sender: S, key: keyS, households: [craftHousehold(S, 20)], entries: stored });
      return flip(f.bytes, f.bytes.indexOf('"ownerName"') + 3);
    })();
    const before = fingerprint(B, isRefusal);
    const earlier = refusals().length;

    const err = await B.fail('exchange.inspect', { base64: bad.toString('base64') }, tok.manager);
    expect({ code: err.code, key: err.key }).toEqual({ code: 'BAD_FILE', key: 'exchange.tampered' });

    const changed = craftFile({ sender: S, key: otherKeyS, households: [craftHousehold(S, 21)] });
    expect((await B.call('exchange.inspect', { base64: changed.base64 }, tok.manager)).trust).toBe('keyChanged');

    // previews that offer the import write nothing: a new sender (the manager may trust it), a trusted one
    const fresh = craftFile({ sender: newSender('مرکز نیکوکاری نو'), key: newKey(), households: [] });
    expect((await B.call('exchange.inspect', { base64: fresh.base64 }, tok.manager)).trust).toBe('new');
    const fine = craftFile({ sender: S, key: keyS, households: [craftHousehold(S, 22)] });
    expect((await B.call('exchange.inspect', { base64: fine.base64 }, tok.manager)).trust).toBe('trusted');

    expect(refusals().slice(earlier).map((r) => r.after)).toEqual([
      { reason: 'exchange.tampered', fileSha256: sha256(bad), ...signedBy(S, keyS) },
      { reason: 'exchange.keyChanged', fileSha256: sha256(changed.bytes), ...signedBy(S, otherKeyS) },
    ]);
    expect(fingerprint(B, isRefusal)).toEqual(before);
  });
});

describe('successful imports and the log', () => {
  test('a successful import, and the same file again, write no refusal', async () => {
    const sender = newSender('مرکز نیکوکاری پذیرفته');
    const f: Crafted = craftFile({ sender, key: newKey(), households: [craftHousehold(sender, 30)] });
    const earlier = refusals().length;
    const rec = await B.call('exchange.import', { base64: f.base64, trustKey: true }, tok.manager);
    expect(rec.counts.new).toBe(1);
    const again = await B.call('exchange.import', { base64: f.base64 }, tok.manager);
    expect(again.counts.unchanged).toBe(1);
    expect(refusals()).toHaveLength(earlier);
    expect(B.core.db().prepare("SELECT action FROM audit_log WHERE entity IN ('trustedKey', 'exchangeImport') AND (entity_id = ? OR entity_id IN (?, ?)) ORDER BY id").all(sender.id, rec.id, again.id)).toEqual([
      { action: 'trust' },
      { action: 'import' },
      { action: 'import' },
    ]);
  });

  test('the audit log shows the refusal to an administrator', async () => {
    const bytes = Buffer.from('nope');
    await B.fail('exchange.import', { base64: bytes.toString('base64') }, tok.manager);
    const page = await B.call('audit.list', { entity: 'exchangeImport', limit: 1 }, tok.admin);
    expect(page.items[0]).toMatchObject({ action: 'refuse', entity: 'exchangeImport', entityId: null, userId: managerId, after: { reason: 'exchange.notHamyar', fileSha256: sha256(bytes) } });
  });

  test('a refused file between two imports of a run does not end the run: one backup still covers it', async () => {
    const C = await makeTestCore();
    try {
      const tc = await setUpCentre(C);
      const file = (name: string) => {
        const sender = newSender(name);
        return craftFile({ sender, key: newKey(), households: [craftHousehold(sender, 40)] }).base64;
      };
      const first = await C.call('exchange.import', { base64: file('مرکز نیکوکاری الف'), trustKey: true }, tc.manager);
      expect(first.backupFile).toMatch(/before-import/);
      expect((await C.fail('exchange.import', { base64: file('مرکز نیکوکاری ب') }, tc.manager)).key).toBe('exchange.notTrusted');
      expect((await C.fail('exchange.inspect', { base64: Buffer.from('nope').toString('base64') }, tc.manager)).key).toBe('exchange.notHamyar');
      const second = await C.call('exchange.import', { base64: file('مرکز نیکوکاری پ'), trustKey: true }, tc.manager);
      expect(second.backupFile).toBe(first.backupFile);
      expect(refusals(C).map((r) => r.after.reason)).toEqual(['exchange.notTrusted', 'exchange.notHamyar']);
    } finally {
      C.close();
    }
  });
});

test('every reason an exchange file can be refused for has a short label in the audit log, in both languages', () => {
  const read = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../..', path), 'utf8')) as Record<string, Record<string, string>>;
  // every exchange.* message but the export's own
  const reasons = Object.keys(read('shared/i18n/errors.en.json').exchange!).filter((k) => k !== 'noPassphrase');
  expect(reasons.length).toBeGreaterThan(10);
  for (const lang of ['fa', 'en']) {
    const labels = read(`renderer/locales/${lang}/audit.json`).refusals!;
    expect(reasons.filter((r) => !labels[r]), lang).toEqual([]);
  }
});
