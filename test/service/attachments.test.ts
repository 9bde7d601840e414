// Project attachments on real SQLite and a real data folder, through the contract: real PNG,
// JPEG, WebP and PDF files come back byte for byte; bytes that are not what they claim, files
// over 10 MB and broken base64 are refused with nothing written (no row, no file); a name with
// "../" is stored as a plain name and the file lands only under <data>/attachments; removed
// attachments are gone; the same content is stored once; and a backup carries the files, so a
// restore into a fresh data folder brings them back while the live attachment_blobs stays empty.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { InputOf, Role } from '../../shared/contract/index.ts';
import { ATTACHMENT_MAX_BYTES } from '../../shared/contract/attachments.ts';
import { makeTestCore, setUpCentre, ADMIN, type TestCore } from '../helpers/core.ts';
import { fingerprint, manualClock } from '../helpers/fixtures.ts';
import { MIGRATIONS } from '../../electron/store/migrations/index.ts';
import { extractAttachments } from '../../electron/store/attachmentBackup.ts';

const clock = manualClock('2026-11-24T08:00:00Z');
let t: TestCore;
let tokens: Record<Role, string>;
let scratch: string;
const files: Record<'png' | 'jpeg' | 'pdf' | 'webp', Buffer> = {} as never;

/** A one-page PDF written by hand with a correct cross-reference table. */
function tinyPdf(): Buffer {
  const content = '0.1 0.4 0.35 rg 10 10 52 52 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'hamyar-attachments-'));
  // real image files, rendered from the PDF by poppler
  files.pdf = tinyPdf();
  writeFileSync(join(scratch, 'tiny.pdf'), files.pdf);
  execFileSync('pdftoppm', ['-png', '-r', '20', '-singlefile', join(scratch, 'tiny.pdf'), join(scratch, 'tiny')]);
  execFileSync('pdftoppm', ['-jpeg', '-r', '20', '-singlefile', join(scratch, 'tiny.pdf'), join(scratch, 'tiny')]);
  files.png = readFileSync(join(scratch, 'tiny.png'));
  files.jpeg = readFileSync(join(scratch, 'tiny.jpg'));
  // a 1×1 lossless WebP
  files.webp = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');

  t = await makeTestCore({ clock });
  tokens = await setUpCentre(t);
});
afterAll(() => {
  t.close();
  rmSync(scratch, { recursive: true, force: true });
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const stored = (dataDir: string, b: Buffer) => join(dataDir, 'attachments', sha(b).slice(0, 2), sha(b));

async function newProject(name: string, kind: 'employment' | 'housing' = 'employment'): Promise<string> {
  const input: InputOf<'projects.create'> =
    kind === 'housing' ? { name, kind, housing: { landStatus: 'deeded' } } : { name, kind, employment: { jobsPlanned: 5, jobsCreated: 0 } };
  return (await t.call('projects.create', input, tokens.manager)).id;
}

function add(projectId: string, bytes: Buffer, mimeType: InputOf<'attachments.add'>['mimeType'], extra: Partial<InputOf<'attachments.add'>> = {}) {
  return { projectId, fileName: `file.${mimeType.split('/')[1]}`, mimeType, base64: bytes.toString('base64'), ...extra };
}

/** Every file and folder under a directory, relative to it. */
function tree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort();
}

describe('attachments.add and get', () => {
  test('real PNG, JPEG, WebP and PDF files come back byte for byte, listed oldest first on the project', async () => {
    const projectId = await newProject('کارگاه خیاطی بانوان');
    const added = [];
    for (const [mime, bytes] of [['image/png', files.png], ['image/jpeg', files.jpeg], ['image/webp', files.webp], ['application/pdf', files.pdf]] as const) {
      const a = await t.call('attachments.add', add(projectId, bytes, mime, { caption: 'نمای کارگاه' }), tokens.caseworker);
      expect(a).toMatchObject({ projectId, stage: null, mimeType: mime, sizeBytes: bytes.length, caption: 'نمای کارگاه' });
      clock.advance(1000);
      added.push(a);
      // stored under its hash, the bytes unchanged
      expect(readFileSync(stored(t.dataDir, bytes)).equals(bytes)).toBe(true);
      const back = await t.call('attachments.get', { id: a.id }, tokens.volunteer);
      expect(back.mimeType).toBe(mime);
      expect(back.fileName).toBe(a.fileName);
      expect(Buffer.from(back.base64, 'base64').equals(bytes)).toBe(true);
    }
    expect((await t.call('projects.get', { id: projectId }, tokens.volunteer)).attachments).toEqual(added);
    const audit = t.core.db().prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'attachment' AND action = 'create'").get() as { n: number };
    expect(audit.n).toBeGreaterThanOrEqual(4);
  });

  test('bytes that are not what the type says are refused with nothing written: no row, no file', async () => {
    const projectId = await newProject('کارگاه نان');
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200, 7)]);
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const wave = Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'), Buffer.alloc(40)]);
    // new content each (real files with a few bytes appended), so no earlier test stored them
    const fresh = (b: Buffer) => Buffer.concat([b, Buffer.from('mismatch')]);
    const cases: [Buffer, InputOf<'attachments.add'>['mimeType'], string][] = [
      [fresh(files.png), 'image/jpeg', 'JPEG'],
      [fresh(files.jpeg), 'image/png', 'PNG'],
      [fresh(files.pdf), 'image/webp', 'WebP'],
      [exe, 'application/pdf', 'PDF'],
      [html, 'application/pdf', 'PDF'],
      [wave, 'image/webp', 'WebP'],
      [files.png.subarray(0, 7), 'image/png', 'PNG'], // a cut-off signature
    ];
    const before = fingerprint(t);
    for (const [bytes, mime, type] of cases) {
      const err = await t.fail('attachments.add', add(projectId, bytes, mime, { fileName: 'photo.jpg' }), tokens.caseworker);
      expect([err.code, err.key, err.params]).toEqual(['BAD_FILE', 'attachments.typeMismatch', { type }]);
      expect(err.message).toContain(`(${type})`);
      expect(existsSync(stored(t.dataDir, bytes))).toBe(false);
    }
    expect(fingerprint(t)).toEqual(before);
  });

  test('over 10 MB refused with nothing written; exactly 10 MB accepted', async () => {
    const projectId = await newProject('مستندات طرح بزرگ');
    const big = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x41);
    files.pdf.copy(big); // a real PDF header: only the size is wrong
    const before = fingerprint(t);
    const err = await t.fail('attachments.add', add(projectId, big, 'application/pdf'), tokens.caseworker);
    expect([err.code, err.key]).toEqual(['VALIDATION', 'attachments.tooLarge']);
    expect(err.message).toContain('۱۰ مگابایت');
    expect(fingerprint(t)).toEqual(before);

    const limit = big.subarray(0, ATTACHMENT_MAX_BYTES);
    const ok = await t.call('attachments.add', add(projectId, limit, 'application/pdf'), tokens.caseworker);
    expect(ok.sizeBytes).toBe(ATTACHMENT_MAX_BYTES);
    expect(readFileSync(stored(t.dataDir, limit)).equals(limit)).toBe(true);
  });

  test('broken base64 refused with nothing written', async () => {
    const projectId = await newProject('پروندهٔ خراب');
    const good = files.png.toString('base64');
    const before = fingerprint(t);
    for (const base64 of [
      `${good.slice(0, 20)}!!${good.slice(22)}`, // characters outside the alphabet
      `${good.slice(0, 40)}\n${good.slice(40)}`, // a line break
      `data:image/png;base64,${good}`, // a data URL, not the bytes
      good.replace(/=+$/, ''), // padding dropped
      `${good}A`, // a stray character at the end
      'iVBORw0KGgo=====',
    ]) {
      const err = await t.fail('attachments.add', { projectId, fileName: 'a.png', mimeType: 'image/png', base64 }, tokens.caseworker);
      expect([err.code, err.key], base64.slice(0, 30)).toEqual(['BAD_FILE', 'attachments.badData']);
    }
    expect(fingerprint(t)).toEqual(before);
  });

  test('a file name with "../" is stored as a plain name; the file lands only under <data>/attachments', async () => {
    const projectId = await newProject('نام‌های خطرناک');
    const bytes = Buffer.concat([files.png, Buffer.from('evil-name')]); // new content: a new file
    const outside = tree(t.dataDir).filter((p) => !p.startsWith('attachments'));
    const names: [string, string][] = [
      ['../../../../etc/passwd.png', 'passwd.png'],
      ['..\\..\\Windows\\System32\\عکس پی‌ریزی.png', 'عکس پی‌ریزی.png'],
      ['photo\u202Egnp.exe', 'photognp.exe'], // a right-to-left override hiding ".exe"
      ['a\u0000b\u0007c<>:"|?*.png', 'abc_______.png'],
      ['..', 'attachment.png'],
    ];
    for (const [given, want] of names) {
      const a = await t.call('attachments.add', add(projectId, bytes, 'image/png', { fileName: given }), tokens.caseworker);
      expect(a.fileName).toBe(want);
      expect((await t.call('attachments.get', { id: a.id }, tokens.volunteer)).fileName).toBe(want);
    }
    const after = tree(t.dataDir);
    // nothing new outside attachments/ (the database's own files excepted: they change, not appear)
    expect(after.filter((p) => !p.startsWith('attachments'))).toEqual(outside);
    expect(after).toContain(join('attachments', sha(bytes).slice(0, 2), sha(bytes)));
    expect(existsSync(join(t.dataDir, '..', 'etc'))).toBe(false);
  });

  test('the same content twice is stored once; removing one leaves the other readable', async () => {
    const projectId = await newProject('عکس تکراری');
    const bytes = Buffer.concat([files.jpeg, Buffer.from('twice')]);
    const a = await t.call('attachments.add', add(projectId, bytes, 'image/jpeg', { fileName: 'اول.jpg' }), tokens.caseworker);
    const b = await t.call('attachments.add', add(projectId, bytes, 'image/jpeg', { fileName: 'دوم.jpg' }), tokens.manager);
    expect(a.id).not.toBe(b.id);
    expect(readdirSync(join(t.dataDir, 'attachments', sha(bytes).slice(0, 2))).filter((f) => f === sha(bytes))).toHaveLength(1);
    expect(t.core.db().prepare('SELECT count(*) AS n FROM attachments WHERE sha256 = ?').get(sha(bytes))).toEqual({ n: 2 });

    await t.call('attachments.remove', { id: a.id }, tokens.caseworker);
    expect(Buffer.from((await t.call('attachments.get', { id: b.id }, tokens.volunteer)).base64, 'base64').equals(bytes)).toBe(true);
    expect(existsSync(stored(t.dataDir, bytes))).toBe(true);
  });

  test('a removed attachment is not found, not listed, and cannot be removed twice', async () => {
    const projectId = await newProject('حذف پیوست');
    const a = await t.call('attachments.add', add(projectId, files.pdf, 'application/pdf', { fileName: 'قرارداد.pdf' }), tokens.caseworker);
    expect((await t.call('attachments.remove', { id: a.id }, tokens.caseworker)).id).toBe(a.id);
    expect((await t.fail('attachments.get', { id: a.id }, tokens.volunteer)).key).toBe('attachments.notFound');
    expect((await t.call('projects.get', { id: projectId }, tokens.volunteer)).attachments).toEqual([]);
    expect((await t.fail('attachments.remove', { id: a.id }, tokens.caseworker)).code).toBe('NOT_FOUND');
    const audit = t.core.db().prepare("SELECT action FROM audit_log WHERE entity = 'attachment' AND entity_id = ? ORDER BY id").all(a.id);
    expect(audit).toEqual([{ action: 'create' }, { action: 'remove' }]);
  });

  test('stages only on housing builds; archived projects, volunteers, a missing or damaged file refused', async () => {
    const general = await newProject('کارگاه قالی‌بافی');
    const build = await newProject('مسکن خانوار صالحی', 'housing');
    let before = fingerprint(t);
    const err = await t.fail('attachments.add', add(general, files.png, 'image/png', { stage: 'foundation' }), tokens.caseworker);
    expect([err.code, err.key]).toEqual(['CONFLICT', 'attachments.stageNotHousing']);
    expect((await t.fail('attachments.add', add(general, files.png, 'image/png'), tokens.volunteer)).code).toBe('FORBIDDEN');
    expect(fingerprint(t)).toEqual(before);
    const photo = await t.call('attachments.add', add(build, files.png, 'image/png', { stage: 'foundation' }), tokens.caseworker);
    expect(photo.stage).toBe('foundation');

    await t.call('projects.archive', { id: general, reason: 'طرح لغو شد' }, tokens.manager);
    before = fingerprint(t);
    expect((await t.fail('attachments.add', add(general, files.webp, 'image/webp'), tokens.caseworker)).key).toBe('projects.archived');
    expect(fingerprint(t)).toEqual(before);

    // the data folder lost the file, or someone changed it: said so, not served
    const bytes = Buffer.concat([files.png, Buffer.from('lost')]);
    const lost = await t.call('attachments.add', add(build, bytes, 'image/png'), tokens.caseworker);
    writeFileSync(stored(t.dataDir, bytes), Buffer.concat([files.png, Buffer.from('tampered')]));
    expect(await t.fail('attachments.get', { id: lost.id }, tokens.volunteer)).toMatchObject({ code: 'BAD_FILE', key: 'attachments.damaged' });
    unlinkSync(stored(t.dataDir, bytes));
    expect(await t.fail('attachments.get', { id: lost.id }, tokens.volunteer)).toMatchObject({ code: 'NOT_FOUND', key: 'attachments.missing' });
    // adding the same content again repairs the file
    await t.call('attachments.add', add(build, bytes, 'image/png'), tokens.caseworker);
    expect(Buffer.from((await t.call('attachments.get', { id: lost.id }, tokens.volunteer)).base64, 'base64').equals(bytes)).toBe(true);
  });
});

