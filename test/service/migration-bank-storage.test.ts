// Migration 10 (bank_households becomes a rowid table, bank_aid goes) on a database that
// already holds copies: every row comes over unchanged, (owner, id) stays unique, the indexes are
// there, the aid history stays readable from the records, and received figures get their as_of.
import { describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS } from '../../electron/store/migrations/index.ts';

describe('migration 10 on a database with copies', () => {
  test('keeps every copy as it was, unique by owner and id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hamyar-m10-'));
    const raw = new Database(join(dir, 'old.sqlite'));
    try {
      for (const m of MIGRATIONS.filter((x) => x.version < 10)) raw.transaction(() => m.up(raw))();
      const insert = `INSERT INTO bank_households (owner, id, owner_name, version, archived_at, display_name, name_key, father_key, birth_year, city, record, received_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
      const rows = [
        ['centre-a', 'h1', 'مرکز الف', '2026-01-01T00:00:00.000Z', null, 'مریم کاظمی', 'مریم کاظمی', 'علی', 1980, 'زنجان', '{"id":"h1"}', '2026-02-01T00:00:00.000Z'],
        ['centre-a', 'h2', 'مرکز الف', '2026-01-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z', 'رضا مرادی', 'رضا مرادی', null, null, null, `{"id":"h2","n":"${'ا'.repeat(5000)}"}`, '2026-02-01T00:00:00.000Z'],
        ['centre-b', 'h1', 'مرکز ب', '2026-01-04T00:00:00.000Z', null, 'زهرا نوری', 'زهرا نوری', 'حسن', 1975, 'ابهر', '{"id":"h1b"}', '2026-02-02T00:00:00.000Z'],
      ];
      for (const r of rows) raw.prepare(insert).run(...r);
      const before = raw.prepare('SELECT * FROM bank_households ORDER BY owner, id').all();

      const m10 = MIGRATIONS.find((x) => x.version === 10)!;
      raw.transaction(() => m10.up(raw))();

      expect(raw.prepare('SELECT * FROM bank_households ORDER BY owner, id').all()).toEqual(before);
      expect(() => raw.prepare(insert).run(...rows[0]!)).toThrow(/UNIQUE/);
      const indexes = raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'bank_households' ORDER BY name").pluck().all();
      expect(indexes).toEqual(['bank_households_name', 'bank_households_versions', 'sqlite_autoindex_bank_households_1']);
      expect(raw.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'bank_aid'").pluck().get()).toBe(0);
      expect(raw.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'duplicate_pairs_copy'").pluck().get()).toBe(1);
      expect(raw.prepare("SELECT sql FROM sqlite_schema WHERE name = 'bank_households'").pluck().get()).not.toMatch(/WITHOUT ROWID/i);
      // received figures keep when they were computed; those held before are older than any
      expect((raw.pragma('table_info(received_figures)') as { name: string; dflt_value: string }[]).find((c) => c.name === 'as_of')?.dflt_value).toBe("''");
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      raw.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
