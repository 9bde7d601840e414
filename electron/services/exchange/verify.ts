// Verification of a .hamyar file (docs/exchange-format.md), in one streaming pass:
//  1. manifest.json (first entry, small) parses as the manifest schema of a version this Hamyar
//     knows, and manifest.sig is the Ed25519 signature of its exact bytes by the key it names;
//  2. the ZIP holds exactly the parts the manifest lists (names were checked on opening);
//  3. each part inflates to exactly its `bytes` (stopping the moment it passes them or the cap),
//     hashes to its `sha256`, has `count` lines, and every line is JSON that the part's schema
//     accepts (and, unless the sender is a province office, names the sender as its owner).
// Lines are handed to a visitor one at a time; nothing is held whole. When a line is bad the pass
// still hashes to the part's end, so a file damaged on the way is reported as tampered rather
// than by its first unreadable line.
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';
import { FORMAT, FORMAT_VERSION, manifest as manifestSchema, PARTS, type Manifest } from '../../../shared/contract/exchangeRecords.ts';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { fingerprintOf, verifyBytes } from './keys.ts';
import { MANIFEST_ENTRY, SIGNATURE_ENTRY, zipError, type HamyarZip } from './zipReader.ts';

/** No part may inflate past this, whatever its manifest says (a parameter for the tests). */
export const DEFAULT_PART_CAP = 2 * 1024 ** 3;
/** A household with 20 members and 2,000 aid records is well under 2 MB of JSON. */
export const DEFAULT_LINE_CAP = 16 * 1024 ** 2;
/** The caps in force (a part's inflated size when a caller gives none; one line): tests lower
 *  them to try the refusals. */
export const readLimits = { partCap: DEFAULT_PART_CAP, lineCap: DEFAULT_LINE_CAP };
const MAX_MANIFEST_BYTES = 256 * 1024;
const MAX_SIGNATURE_BYTES = 1024;

export type Scope = Manifest['scope'];
export type PartName = 'parts/households.ndjson' | 'parts/markers.ndjson' | 'parts/figures.ndjson';

export interface SignedManifest {
  manifest: Manifest;
  /** the sender's key fingerprint, four groups of four ASCII digits */
  fingerprint: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function schemaOf(scope: Scope, part: string): z.ZodType | undefined {
  return (PARTS[scope] as Record<string, z.ZodType>)[part];
}

/** Step 1 and 2: the manifest, its signature, and the entry list against the manifest. */
export async function readSignedManifest(zip: HamyarZip): Promise<SignedManifest> {
  const bytes = await zip.readSmall(MANIFEST_ENTRY, MAX_MANIFEST_BYTES);
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(bytes));
  } catch {
    throw new AppError('BAD_FILE', 'exchange.notHamyar');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== FORMAT) throw new AppError('BAD_FILE', 'exchange.notHamyar');
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  // a newer Hamyar's file may be shaped differently: say so before judging its shape
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    throw new AppError('BAD_FILE', 'exchange.newerFormat', { params: { version, supported: FORMAT_VERSION } });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('BAD_FILE', 'exchange.badManifest', { params: { field: parsed.error.issues[0]?.path.join('.') || '-' } });
  }
  const manifest = parsed.data;
  const names = manifest.parts.map((p) => p.name);
  for (const name of names) if (!schemaOf(manifest.scope, name)) throw new AppError('BAD_FILE', 'exchange.badManifest', { params: { field: name } });
  if (new Set(names).size !== names.length) throw new AppError('BAD_FILE', 'exchange.badManifest', { params: { field: 'parts' } });
  if ((manifest.scope === 'report') !== (manifest.period !== null)) throw new AppError('BAD_FILE', 'exchange.badManifest', { params: { field: 'period' } });

  if (!zip.get(SIGNATURE_ENTRY)) throw new AppError('BAD_FILE', 'exchange.badSignature');
  const signature = (await zip.readSmall(SIGNATURE_ENTRY, MAX_SIGNATURE_BYTES)).toString('latin1').trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature) || !verifyBytes(manifest.publicKey, bytes, signature)) {
    throw new AppError('BAD_FILE', 'exchange.badSignature');
  }

  // exactly the manifest's parts, each once (the opener refused duplicates and odd names)
  const listed = new Set(names);
  for (const name of zip.names()) {
    if (name !== MANIFEST_ENTRY && name !== SIGNATURE_ENTRY && !listed.has(name)) throw new AppError('BAD_FILE', 'exchange.badEntry', { params: { name } });
  }
  for (const name of names) if (!zip.get(name)) throw new AppError('BAD_FILE', 'exchange.missingPart', { params: { name } });
  return { manifest, fingerprint: fingerprintOf(manifest.publicKey) };
}

