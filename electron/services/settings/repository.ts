import type { Db } from '../../store/database.ts';
import type { CentreSettings } from '../../../shared/contract/settings.ts';

export function getSetting(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setSetting(db: Db, key: string, value: string, nowIso: string): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, value, nowIso);
}

export function readCentreSettings(db: Db): CentreSettings {
  const centre = db.prepare('SELECT id, name, province, city FROM centre LIMIT 1').get() as CentreSettings['centre'];
  const unit = getSetting(db, 'money.unit');
  return { centre, moneyUnit: unit === 'toman' ? 'toman' : 'rial' };
}
