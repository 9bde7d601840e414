// The backup an import is taken after (electron/services/exchange/importBackup.ts), on real
// SQLite through the dispatcher: the first import of a run takes one; the imports right after
// it share it; any other write — by this process or by another connection to the same file —
// ends the run; an import that writes no data needs none; a write that slips in between the
// backup and the import's transaction sends the import back for a fresh one. Restoring a run's
// backup brings back the database as before the run. And the progress an import reports while it
// runs (exchange.importProgress), to the user who started it.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../../shared/contract/channel.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { craftFile, craftHousehold, newKey, newSender, type Crafted } from '../helpers/craftExchange.ts';

let B: TestCore;
let tok: Record<Role, string>;

beforeEach(async () => {
  B = await makeTestCore();
  tok = await setUpCentre(B);
});
afterEach(() => B.close());

/** A bank file of `n` households from a new centre. */
function centreFile(name: string, n: number): Crafted {
  const sender = newSender(name);
  return craftFile({ sender, key: newKey(), households: Array.from({ length: n }, (_, i) => craftHousehold(sender, i)) });
}

function importBackups(): string[] {
  return readdirSync(join(B.dataDir, 'backups')).filter((f) => f.includes('before-import')).sort();
}

function copies(): number {
  return (B.core.db().prepare('SELECT count(*) AS n FROM bank_households').get() as { n: number }).n;
}

const importFile = (f: Crafted) => B.call('exchange.import', { base64: f.base64, trustKey: true }, tok.manager);

describe('one backup covers a run of imports', () => {
  test('the imports right after the first share its backup; a local change ends the run', async () => {
    const first = await importFile(centreFile('مرکز نیکوکاری الف', 3));
    expect(first.backupFile).toMatch(/before-import/);
    expect(importBackups()).toEqual([first.backupFile]);

    const second = await importFile(centreFile('مرکز نیکوکاری ب', 2));
    const third = await importFile(centreFile('مرکز نیکوکاری پ', 4));
    expect(second.counts.new).toBe(2);
    expect(third.counts.new).toBe(4);
    expect([second.backupFile, third.backupFile]).toEqual([first.backupFile, first.backupFile]);
    expect(importBackups()).toHaveLength(1);
    expect(copies()).toBe(9);

    // a donor saved between two imports: the next import needs a backup of its own
    await B.call('donors.create', { donor: { kind: 'person', firstName: 'زهرا', lastName: 'کاظمی' } }, tok.treasurer);
    const fourth = await importFile(centreFile('مرکز نیکوکاری ت', 1));
    expect(fourth.backupFile).toMatch(/before-import/);
    expect(fourth.backupFile).not.toBe(first.backupFile);
    expect(importBackups()).toHaveLength(2);

    // the history tells which backup each import was taken after
    const history = await B.call('exchange.history', {}, tok.manager);
    expect(history.items.map((r) => r.backupFile)).toEqual([fourth.backupFile, first.backupFile, first.backupFile, first.backupFile]);
  });

  test("a write by another connection to the same file ends the run", async () => {
    const first = await importFile(centreFile('مرکز نیکوکاری الف', 2));
    const other = new Database(join(B.dataDir, 'hamyar.sqlite'));
    try {
      other.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('test.other', '1', '2026-11-24T00:00:00Z')").run();
    } finally {
      other.close();
    }
    const second = await importFile(centreFile('مرکز نیکوکاری ب', 2));
    expect(second.backupFile).toMatch(/before-import/);
    expect(second.backupFile).not.toBe(first.backupFile);
  });

  test("restoring the run's backup brings back the database as before the run", async () => {
    const donor = await B.call('donors.create', { donor: { kind: 'person', firstName: 'علی', lastName: 'رضایی' } }, tok.treasurer);
    const first = await importFile(centreFile('مرکز نیکوکاری الف', 3));
    await importFile(centreFile('مرکز نیکوکاری ب', 2));
    expect(copies()).toBe(5);
    await B.call('backup.restore', { fileName: first.backupFile! }, tok.admin);
    const manager = (await B.call('auth.signIn', { username: 'manager1', password: 'manager-pass-1405' })).token;
    const treasurer = (await B.call('auth.signIn', { username: 'treasurer1', password: 'treasurer-pass-1405' })).token;
    tok = { ...tok, manager, treasurer };
    expect(copies()).toBe(0);
    expect((await B.call('donors.get', { id: donor.id }, tok.treasurer)).lastName).toBe('رضایی');
    expect((await B.call('exchange.history', {}, tok.manager)).total).toBe(0);
  });
});

