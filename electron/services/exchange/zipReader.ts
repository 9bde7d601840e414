// Reads the ZIP container of a .hamyar file (docs/exchange-format.md) without trusting it: the
// central directory is listed once (a handful of entries), every name is checked before any
// byte of an entry is read, and entries are read as streams so a part is never held whole.
// Everything that goes wrong here is the file's fault and becomes a BAD_FILE error with a
// message for the user; the caller closes the zip in every case.
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../../../shared/errors.ts';
import { PART_NAME } from '../../../shared/contract/exchangeRecords.ts';

export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.sig';

/** manifest.json, manifest.sig and at most ten parts (the manifest schema's limit). */
const MAX_ENTRIES = 12;

export class HamyarZip {
  readonly #zip: ZipFile;
  /** entries in central-directory order */
  readonly entries: readonly Entry[];
  readonly #byName: Map<string, Entry>;

  constructor(zip: ZipFile, entries: Entry[]) {
    this.#zip = zip;
    this.entries = entries;
    this.#byName = new Map(entries.map((e) => [e.fileName, e]));
  }

  get(name: string): Entry | undefined {
    return this.#byName.get(name);
  }

  names(): string[] {
    return this.entries.map((e) => e.fileName);
  }

  /** The inflated bytes of an entry, refusing it when it is (or inflates) larger than `max`. */
  async readSmall(name: string, max: number): Promise<Buffer> {
    const entry = this.#byName.get(name);
    if (!entry) throw new AppError('BAD_FILE', 'exchange.badEntry', { params: { name } });
    if (entry.uncompressedSize > max) throw new AppError('BAD_FILE', 'exchange.tooLarge', { params: { name } });
    const chunks: Buffer[] = [];
    let total = 0;
    const stream = await this.stream(name);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > max) throw new AppError('BAD_FILE', 'exchange.tooLarge', { params: { name } });
        chunks.push(chunk);
      }
    } catch (err) {
      throw zipError(err, name);
    } finally {
      stream.destroy();
    }
    return Buffer.concat(chunks, total);
  }

  /** A stream of the entry's inflated bytes. yauzl also checks that it inflates to exactly the
   *  size its header states (validateEntrySizes); the caller counts against the manifest. */
  async stream(name: string): Promise<Readable> {
    const entry = this.#byName.get(name);
    if (!entry) throw new AppError('BAD_FILE', 'exchange.badEntry', { params: { name } });
    try {
      return await this.#zip.openReadStreamPromise(entry);
    } catch (err) {
      throw zipError(err, name);
    }
  }

  close(): void {
    if (this.#zip.isOpen) this.#zip.close();
  }
}

/** Opens the file and lists its entries, refusing any name that is not one of the format's
 *  (manifest.json, manifest.sig, parts/<letters>.ndjson), a name seen twice, encrypted entries
 *  and compression methods other than stored or deflated. manifest.json must come first. */
export async function openHamyarZip(path: string): Promise<HamyarZip> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true, decodeStrings: true });
  } catch {
    // a ZIP that lost its end (cut short while copying) still starts with a local header
    throw new AppError('BAD_FILE', startsLikeZip(path) ? 'exchange.damaged' : 'exchange.notHamyar');
  }
  const entries: Entry[] = [];
  try {
    const seen = new Set<string>();
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      // the name as stored must be the name used: plain ASCII, no Unicode-path extra field
      // standing in for it, and exactly one of the format's shapes
      const rawName = entry.fileNameRaw.toString('latin1');
      const shapeOk = name === MANIFEST_ENTRY || name === SIGNATURE_ENTRY || PART_NAME.test(name);
      if (rawName !== name || !shapeOk || seen.has(name) || entries.length >= MAX_ENTRIES) throw new AppError('BAD_FILE', 'exchange.badEntry', { params: { name: printable(name) } });
      if (entries.length === 0 && name !== MANIFEST_ENTRY) throw new AppError('BAD_FILE', 'exchange.notHamyar');
      if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
        throw new AppError('BAD_FILE', 'exchange.badEntry', { params: { name } });
      }
      seen.add(name);
      entries.push(entry);
    }
    if (entries.length === 0) throw new AppError('BAD_FILE', 'exchange.notHamyar');
  } catch (err) {
    zip.close();
    throw zipError(err, '');
  }
  return new HamyarZip(zip, entries);
}

function startsLikeZip(path: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(4);
    const n = readSync(fd, head, 0, 4, 0);
    return n === 4 && head.readUInt32LE(0) === 0x04034b50;
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** At most 80 characters of a name from the file, for a message. */
function printable(name: string): string {
  return name.length > 80 ? `${name.slice(0, 77)}...` : name;
}

/** Maps yauzl's and zlib's errors onto the user's messages; AppErrors pass through. */
export function zipError(err: unknown, name: string): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/absolute path|invalid relative path|invalid characters in fileName/.test(message)) {
    const bad = message.replace(/^[^:]*: /, '');
    return new AppError('BAD_FILE', 'exchange.badEntry', { params: { name: printable(bad) } });
  }
  if (/too many bytes/.test(message)) return new AppError('BAD_FILE', 'exchange.tooLarge', { params: { name } });
  if (/too few bytes|invalid (stored|block|distance|code)|incorrect header check|unexpected end|crc/i.test(message)) {
    return new AppError('BAD_FILE', 'exchange.tampered', { params: { name } });
  }
  return new AppError('BAD_FILE', 'exchange.damaged');
}

// ---- the uploaded file -----------------------------------------------------------------------

/** Temporary folders of imports older than this are left-overs of a killed process. */
const STALE_MS = 6 * 3600_000;
const TEMP_PREFIX = 'tmp-import-';

export interface Upload {
  /** the folder of this upload: the file and any staged parts; removed afterwards */
  dir: string;
  path: string;
  /** SHA-256 of the uploaded bytes (the import history's key for "seen before") */
  sha256: string;
}

/** Decodes the upload into upload.hamyar in a new folder <dataDir>/tmp-import-XXXXXX, opens
 *  it, runs `fn`, and removes the folder whatever happens. `seen` is told the upload's SHA-256
 *  before the ZIP is opened, so a file refused as no ZIP at all is still named by its hash. */
export async function withUpload<T>(
  dataDir: string,
  base64: string,
  seen: { fileSha256?: string } | undefined,
  fn: (upload: Upload, zip: HamyarZip) => Promise<T>,
): Promise<T> {
  removeStale(dataDir, Date.now());
  const dir = mkdtempSync(join(dataDir, TEMP_PREFIX));
  let zip: HamyarZip | null = null;
  try {
    const path = join(dir, 'upload.hamyar');
    let sha256: string;
    {
      const bytes = Buffer.from(base64, 'base64');
      sha256 = createHash('sha256').update(bytes).digest('hex');
      writeFileSync(path, bytes);
    }
    if (seen) seen.fileSha256 = sha256;
    zip = await openHamyarZip(path);
    return await fn({ dir, path, sha256 }, zip);
  } finally {
    zip?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function removeStale(dataDir: string, now: number): void {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const path = join(dataDir, name);
    try {
      if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // another import removed it first
    }
  }
}
