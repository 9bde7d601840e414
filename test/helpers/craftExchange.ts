// Hand-made .hamyar files for the import tests and benchmarks: valid ones (any sender key, any
// versions), and every kind of broken one. Small files are put together here byte by byte (a
// minimal ZIP writer, so an entry may carry any name, lie about its size or claim encryption);
// large files stream through the exporter's PartWriter and assembleZip, never held whole.
import { createHash, createPrivateKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import type { AidMarker, BankHousehold, FigureLine, Manifest } from '../../shared/contract/exchangeRecords.ts';
import { assembleZip, PartWriter } from '../../electron/services/exchange/zipWriter.ts';
import type { Db } from '../../electron/store/database.ts';
import { makeNationalId } from './fixtures.ts';

// ---- keys ----------------------------------------------------------------------------------------

export interface SenderKey {
  /** base64 SPKI DER, as in a manifest */
  publicKey: string;
  privateKey: KeyObject;
}

export function newKey(): SenderKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'), privateKey };
}

/** The signing key of a test core's centre (from its database). */
export function keyOfCentre(db: Db): SenderKey {
  const row = db.prepare('SELECT public_key, private_key FROM centre_keys WHERE id = 1').get() as { public_key: string; private_key: string };
  return { publicKey: row.public_key, privateKey: createPrivateKey({ key: Buffer.from(row.private_key, 'base64'), format: 'der', type: 'pkcs8' }) };
}

export function signManifest(key: SenderKey, bytes: Buffer): string {
  return sign(null, bytes, key.privateKey).toString('base64');
}

// ---- records -------------------------------------------------------------------------------------

export interface Sender {
  id: string;
  name: string;
  province?: string;
  city?: string;
}

export function newSender(name = 'مرکز نیکوکاری آزمایشی'): Sender {
  return { id: randomUUID(), name, province: 'زنجان', city: 'زنجان' };
}

let idSerial = 0;
/** A distinct valid national ID per call (its own range, apart from fixtures' nextNationalId). */
export function craftedNationalId(): string {
  idSerial += 1;
  return makeNationalId(String(500_000_000 + idSerial * 104_729).slice(-9).padStart(9, '3'));
}

const FIRST = ['فاطمه', 'زهرا', 'مریم', 'معصومه', 'سکینه', 'علی', 'حسن', 'رضا', 'محمد', 'اکبر'];
const LAST = ['رضایی', 'احمدی', 'محمدی', 'حسینی', 'کریمی', 'موسوی', 'قاسمی', 'جعفری', 'نوری', 'یزدانی'];
const FATHER = ['علی', 'حسین', 'محمود', 'جواد', 'عباس', 'قاسم'];

export interface HouseholdShape {
  members?: number;
  aid?: number;
  version?: string;
  archivedAt?: string | null;
}

/** A household line that passes the schema: `i` varies the names; members and aid by count. */
export function craftHousehold(owner: Sender, i: number, shape: HouseholdShape = {}, over: Partial<BankHousehold> = {}): BankHousehold {
  const members = Array.from({ length: shape.members ?? 2 }, (_, m) => ({
    id: randomUUID(),
    firstName: FIRST[(i + m + 3) % FIRST.length]!,
    lastName: LAST[i % LAST.length]!,
    relation: m === 0 ? ('spouse' as const) : ('child' as const),
    sex: m % 2 === 0 ? ('male' as const) : ('female' as const),
    nationalId: craftedNationalId(),
    birthDate: m === 0 ? '1978-03-04' : `20${String(5 + (m % 10)).padStart(2, '0')}-06-1${m % 9}`,
    education: 'primary' as const,
    occupation: null,
  }));
  const aid = Array.from({ length: shape.aid ?? 1 }, (_, a) => ({
    id: randomUUID(),
    kind: (['cash', 'goods', 'equipment'] as const)[a % 3]!,
    date: `2026-0${1 + (a % 9)}-1${a % 10}`,
    value: 10_000_000 * (a + 1),
    description: 'کمک ماهانه',
    source: 'centre' as const,
    sourceName: null,
  }));
  return {
    id: randomUUID(),
    owner: owner.id,
    ownerName: owner.name,
    version: shape.version ?? '2026-10-01T08:00:00.000Z',
    archivedAt: shape.archivedAt ?? null,
    consentDate: '2026-01-10',
    head: {
      firstName: FIRST[i % FIRST.length]!,
      lastName: LAST[(i * 7) % LAST.length]!,
      fatherName: FATHER[i % FATHER.length]!,
      nationalId: craftedNationalId(),
      birthDate: `19${60 + (i % 35)}-0${1 + (i % 9)}-1${i % 10}`,
      sex: 'female',
      mobile: '09121234567',
    },
    city: 'زنجان',
    village: null,
    address: 'خیابان امام، کوچهٔ ۱۲',
    groups: ['womanHead'],
    housingStatus: 'tenant',
    agency: 'relief',
    agencyFileNo: `ام-${i}`,
    members,
    needs: [{ id: randomUUID(), kind: 'housing', equipmentKind: null, priority: 4, recordedOn: '2026-02-01', status: 'open', closedOn: null }],
    aid,
    sensitive: null,
    ...over,
  };
}