/** Called for every line of a part that passed its schema, in order; `bytes` are the line's
 *  bytes as inflated (without the '\n'), valid only during the call. */
export type LineVisitor = (part: PartName, record: unknown, line: string, lineNo: number, bytes: Buffer) => void;

export interface VerifyPartsOptions {
  /** the most any one part may inflate to (readLimits.partCap) */
  cap?: number;
  visit?: LineVisitor;
  /** after every chunk: bytes inflated so far over all parts, and their total */
  onBytes?: (done: number, total: number) => void;
}

/** Step 3 for every part, in the manifest's order. */
export async function verifyParts(zip: HamyarZip, signed: SignedManifest, opts: VerifyPartsOptions = {}): Promise<void> {
  const { manifest } = signed;
  const cap = opts.cap ?? readLimits.partCap;
  const total = manifest.parts.reduce((s, p) => s + p.bytes, 0);
  let doneBefore = 0;
  for (const part of manifest.parts) {
    const name = part.name as PartName;
    const entry = zip.get(name)!;
    // the central directory already tells the size: refuse before inflating anything
    if (part.bytes > cap || entry.uncompressedSize > part.bytes || entry.uncompressedSize > cap) {
      throw new AppError('BAD_FILE', 'exchange.tooLarge', { params: { name } });
    }
    if (entry.uncompressedSize !== part.bytes) throw new AppError('BAD_FILE', 'exchange.tampered', { params: { name } });
    await verifyPart(zip, manifest, part, cap, opts.visit, (n) => opts.onBytes?.(doneBefore + n, total));
    doneBefore += part.bytes;
  }
}

async function verifyPart(
  zip: HamyarZip,
  manifest: Manifest,
  part: Manifest['parts'][number],
  cap: number,
  visit: LineVisitor | undefined,
  onBytes: (n: number) => void,
): Promise<void> {
  const name = part.name as PartName;
  const schema = schemaOf(manifest.scope, name)!;
  const limit = Math.min(part.bytes, cap);
  const hash = createHash('sha256');
  let inflated = 0;
  let lines = 0;
  /** the first bad line, thrown only if the part's bytes are what the sender signed */
  let lineError: AppError | null = null;
  /** the start of the current line, kept until its '\n' arrives */
  let pending: Buffer[] = [];
  let pendingLength = 0;
  /** the current line is longer than the line cap: its bytes are hashed but not kept */
  let skipping = false;

  const endLine = (tail: Buffer): void => {
    lines += 1;
    if (skipping) {
      skipping = false;
      return;
    }
    const length = pendingLength + tail.length;
    const line = pendingLength > 0 ? Buffer.concat([...pending, tail], length) : tail;
    pending = [];
    pendingLength = 0;
    if (lineError) return;
    lineError =
      length > readLimits.lineCap
        ? new AppError('BAD_FILE', 'exchange.badLine', { params: { part: name, line: lines, field: '-' } })
        : checkLine(manifest, schema, name, line, lines, visit);
  };

  const stream = await zip.stream(name);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > limit) throw new AppError('BAD_FILE', 'exchange.tooLarge', { params: { name } });
      hash.update(chunk);
      let start = 0;
      for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
        endLine(chunk.subarray(start, nl));
        start = nl + 1;
      }
      const rest = chunk.length - start;
      if (rest > 0 && !skipping) {
        if (pendingLength + rest > readLimits.lineCap) {
          // refused anyway; keep hashing to the part's end to tell damage from a bad line
          lineError ??= new AppError('BAD_FILE', 'exchange.badLine', { params: { part: name, line: lines + 1, field: '-' } });
          skipping = true;
          pending = [];
          pendingLength = 0;
        } else {
          pending.push(Buffer.from(chunk.subarray(start)));
          pendingLength += rest;
        }
      }
      onBytes(inflated);
    }
  } catch (err) {
    throw zipError(err, name);
  } finally {
    stream.destroy();
  }
  // the last line must end with a newline too; a missing one counts as a line for the count
  if (pendingLength > 0 || skipping) {
    lines += 1;
    lineError ??= new AppError('BAD_FILE', 'exchange.badLine', { params: { part: name, line: lines, field: '-' } });
  }
  if (inflated !== part.bytes || hash.digest('hex') !== part.sha256 || lines !== part.count) {
    throw new AppError('BAD_FILE', 'exchange.tampered', { params: { name } });
  }
  if (lineError) throw lineError;
}

