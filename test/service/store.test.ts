// The store: migrations and their record, connection pragmas, refusing a database from a newer
// Hamyar without touching it, and backup/restore through the contract.
import { afterEach, describe, expect, test } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createCore, DB_FILE_NAME } from '../../electron/core/core.ts';
import { openDatabase } from '../../electron/store/database.ts';
import { migrate, schemaVersion } from '../../electron/store/migrate.ts';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/store/migrations/index.ts';
import { AppError } from '../../shared/errors.ts';
import { makeTestCore, setUpCentre, ADMIN, type TestCore } from '../helpers/core.ts';
import { allDonors, fingerprint, nextNationalId, PERSIAN_LETTERS, person } from '../helpers/fixtures.ts';

const dirs: string[] = [];
const cores: TestCore[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'hamyar-store-'));
  dirs.push(d);
  return d;
}
async function core(dataDir?: string): Promise<TestCore> {
  const t = await makeTestCore(dataDir ? { dataDir } : {});
  cores.push(t);
  return t;
}
afterEach(() => {
  while (cores.length) {
    try {
      cores.pop()!.close();
    } catch {
      // already closed by the test
    }
  }
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('migrations', () => {
  test('a new database is migrated to the latest version, recorded in schema_migrations and user_version', async () => {
    const t = await core();
    const db = t.core.db();
    expect(MIGRATIONS.length).toBeGreaterThan(0);
    expect(Number(db.pragma('user_version', { simple: true }))).toBe(LATEST_VERSION);
    const rows = db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all() as { version: number; name: string; applied_at: string }[];
    expect(rows.map((r) => [r.version, r.name])).toEqual(MIGRATIONS.map((m) => [m.version, m.name]));
    for (const r of rows) expect(Number.isNaN(Date.parse(r.applied_at))).toBe(false);
    // numbered 1, 2, 3 … with no gap: a database migrated by a build that missed a number would skip it forever
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
    // a fresh database is not backed up before its first migration (there is nothing to keep)
    expect(existsSync(join(t.dataDir, 'backups'))).toBe(false);
  });

  test('the connection runs in WAL mode with foreign keys on', async () => {
    const t = await core();
    const db = t.core.db();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // foreign keys are really enforced
    expect(() => db.prepare("INSERT INTO donor_tags (donor_id, tag, tag_norm) VALUES ('no-such-donor', 'x', 'x')").run()).toThrow(/FOREIGN KEY/);
  });

  test('reopening the same folder keeps the data and applies nothing again', async () => {
    const dir = tempDir();
    const t1 = await core(dir);
    const tokens = await setUpCentre(t1);
    const d = await t1.call('donors.create', { donor: person('علی', 'کریمی', { nationalId: nextNationalId() }) }, tokens.admin);
    t1.close();
    cores.pop();
    const t2 = await core(dir);
    const rows = t2.core.db().prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number };
    expect(rows.n).toBe(MIGRATIONS.length);
    const { token } = await t2.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect((await t2.call('donors.get', { id: d.id }, token)).displayName).toBe('علی کریمی');
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  test('migrate() on an up-to-date database does nothing and takes no backup', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'x.sqlite'));
    try {
      const reasons: string[] = [];
      const backup = async (r: string) => void reasons.push(r);
      expect(await migrate(db, backup, () => '2026-11-24T00:00:00.000Z')).toEqual(MIGRATIONS.map((m) => m.version));
      expect(reasons).toEqual([]);
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(await migrate(db, backup, () => '2026-11-24T00:00:00.000Z')).toEqual([]);
      expect(reasons).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('a database from a newer Hamyar', () => {
  /** A real Hamyar database whose user_version says a later version wrote it. */
  async function newerDatabase(journal: 'wal' | 'delete'): Promise<{ dir: string; file: string }> {
    const dir = tempDir();
    const t = await core(dir);
    const tokens = await setUpCentre(t);
    await t.call('donors.create', { donor: person('علی', 'کریمی') }, tokens.admin);
    t.close();
    cores.pop();
    const file = join(dir, DB_FILE_NAME);
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.pragma(`journal_mode = ${journal}`);
    db.close();
    return { dir, file };
  }

  for (const journal of ['wal', 'delete'] as const) {
    test(`is refused with NEWER_DATABASE and left byte for byte as it was (${journal} journal)`, async () => {
      const { dir, file } = await newerDatabase(journal);
      const hashBefore = sha256(file);
      const filesBefore = readdirSync(dir).sort();

      const err = await createCore({ dataDir: dir, onInternalError: () => {} }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('NEWER_DATABASE');
      expect((err as AppError).params).toEqual({ found: LATEST_VERSION + 1, supported: LATEST_VERSION });

      expect(sha256(file)).toBe(hashBefore);
      expect(readdirSync(dir).sort()).toEqual(filesBefore);
      const db = new Database(file, { readonly: true });
      try {
        expect(db.pragma('journal_mode', { simple: true })).toBe(journal);
        expect(Number(db.pragma('user_version', { simple: true }))).toBe(LATEST_VERSION + 1);
      } finally {
        db.close();
      }
    });
  }
});

describe('backup and restore', () => {
  function openBase64(base64: string, dir: string): Database.Database {
    const file = join(dir, `check-${randomBytes(4).toString('hex')}.sqlite`);
    writeFileSync(file, Buffer.from(base64, 'base64'));
    return new Database(file, { readonly: true });
  }

  test('backup.create gives a SQLite file holding the donors', async () => {
    const t = await core();
    const tokens = await setUpCentre(t, { sampleData: true });
    const file = await t.call('backup.create', {}, tokens.manager);
    expect(file.fileName).toMatch(/\.sqlite$/);
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    const db = openBase64(file.base64, tempDir());
    try {
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      const ids = (db.prepare('SELECT id FROM donors ORDER BY id').all() as { id: string }[]).map((r) => r.id);
      const live = (await allDonors(t, tokens.admin)).map((d) => d.id).sort();
      expect(ids).toEqual(live);
      expect(ids).toHaveLength(300);
      expect(Number(db.pragma('user_version', { simple: true }))).toBe(LATEST_VERSION);
    } finally {
      db.close();
    }
  });

  test('restore brings back the old donors, keeps a safety backup and ends every session', async () => {
    const t = await core();
    const tokens = await setUpCentre(t);
    for (const [f, l] of [['علی', 'کریمی'], ['زهرا', 'نوری']]) await t.call('donors.create', { donor: person(f!, l!, { nationalId: nextNationalId() }) }, tokens.admin);
    const oldSet = (await allDonors(t, tokens.admin)).map((d) => d.id).sort();
    const backup = await t.call('backup.create', {}, tokens.admin);

    const later = await t.call('donors.create', { donor: person('رضا', 'احمدی', { nationalId: nextNationalId() }) }, tokens.admin);
    const edited = await t.call('donors.update', { id: oldSet[0]!, donor: person('تغییر', 'یافته') }, tokens.admin);
    const newSet = (await allDonors(t, tokens.admin)).map((d) => d.id).sort();
    expect(newSet).toHaveLength(3);

    const r = await t.call('backup.restore', { base64: backup.base64 }, tokens.admin);
    expect(r.schemaVersion).toBe(LATEST_VERSION);

    // every session ended, including the one that restored
    for (const token of Object.values(tokens)) expect((await t.fail('auth.me', {}, token)).code).toBe('UNAUTHENTICATED');
    const { token } = await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password });

    expect((await allDonors(t, token)).map((d) => d.id).sort()).toEqual(oldSet);
    expect((await t.fail('donors.get', { id: later.id }, token)).code).toBe('NOT_FOUND');
    expect((await t.call('donors.get', { id: edited.id }, token)).displayName).not.toBe('تغییر یافته');
    // search works on the restored file (its FTS index came with it)
    expect((await t.call('donors.search', { query: 'کریمی' }, token)).total).toBe(1);

    // the safety backup is listed and holds the data as it was just before the restore
    const list = await t.call('backup.list', {}, token);
    const safety = list.find((b) => b.fileName === r.safetyBackup);
    expect(safety).toMatchObject({ reason: 'before-restore' });
    expect(safety!.sizeBytes).toBeGreaterThan(0);
    const safetyDb = new Database(join(t.dataDir, 'backups', r.safetyBackup), { readonly: true });
    try {
      expect((safetyDb.prepare('SELECT id FROM donors ORDER BY id').all() as { id: string }[]).map((x) => x.id)).toEqual(newSet);
    } finally {
      safetyDb.close();
    }

    // the restore itself is in the audit log of the restored database
    const log = await t.call('audit.list', { entity: 'database' }, token);
    expect(log.items[0]).toMatchObject({ action: 'restore', username: 'admin', after: { safetyBackup: r.safetyBackup, from: 'upload' } });

    // and the safety backup can be restored by name, bringing back the newer set
    await t.call('backup.restore', { fileName: r.safetyBackup }, token);
    const again = (await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password })).token;
    expect((await allDonors(t, again)).map((d) => d.id).sort()).toEqual(newSet);
  });

  test('files that are not Hamyar backups are BAD_FILE and change nothing', async () => {
    const t = await core();
    const tokens = await setUpCentre(t);
    await t.call('donors.create', { donor: person('علی', 'کریمی', { nationalId: nextNationalId() }) }, tokens.admin);
    const good = Buffer.from((await t.call('backup.create', {}, tokens.admin)).base64, 'base64');

    // a SQLite file with tables of its own
    const dir = tempDir();
    const otherFile = join(dir, 'other.sqlite');
    const other = new Database(otherFile);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('سلام');");
    other.close();
    // an empty SQLite file
    const emptyFile = join(dir, 'empty.sqlite');
    new Database(emptyFile).exec('CREATE TABLE t (x)');

    const files: [string, Buffer][] = [
      ['plain text', Buffer.from('این یک پرونده متنی است، نه پایگاه داده')],
      ['random bytes', randomBytes(8192)],
      ['a SQLite file without Hamyar tables', readFileSync(otherFile)],
      ['a nearly empty SQLite file', readFileSync(emptyFile)],
      ['a truncated backup', good.subarray(0, Math.floor(good.length / 3))],
      ['a backup with the SQLite header destroyed', Buffer.concat([Buffer.from('XQLite format 3\0'), good.subarray(16)])],
    ];
    const before = fingerprint(t);
    for (const [label, bytes] of files) {
      const err = await t.fail('backup.restore', { base64: bytes.toString('base64') }, tokens.admin);
      expect(err.code, label).toBe('BAD_FILE');
      expect(err.message, label).toMatch(PERSIAN_LETTERS);
      expect(fingerprint(t), label).toEqual(before);
      // nothing was swapped, so the session is still valid
      expect((await t.call('auth.me', {}, tokens.admin)).username).toBe('admin');
    }
    // no temporary files left in the data folder
    expect(readdirSync(t.dataDir).filter((n) => n.startsWith('tmp-'))).toEqual([]);
  });

  test('a backup from a newer Hamyar is refused with NEWER_DATABASE and changes nothing', async () => {
    const t = await core();
    const tokens = await setUpCentre(t);
    const backup = await t.call('backup.create', {}, tokens.admin);
    const dir = tempDir();
    const file = join(dir, 'newer.sqlite');
    writeFileSync(file, Buffer.from(backup.base64, 'base64'));
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.pragma('journal_mode = delete');
    db.close();
    const before = fingerprint(t);
    const err = await t.fail('backup.restore', { base64: readFileSync(file).toString('base64') }, tokens.admin);
    expect(err.code).toBe('NEWER_DATABASE');
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
  });

  test('restoring by a name that is not in the list is NOT_FOUND; a path is not a name', async () => {
    const t = await core();
    const tokens = await setUpCentre(t);
    const before = fingerprint(t);
    expect((await t.fail('backup.restore', { fileName: 'hamyar-20260101-000000-manual.sqlite' }, tokens.admin)).code).toBe('NOT_FOUND');
    expect((await t.fail('backup.restore', { fileName: DB_FILE_NAME }, tokens.admin)).code).toBe('NOT_FOUND');
    expect((await t.fail('backup.restore', { fileName: '../hamyar.sqlite' }, tokens.admin)).code).toBe('VALIDATION');
    expect(fingerprint(t)).toEqual(before);
  });
});