export function craftMarker(owner: Sender, idHash: string, over: Partial<AidMarker> = {}): AidMarker {
  return { owner: owner.id, ownerName: owner.name, idHash, kind: 'cash', date: '2026-03-01', value: 50_000_000, ...over };
}

/** A figure line; `asOf` defaults to craftFile's default createdAt. */
export function craftFigure(owner: Sender, code: string, value: number, asOf = '2026-11-24T10:15:00.000Z'): FigureLine {
  return { owner: owner.id, ownerName: owner.name, code, unit: code.startsWith('A') && Number(code.slice(1)) % 2 === 0 ? 'rials' : 'count', value, asOf };
}

// ---- a minimal ZIP writer ------------------------------------------------------------------------

export interface RawEntry {
  name: string;
  data: Buffer;
  /** 8 (deflate, the default) or 0 (stored) */
  method?: 0 | 8;
  /** the uncompressed size written in the headers (default: the real one) */
  declaredSize?: number;
  /** sets the "encrypted" flag (and pads stored data as traditional encryption would) */
  encrypted?: boolean;
}

/** A ZIP with exactly these entries, in this order, as the headers say. */
export function rawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    let body = method === 8 ? deflateRawSync(e.data) : e.data;
    if (e.encrypted) body = Buffer.concat([Buffer.alloc(12), body]);
    const name = Buffer.from(e.name, 'utf8');
    const flags = (e.encrypted ? 1 : 0) | 0x800;
    const crc = crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x5b21, 12); // date 2025-09-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x5b21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

// ---- whole files ---------------------------------------------------------------------------------

export interface CraftOptions {
  sender: Sender;
  key: SenderKey;
  scope?: 'bank' | 'report';
  households?: readonly BankHousehold[];
  markers?: readonly AidMarker[];
  figures?: readonly FigureLine[];
  period?: Manifest['period'];
  provinceOffice?: boolean;
  createdAt?: string;
  /** change the manifest before it is written and signed */
  manifest?: (m: Manifest) => Manifest | Record<string, unknown>;
  /** sign with this key instead (the manifest still names `key`) */
  signWith?: SenderKey;
  /** change the part bytes after the manifest took their hash (tampering on the way) */
  partBytes?: (name: string, bytes: Buffer) => Buffer;
  /** change the entry list before the ZIP is written */
  entries?: (entries: RawEntry[]) => RawEntry[];
}

export interface Crafted {
  bytes: Buffer;
  base64: string;
  manifest: Manifest;
  manifestBytes: Buffer;
}

export function ndjson(lines: readonly unknown[]): Buffer {
  return Buffer.from(lines.map((l) => `${typeof l === 'string' ? l : JSON.stringify(l)}\n`).join(''), 'utf8');
}

