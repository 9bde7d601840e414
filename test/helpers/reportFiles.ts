// Reading exported reports back as a person's tools would: PDF through poppler (pdftotext,
// pdfinfo, pdfimages; pages rendered to PNG in test/artifacts/ to look at), XLSX through
// exceljs, CSV by an RFC 4180 parser. Also a tiny PNG writer for real image attachments.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';

export const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface FileOut {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** pdftotext reorders right-to-left text its own way (spaces next to digits move, combining
 *  marks may precede their letter, the lam-alef ligature comes back as alef-lam: «تسهیالت»):
 *  compared without spaces, bidi controls and marks, and with lam-alef in pdftotext's order. */
export function n(s: string): string {
  return s.replace(BIDI_CONTROLS, '').replace(/[\u064b-\u065f\u0670]/g, '').replace(/\s+/g, '').replace(/لا/g, 'ال');
}

/** Digits to Persian, thousands grouped with «٬», as the printed page shows them. */
export function fa(x: number): string {
  return String(x)
    .replace(/\B(?=(\d{3})+(?!\d))/g, '٬')
    .replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'.charAt(Number(d)));
}

export interface PdfRead {
  /** the whole text, normalised by n() */
  text: string;
  /** each line of `pdftotext -layout`, normalised by n(): a table row is one line */
  lines: string[];
  pages: number;
  /** `pdfimages -list` rows of type image: width × height */
  images: { width: number; height: number }[];
}

/** Writes the PDF to `scratch`, reads its text, page count and images, and renders its pages
 *  to test/artifacts/<artifact>-<n>.png (70 dpi) for a person to look at. */
export function readPdf(file: FileOut, scratch: string, artifact: string): PdfRead {
  expect(file.mimeType).toBe('application/pdf');
  expect(file.fileName).toMatch(/\.pdf$/);
  const path = join(scratch, `${artifact}.pdf`);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  const raw = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*\(A4\)/);
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', path, join(ARTIFACTS, artifact)]);
  const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((l) => l.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image')
    .map((cols) => ({ width: Number(cols[3]), height: Number(cols[4]) }));
  return { text: n(raw), lines: raw.split('\n').map(n).filter(Boolean), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), images };
}

export type Cell = string | number | null;

export async function readXlsx(file: FileOut): Promise<ExcelJS.Worksheet> {
  expect(file.mimeType).toBe(XLSX_MIME);
  expect(file.fileName).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as never);
  expect(wb.worksheets).toHaveLength(1);
  const ws = wb.worksheets[0]!;
  expect(ws.views[0]?.rightToLeft).toBe(true);
  return ws;
}

function cellValue(c: ExcelJS.Cell): Cell {
  const v = c.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  throw new Error(`unexpected cell value ${JSON.stringify(v)}`);
}

export interface Table<C> {
  headers: string[];
  rows: C[][];
  totals: C[] | null;
}

export interface SheetTable extends Table<Cell> {
  /** the number formats of the first data row's cells, per column */
  numFmts: (string | undefined)[];
}

/** The `occurrence`-th sheet table whose header row starts with `firstHeader`, down to its
 *  totals row (first cell matching `totalsLabel`) or the first empty row. */
export function sheetTable(ws: ExcelJS.Worksheet, firstHeader: string, totalsLabel: RegExp, occurrence = 0): SheetTable {
  let seen = 0;
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.getRow(r).getCell(1).value !== firstHeader || seen++ !== occurrence) continue;
    const width = ws.getRow(r).cellCount;
    const headers = Array.from({ length: width }, (_, i) => String(ws.getRow(r).getCell(i + 1).value));
    const rows: Cell[][] = [];
    let numFmts: (string | undefined)[] = [];
    for (let k = r + 1; k <= ws.rowCount; k++) {
      const row = ws.getRow(k);
      const values = Array.from({ length: width }, (_, i) => cellValue(row.getCell(i + 1)));
      if (values.every((v) => v === null)) break;
      if (typeof values[0] === 'string' && totalsLabel.test(values[0])) return { headers, rows, totals: values, numFmts };
      if (rows.length === 0) numFmts = Array.from({ length: width }, (_, i) => row.getCell(i + 1).numFmt);
      rows.push(values);
    }
    return { headers, rows, totals: null, numFmts };
  }
  throw new Error(`no table headed ${firstHeader}`);
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text.charAt(i + 1) === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

export function readCsv(file: FileOut): string[][] {
  expect(file.mimeType).toMatch(/^text\/csv/);
  expect(file.fileName).toMatch(/\.csv$/);
  const bytes = Buffer.from(file.base64, 'base64');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
  const text = bytes.subarray(3).toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  return parseCsv(text);
}

/** The CSV table whose header line starts with `firstHeader`, down to its totals line. */
export function csvTable(lines: string[][], firstHeader: string, totalsLabel: RegExp, occurrence = 0): Table<string> {
  const starts = lines.flatMap((l, i) => (l[0] === firstHeader ? [i] : []));
  const start = starts[occurrence];
  if (start === undefined) throw new Error(`no CSV table headed ${firstHeader}`);
  const rows: string[][] = [];
  for (let k = start + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.length === 1 && l[0] === '') break;
    if (totalsLabel.test(l[0] ?? '')) return { headers: lines[start]!, rows, totals: l };
    rows.push(l);
  }
  return { headers: lines[start]!, rows, totals: null };
}

export function col(headers: string[], name: string): number {
  const i = headers.indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in ${headers.join(' | ')}`);
  return i;
}

// ---- a real PNG ------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An opaque RGB PNG of `width`×`height`: a sky, a house-coloured block and ground, tinted by
 *  `hue` (0-255) so every picture has different bytes. */
export function makePng(width: number, height: number, hue: number): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const house = x > width * 0.3 && x < width * 0.7 && y > height * 0.35 && y < height * 0.8;
      const ground = y >= height * 0.8;
      const [r, g, b] = house ? [190, 120 + (hue % 60), 80] : ground ? [110, 90, 60] : [120, 170, 200 + (hue % 50)];
      raw.set([r, g, b], row + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
