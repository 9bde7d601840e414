// Diagnostic, not part of `npm run bench`: where the time of `donors.create` goes.
//   node test/bench/insert-breakdown.ts            (HAMYAR_BENCH_SCALE applies; default 50,000 rows)
// Prints one JSON line per measurement, like run.ts. Three views of the same rows:
//  1. the handler's steps replayed with a timer around each (the same functions
//     electron/services/donors/handlers.ts calls, in the same order, in one IMMEDIATE
//     transaction per donor), plus the dispatcher's input and output parsing;
//  2. raw prepared statements with one transaction per donor (no zod, no duplicate check, no
//     audit; then with the audit row): the floor that "one transaction per donor" sets;
//  3. how many WAL frames (4 KiB pages) each commit writes, with and without the FTS trigger.
import { randomUUID } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contract } from '../../shared/contract/index.ts';
import { donorFields, type DonorFieldsInput } from '../../shared/contract/donors.ts';
import { normalizeForSearch } from '../../shared/domain/normalize.ts';
import { findDuplicates, insertDonor, loadDonor } from '../../electron/services/donors/repository.ts';
import { displayNameOf, searchTextOf, sortKeyOf } from '../../electron/services/donors/searchText.ts';
import { writeAudit } from '../../electron/core/audit.ts';
import { DB_FILE_NAME } from '../../electron/core/core.ts';
import { benchDonors } from './data.ts';
import { freshDir, makeTempRoot, setUpCore } from './fixtures.ts';
import { emit, log, round, scaled, since } from './stats.ts';

const STEPS = ['input parse', 'begin', 'duplicate check', 'insert row+tags+fts', 'load after', 'audit row', 'commit', 'output parse'] as const;
type Step = (typeof STEPS)[number];

async function handlerSteps(root: string, donors: readonly DonorFieldsInput[]): Promise<void> {
  const { t, adminToken } = await setUpCore(freshDir(root, 'steps'));
  try {
    const db = t.core.db();
    const session = t.core.services.sessions.get(adminToken)!;
    const centreId = db.prepare('SELECT id FROM centre LIMIT 1').pluck().get() as string;
    const def = contract['donors.create'];
    const acc = Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<Step, number>;
    const time = <T>(step: Step, f: () => T): T => {
      const t0 = performance.now();
      const r = f();
      acc[step] += performance.now() - t0;
      return r;
    };
    const t0 = performance.now();
    for (const donor of donors) {
      const input = time('input parse', () => def.input.parse({ donor }));
      const nowIso = new Date().toISOString();
      time('begin', () => db.exec('BEGIN IMMEDIATE'));
      time('duplicate check', () => findDuplicates(db, input.donor, null));
      const id = randomUUID();
      time('insert row+tags+fts', () => insertDonor(db, id, input.donor, { nowIso, centreId, userId: session.userId }));
      const after = time('load after', () => loadDonor(db, id)!);
      time('audit row', () => writeAudit(db, session, nowIso, centreId, { action: 'create', entity: 'donor', entityId: id, after }));
      time('commit', () => db.exec('COMMIT'));
      time('output parse', () => def.output.parse(after));
    }
    const total = since(t0);
    const n = donors.length;
    emit('insert_breakdown.replayed_per_s', Math.round((n / total) * 1000), 'rows/s', { rows: n });
    for (const s of STEPS) {
      emit(`insert_breakdown.${s.replace(/\W+/g, '_')}_us`, round((acc[s] / n) * 1000, 1), 'µs/row', {
        share: round(acc[s] / total, 3),
      });
    }
  } finally {
    t.close();
  }
}

const INSERT_DONOR = `INSERT INTO donors (id, kind, first_name, last_name, org_name, display_name, sort_key, national_id, mobile, phone,
   email, address, city, referral, preferred_contact, notes, search_text, archived_at, created_by, created_at,
   updated_at, origin_centre_id)
 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`;

/** Raw statements, one IMMEDIATE transaction per donor; optionally the audit row too. */
async function rawPerRow(root: string, donors: readonly DonorFieldsInput[], opts: { audit: boolean; fts: boolean }): Promise<void> {
  const dir = freshDir(root, 'raw-per-row');
  const { t, adminToken } = await setUpCore(dir);
  try {
    const db = t.core.db();
    if (!opts.fts) db.exec('DROP TRIGGER donors_fts_ai');
    const session = t.core.services.sessions.get(adminToken)!;
    const centreId = db.prepare('SELECT id FROM centre LIMIT 1').pluck().get() as string;
    const nowIso = new Date().toISOString();
    const rows = donors.map((raw) => {
      const d = donorFields.parse(raw);
      const id = randomUUID();
      const values = [id, d.kind, d.firstName, d.lastName, d.orgName, displayNameOf(d), sortKeyOf(d), d.nationalId, d.mobile, d.phone,
        d.email, d.address, d.city, d.referral, d.preferredContact, d.notes, searchTextOf(d), session.userId, nowIso, nowIso, centreId];
      return { id, values, tags: d.tags.map((tag) => [tag, normalizeForSearch(tag)] as const), after: { id, ...d } };
    });
    const insertDonor = db.prepare(INSERT_DONOR);
    const insertTag = db.prepare('INSERT OR IGNORE INTO donor_tags (donor_id, tag, tag_norm) VALUES (?, ?, ?)');
    const audit = db.prepare(
      `INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, before_json, after_json, centre_id)
       VALUES (?, ?, ?, 'create', 'donor', ?, NULL, ?, ?)`,
    );
    const one = db.transaction((r: (typeof rows)[number]) => {
      insertDonor.run(...r.values);
      for (const [tag, norm] of r.tags) insertTag.run(r.id, tag, norm);
      if (opts.audit) audit.run(nowIso, session.userId, session.username, r.id, JSON.stringify(r.after), centreId);
    });
    // WAL frames written: stop automatic checkpoints for a sample of commits and measure the WAL.
    const sample = Math.min(2000, Math.floor(rows.length / 5));
    const t0 = performance.now();
    for (let i = 0; i < rows.length - sample; i++) one.immediate(rows[i]!);
    db.pragma('wal_autocheckpoint = 0');
    db.pragma('wal_checkpoint(TRUNCATE)');
    for (let i = rows.length - sample; i < rows.length; i++) one.immediate(rows[i]!);
    const ms = since(t0);
    const frames = statSync(join(dir, `${DB_FILE_NAME}-wal`)).size / (4096 + 24);
    const name = `insert_breakdown.raw_per_row_tx${opts.audit ? '_with_audit' : ''}${opts.fts ? '' : '_no_fts'}_per_s`;
    emit(name, Math.round((rows.length / ms) * 1000), 'rows/s', { rows: rows.length, wal_frames_per_commit: round(frames / sample, 1) });
  } finally {
    t.close();
  }
}

async function main(): Promise<void> {
  const root = makeTempRoot();
  try {
    const n = scaled(50_000, 100);
    const donors = benchDonors(n);
    log(`insert breakdown over ${n} donors`);
    await handlerSteps(root, donors);
    await rawPerRow(root, donors, { audit: false, fts: true });
    await rawPerRow(root, donors, { audit: true, fts: true });
    await rawPerRow(root, donors, { audit: true, fts: false });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  log('insert breakdown failed:', err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
