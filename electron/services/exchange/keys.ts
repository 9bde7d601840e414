// This install's Ed25519 signing key and the fingerprints people compare on the phone
// (docs/exchange-format.md, "Keys and trust").
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';

export interface CentreKey {
  /** base64 SPKI DER */
  publicKey: string;
  privateKey: KeyObject;
}

/** Makes the install's key pair unless it has one (setup; a migration gives older installs one). */
export function ensureCentreKey(db: Db, nowIso: string): void {
  if (stmt(db, 'SELECT 1 FROM centre_keys WHERE id = 1').get() !== undefined) return;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  stmt(db, 'INSERT INTO centre_keys (id, public_key, private_key, created_at) VALUES (1, ?, ?, ?)').run(
    publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    nowIso,
  );
}

export function loadCentreKey(db: Db): CentreKey {
  const row = stmt<[], { public_key: string; private_key: string }>(db, 'SELECT public_key, private_key FROM centre_keys WHERE id = 1').get();
  if (!row) throw new Error('this install has no signing key: setup or migration 8 makes one');
  return {
    publicKey: row.public_key,
    privateKey: createPrivateKey({ key: Buffer.from(row.private_key, 'base64'), format: 'der', type: 'pkcs8' }),
  };
}

/** Sixteen decimal digits from the key's SHA-256, in four groups: short enough to read aloud,
 *  long enough (≈53 bits) that nobody makes a key with the same digits by trying. */
export function fingerprintOf(publicKeyBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest();
  const n = digest.readBigUInt64BE(0) % 10n ** 16n;
  const digits = n.toString().padStart(16, '0');
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8, 12)} ${digits.slice(12)}`;
}

export function signBytes(key: CentreKey, bytes: Buffer): string {
  return sign(null, bytes, key.privateKey).toString('base64');
}

/** Whether `signature` (base64) is the key's Ed25519 signature of `bytes`; false for any
 *  malformed key or signature rather than throwing. */
export function verifyBytes(publicKeyBase64: string, bytes: Buffer, signature: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, bytes, key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