/** Parses and validates one line; returns the error to report (or null) instead of throwing. */
function checkLine(manifest: Manifest, schema: z.ZodType, part: PartName, bytes: Buffer, lineNo: number, visit: LineVisitor | undefined): AppError | null {
  const bad = (field: string) => new AppError('BAD_FILE', 'exchange.badLine', { params: { part, line: lineNo, field } });
  if (!isUtf8(bytes)) return bad('-');
  const line = bytes.toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return bad('-');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return bad(parsed.error.issues[0]?.path.join('.') || '-');
  const record = parsed.data as { owner: string };
  // only a province office relays other centres' records; a centre speaks for itself
  if (!manifest.provinceOffice && record.owner !== manifest.centre.id) {
    return new AppError('BAD_FILE', 'exchange.foreignOwner', { params: { part, line: lineNo } });
  }
  visit?.(part, record, line, lineNo, bytes);
  return null;
}

// ---- the sender ------------------------------------------------------------------------------

export type TrustState = 'trusted' | 'new' | 'keyChanged' | 'own';

export interface TrustInfo {
  state: TrustState;
  /** keyChanged because a centre trusted as an ordinary centre now claims to be a province
   *  office (which may relay other centres' records), not because of its key */
  officeClaim: boolean;
}

/** own: the file is this centre's; trusted: the key trusted for the sender's centre id;
 *  keyChanged: another key is trusted for that centre (or it claims a province office's right to
 *  relay records without having been trusted as one); new: no key is trusted for it. */
export function trustOf(db: Db, centreId: string, manifest: Manifest): TrustInfo {
  if (manifest.centre.id === centreId) return { state: 'own', officeClaim: false };
  const row = stmt<[string], { public_key: string; province_office: number }>(db, 'SELECT public_key, province_office FROM trusted_keys WHERE centre_id = ?').get(
    manifest.centre.id,
  );
  if (!row) return { state: 'new', officeClaim: false };
  if (row.public_key !== manifest.publicKey) return { state: 'keyChanged', officeClaim: false };
  if (manifest.provinceOffice && row.province_office !== 1) return { state: 'keyChanged', officeClaim: true };
  return { state: 'trusted', officeClaim: false };
}

/** Why exchange.import refuses a verified file's sender now, or null when it may import:
 *  this centre's own file, a key other than the one trusted (or a province office's claim from
 *  a centre trusted as an ordinary one), or a new sender the manager has not confirmed
 *  (`trustKey`). One answer for the import, which throws it, and for the refusal's audit row
 *  after exchange.inspect (refusals.ts), which asks with trustKey (a new sender is not refused
 *  there: the manager may still trust it). */
export function refusalOf(trust: TrustInfo, signed: SignedManifest, trustKey: boolean): AppError | null {
  const params = { centre: signed.manifest.centre.name, fingerprint: signed.fingerprint };
  switch (trust.state) {
    case 'own':
      return new AppError('CONFLICT', 'exchange.ownFile');
    case 'keyChanged':
      return new AppError('CONFLICT', trust.officeClaim ? 'exchange.officeClaim' : 'exchange.keyChanged', { params });
    case 'new':
      return trustKey ? null : new AppError('CONFLICT', 'exchange.notTrusted', { params });
    case 'trusted':
      return null;
  }
}
