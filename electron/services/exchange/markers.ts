// Pseudonymous aid markers: a household without consent to share travels only as "this national
// ID was helped there", keyed with the province passphrase so that only centres holding it can
// match an ID they know, and nobody can read an ID back from the file.
import { createHmac } from 'node:crypto';
import type { Db } from '../../store/database.ts';
import { getSetting } from '../settings/repository.ts';

export const PASSPHRASE_KEY = 'exchange.passphrase';
export const PROVINCE_OFFICE_KEY = 'exchange.provinceOffice';

/** HMAC-SHA-256 of the 10 ASCII digits of a national ID, as 64 hex digits. */
export function markerHash(passphrase: string, nationalId: string): string {
  return createHmac('sha256', passphrase).update(nationalId, 'ascii').digest('hex');
}

export function readPassphrase(db: Db): string | null {
  return getSetting(db, PASSPHRASE_KEY);
}

export function isProvinceOffice(db: Db): boolean {
  return getSetting(db, PROVINCE_OFFICE_KEY) === '1';
}