function blobsIn(file: string): Map<string, Buffer> {
  const db = new Database(file, { readonly: true });
  try {
    return new Map((db.prepare('SELECT sha256, bytes FROM attachment_blobs').all() as { sha256: string; bytes: Buffer }[]).map((r) => [r.sha256, r.bytes]));
  } finally {
    db.close();
  }
}

const liveBlobs = (core: TestCore) => (core.core.db().prepare('SELECT count(*) AS n FROM attachment_blobs').get() as { n: number }).n;

describe('backups carry the files', () => {
  test('backup → restore into a fresh data folder brings the files back; automatic backups leave them in place', async () => {
    const projectId = await newProject('پشتیبان عکس‌ها');
    const photo = Buffer.concat([files.jpeg, Buffer.from('backup-1')]);
    const doc = Buffer.concat([files.pdf, Buffer.from('backup-2')]);
    const a = await t.call('attachments.add', add(projectId, photo, 'image/jpeg', { fileName: 'پی‌ریزی.jpg' }), tokens.caseworker);
    const b = await t.call('attachments.add', add(projectId, doc, 'application/pdf', { fileName: 'پروانه.pdf' }), tokens.caseworker);

    const backup = await t.call('backup.create', {}, tokens.admin);
    const backupFile = join(scratch, 'manual.sqlite');
    writeFileSync(backupFile, Buffer.from(backup.base64, 'base64'));
    const blobs = blobsIn(backupFile);
    expect(blobs.get(sha(photo))?.equals(photo)).toBe(true);
    expect(blobs.get(sha(doc))?.equals(doc)).toBe(true);
    expect(liveBlobs(t)).toBe(0); // the live database never holds the bytes

    const fresh = await makeTestCore({ clock });
    try {
      const admin = (await setUpCentre(fresh)).admin;
      await fresh.call('backup.restore', { base64: backup.base64 }, admin);
      expect(liveBlobs(fresh)).toBe(0);
      expect(readFileSync(stored(fresh.dataDir, photo)).equals(photo)).toBe(true);
      expect(readFileSync(stored(fresh.dataDir, doc)).equals(doc)).toBe(true);
      let token = (await fresh.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password })).token;
      for (const [id, bytes] of [[a.id, photo], [b.id, doc]] as const) {
        expect(Buffer.from((await fresh.call('attachments.get', { id }, token)).base64, 'base64').equals(bytes)).toBe(true);
      }

      // the automatic backup a restore takes first stays beside the files and does not copy them
      // (30 copies of every photo would fill the disk); restoring it finds them where they are
      const again = await fresh.call('backup.restore', { base64: backup.base64 }, token);
      expect(blobsIn(join(fresh.dataDir, 'backups', again.safetyBackup)).size).toBe(0);
      token = (await fresh.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password })).token;
      await fresh.call('backup.restore', { fileName: again.safetyBackup }, token);
      token = (await fresh.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password })).token;
      expect(Buffer.from((await fresh.call('attachments.get', { id: a.id }, token)).base64, 'base64').equals(photo)).toBe(true);
      expect(liveBlobs(fresh)).toBe(0);
    } finally {
      fresh.close();
    }
  });

  test('a backup from before attachments existed restores and gets an empty attachment_blobs', async () => {
    // a real schema-5 database, as Hamyar wrote it before projects had attachments
    const old = join(scratch, 'schema5.sqlite');
    const db = new Database(old);
    for (const m of MIGRATIONS.filter((x) => x.version <= 5)) {
      db.transaction(() => {
        db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
        m.up(db);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, '2025-01-01T00:00:00.000Z');
        db.pragma(`user_version = ${m.version}`);
      })();
    }
    db.close();
    expect(extractAttachments(old, scratch)).toEqual({ written: 0, present: 0, damaged: [] });

    const fresh = await makeTestCore({ clock });
    try {
      const admin = (await setUpCentre(fresh)).admin;
      const r = await fresh.call('backup.restore', { base64: readFileSync(old).toString('base64') }, admin);
      expect(r.schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
      expect(liveBlobs(fresh)).toBe(0);
    } finally {
      fresh.close();
    }
  });

  test('a damaged blob is not written (the attachment reads as missing); the others are', async () => {
    const projectId = await newProject('پشتیبان آسیب‌دیده');
    const good = Buffer.concat([files.png, Buffer.from('good')]);
    const bad = Buffer.concat([files.png, Buffer.from('bad')]);
    await t.call('attachments.add', add(projectId, good, 'image/png'), tokens.caseworker);
    await t.call('attachments.add', add(projectId, bad, 'image/png'), tokens.caseworker);
    const file = join(scratch, 'damaged.sqlite');
    writeFileSync(file, Buffer.from((await t.call('backup.create', {}, tokens.admin)).base64, 'base64'));
    const db = new Database(file);
    db.prepare('UPDATE attachment_blobs SET bytes = ? WHERE sha256 = ?').run(Buffer.from('not the photo'), sha(bad));
    db.close();

    const dir = mkdtempSync(join(tmpdir(), 'hamyar-extract-'));
    try {
      const r = extractAttachments(file, dir);
      expect(r.damaged).toEqual([sha(bad)]);
      expect(r.written).toBeGreaterThanOrEqual(1);
      expect(readFileSync(stored(dir, good)).equals(good)).toBe(true);
      expect(existsSync(stored(dir, bad))).toBe(false);
      expect(blobsIn(file).size).toBe(0); // emptied once extracted
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