export function partEntry(name: string, bytes: Buffer): Manifest['parts'][number] {
  const count = bytes.length === 0 ? 0 : bytes.toString('utf8').split('\n').length - (bytes[bytes.length - 1] === 10 ? 1 : 0);
  return { name, count, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** A .hamyar file made from these records (valid unless an option spoils it). */
export function craftFile(o: CraftOptions): Crafted {
  const scope = o.scope ?? 'bank';
  const parts: [string, Buffer][] =
    scope === 'bank'
      ? [
          ['parts/households.ndjson', ndjson(o.households ?? [])],
          ['parts/markers.ndjson', ndjson(o.markers ?? [])],
        ]
      : [['parts/figures.ndjson', ndjson(o.figures ?? [])]];
  let manifest: Manifest = {
    format: 'hamyar-exchange',
    formatVersion: 1,
    scope,
    createdAt: o.createdAt ?? '2026-11-24T10:15:00.000Z',
    centre: { id: o.sender.id, name: o.sender.name, province: o.sender.province ?? 'زنجان', city: o.sender.city ?? 'زنجان' },
    provinceOffice: o.provinceOffice ?? false,
    publicKey: o.key.publicKey,
    includesSensitive: false,
    period: scope === 'report' ? (o.period ?? { kind: 'quarter', jy: 1404, quarter: 3 }) : null,
    parts: parts.map(([name, bytes]) => partEntry(name, bytes)),
  };
  if (o.manifest) manifest = o.manifest(manifest) as Manifest;
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const signature = signManifest(o.signWith ?? o.key, manifestBytes);
  let entries: RawEntry[] = [
    { name: 'manifest.json', data: manifestBytes },
    { name: 'manifest.sig', data: Buffer.from(signature, 'ascii') },
    ...parts.map(([name, bytes]) => ({ name, data: o.partBytes ? o.partBytes(name, bytes) : bytes })),
  ];
  if (o.entries) entries = o.entries(entries);
  const bytes = rawZip(entries);
  return { bytes, base64: bytes.toString('base64'), manifest, manifestBytes };
}

/** A large bank file written to disk without holding it: `count` households of `shape`, made by
 *  `make(i)` (default craftHousehold), through the exporter's streaming writers; returns its path
 *  (<dir>/<sender id>.hamyar). */
export async function craftLargeBankFile(
  dir: string,
  o: { sender: Sender; key: SenderKey; count: number; shape?: HouseholdShape; markersPerHousehold?: number; provinceOffice?: boolean; make?: (i: number) => BankHousehold },
): Promise<string> {
  const hPath = join(dir, `${o.sender.id}-households.ndjson`);
  const mPath = join(dir, `${o.sender.id}-markers.ndjson`);
  const households = new PartWriter('parts/households.ndjson', hPath);
  const markers = new PartWriter('parts/markers.ndjson', mPath);
  for (let i = 0; i < o.count; i++) {
    const h = o.make ? o.make(i) : craftHousehold(o.sender, i, o.shape ?? {});
    households.write(JSON.stringify(h));
    for (let k = 0; k < (o.markersPerHousehold ?? 0); k++) {
      const idHash = createHash('sha256').update(`${o.sender.id}:${i}:${k}`).digest('hex');
      markers.write(JSON.stringify(craftMarker({ id: h.owner, name: h.ownerName }, idHash, { value: 1_000_000 * (k + 1) })));
    }
  }
  const parts = [households.finish(), markers.finish()];
  const manifest: Manifest = {
    format: 'hamyar-exchange',
    formatVersion: 1,
    scope: 'bank',
    createdAt: '2026-11-24T10:15:00.000Z',
    centre: { id: o.sender.id, name: o.sender.name, province: o.sender.province ?? 'زنجان', city: o.sender.city ?? 'زنجان' },
    provinceOffice: o.provinceOffice ?? false,
    publicKey: o.key.publicKey,
    includesSensitive: false,
    period: null,
    parts,
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const out = join(dir, `${o.sender.id}.hamyar`);
  await assembleZip(out, {
    manifest: manifestBytes,
    signature: signManifest(o.key, manifestBytes),
    parts: [
      { name: 'parts/households.ndjson', path: hPath },
      { name: 'parts/markers.ndjson', path: mPath },
    ],
    mtime: new Date('2026-11-24T10:15:00Z'),
  });
  rmSync(hPath);
  rmSync(mPath);
  return out;
}

/** sha256 over every row of every table (sorted as text), like fixtures' fingerprint but on a
 *  bare connection: the kill test compares a database before an import and after a kill. */
export function tablesHash(db: Db): string {
  const hash = createHash('sha256');
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").all() as { name: string }[]
  )
    .map((r) => r.name)
    .filter((n) => !/^donors_(fts|words)_/.test(n));
  for (const table of tables) {
    hash.update(`#${table}\n`);
    const rows = (db.prepare(`SELECT * FROM "${table}"`).raw(true).all() as unknown[]).map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort();
    for (const row of rows) hash.update(`${row}\n`);
  }
  return hash.digest('hex');
}