describe('an import that writes no data takes no backup', () => {
  test('the same file again after other work: no backup, nothing changed, one more history line', async () => {
    const file = centreFile('مرکز نیکوکاری الف', 3);
    const first = await importFile(file);
    await B.call('donors.create', { donor: { kind: 'person', firstName: 'مریم', lastName: 'احمدی' } }, tok.treasurer);
    const bank = () => B.core.db().prepare('SELECT owner, id, version, record FROM bank_households ORDER BY id').all();
    const before = bank();

    const again = await importFile(file);
    expect(again.counts).toMatchObject({ households: 3, new: 0, newer: 0, unchanged: 3, markers: 0 });
    expect(again.backupFile).toBeNull();
    expect(importBackups()).toEqual([first.backupFile]);
    expect(bank()).toEqual(before);
    expect((await B.call('exchange.history', {}, tok.manager)).total).toBe(2);
  });

  test('a newer version of one household in the same file does take a backup', async () => {
    const sender = newSender('مرکز نیکوکاری الف');
    const key = newKey();
    const h = craftHousehold(sender, 0);
    await importFile(craftFile({ sender, key, households: [h] }));
    await B.call('donors.create', { donor: { kind: 'person', firstName: 'رضا', lastName: 'نوری' } }, tok.treasurer);
    const newer = await importFile(craftFile({ sender, key, households: [{ ...h, version: '2026-11-30T00:00:00.000Z', city: 'ابهر' }] }));
    expect(newer.counts).toMatchObject({ newer: 1 });
    expect(newer.backupFile).toMatch(/before-import/);
    expect(importBackups()).toHaveLength(2);
  });
});

describe('a write between the backup and the transaction', () => {
  test('sends the import back for a fresh backup, which holds that write', async () => {
    const take = B.core.services.takeBackup.bind(B.core.services);
    let sneaked = false;
    B.core.services.takeBackup = async (reason) => {
      const file = await take(reason);
      if (!sneaked) {
        sneaked = true;
        const other = new Database(join(B.dataDir, 'hamyar.sqlite'));
        try {
          other.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('test.sneaked', '1', '2026-11-24T00:00:00Z')").run();
        } finally {
          other.close();
        }
      }
      return file;
    };
    const rec = await importFile(centreFile('مرکز نیکوکاری الف', 2));
    expect(rec.counts.new).toBe(2);
    expect(copies()).toBe(2);
    // two backups: the first misses the sneaked write; the import was taken after the second
    const taken = importBackups();
    expect(taken).toHaveLength(2);
    expect(taken).toContain(rec.backupFile);
    const [firstTaken] = taken.filter((f) => f !== rec.backupFile);
    const sneakedIn = (file: string) => {
      const db = new Database(join(B.dataDir, 'backups', file), { readonly: true });
      try {
        return db.prepare("SELECT count(*) AS n FROM settings WHERE key = 'test.sneaked'").pluck().get();
      } finally {
        db.close();
      }
    };
    expect([sneakedIn(firstTaken!), sneakedIn(rec.backupFile!)]).toEqual([0, 1]);
  });
});

describe('progress while an import runs', () => {
  test("the importing user sees the phase and how far; others see nothing; after it, nothing", async () => {
    const file = centreFile('مرکز نیکوکاری الف', 3000);
    const seen: { phase: string; done: number; total: number }[] = [];
    let finished = false;
    const running = importFile(file).finally(() => {
      finished = true;
    });
    const other = (await B.call('auth.signIn', { username: 'admin', password: 'admin-pass-1405' })).token;
    while (!finished) {
      const p = await B.call('exchange.importProgress', {}, tok.manager);
      if (p) seen.push(p);
      // another user of the same centre has no import running
      if (!finished) expect(await B.call('exchange.importProgress', {}, other)).toBeNull();
      await new Promise((r) => setImmediate(r));
    }
    const rec = await running;
    expect(rec.counts.new).toBe(3000);
    // the file was read in steps: several answers while verifying, counting up to its size
    const verifying = seen.filter((p) => p.phase === 'verify');
    expect(verifying.length).toBeGreaterThan(1);
    const bytes = verifying.map((p) => p.done);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(verifying.at(-1)!.total).toBeGreaterThan(0);
    expect(await B.call('exchange.importProgress', {}, tok.manager)).toBeNull();
  });
});
