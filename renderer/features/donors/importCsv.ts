// Reading a centre's donor spreadsheet (CSV, UTF-8) for the import page: the header row is
// matched against the column names the locale files list (Persian and English, see
// locales/*/donors.json "import.headers"), each row becomes the contract's donor input, and
// each is checked locally with the contract's own schema before anything is sent.
import Papa from 'papaparse';
import type { TFunction } from 'i18next';
import { compactForSearch } from '../../../shared/domain/normalize.ts';
import type { DonorFieldsInput } from '../../../shared/contract/donors.ts';
import type { FilePayload } from '../../../shared/validation/fields.ts';
import { donorValidator, type DonorFormValues } from './formValues.ts';

export const IMPORT_COLUMNS = [
  'kind', 'firstName', 'lastName', 'orgName', 'nationalId', 'mobile', 'phone', 'email', 'city', 'address', 'tags', 'notes',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Column names and kind words per language, from the locale files. */
export interface ImportVocabulary {
  headers: Record<ImportColumn, string[]>;
  kindValues: Record<'person' | 'organisation', string[]>;
}

export interface ParsedRow {
  /** the row's number in the spreadsheet (the header is row 1) */
  line: number;
  donor: DonorFieldsInput;
}

export interface RowProblem {
  line: number;
  kind: string;
  /** field → translated message */
  errors: Record<string, string>;
}

export type ReadResult =
  | { ok: true; rows: ParsedRow[]; columns: ImportColumn[]; unknownColumns: string[] }
  | { ok: false; reason: 'notUtf8' | 'empty' | 'noColumns' };

const key = (s: string) => compactForSearch(s);

/** Bytes → text: UTF-8 only (with or without BOM); anything else is refused, not guessed. */
export function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

function lookup(vocabularies: readonly ImportVocabulary[]) {
  const columns = new Map<string, ImportColumn>();
  const kinds = new Map<string, 'person' | 'organisation'>();
  for (const v of vocabularies) {
    for (const col of IMPORT_COLUMNS) for (const name of v.headers[col] ?? []) if (!columns.has(key(name))) columns.set(key(name), col);
    for (const kind of ['person', 'organisation'] as const) for (const word of v.kindValues[kind] ?? []) kinds.set(key(word), kind);
  }
  return { columns, kinds };
}

/** Parses the CSV text into donor inputs (not yet validated). */
export function readDonorCsv(text: string, vocabularies: readonly ImportVocabulary[]): ReadResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...body] = parsed.data;
  if (!header) return { ok: false, reason: 'empty' };
  const { columns, kinds } = lookup(vocabularies);
  const at = new Map<ImportColumn, number>();
  const unknownColumns: string[] = [];
  header.forEach((name, i) => {
    const col = columns.get(key(name));
    if (col && !at.has(col)) at.set(col, i);
    else if (name.trim() !== '') unknownColumns.push(name.trim());
  });
  if (at.size === 0) return { ok: false, reason: 'noColumns' };
  if (body.length === 0) return { ok: false, reason: 'empty' };
  const cell = (row: string[], col: ImportColumn): string => {
    const i = at.get(col);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const rows = body.map((row, i): ParsedRow => {
    const rawKind = cell(row, 'kind');
    const orgName = cell(row, 'orgName');
    const firstName = cell(row, 'firstName');
    const lastName = cell(row, 'lastName');
    const kind = rawKind === '' ? (orgName && !firstName && !lastName ? 'organisation' : 'person') : (kinds.get(key(rawKind)) ?? rawKind);
    const tags = cell(row, 'tags')
      .split(/[\u060C,]/) // Persian or Latin comma
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return {
      line: i + 2,
      donor: {
        // an unknown kind word goes to the schema as typed, so it is reported on "kind"
        kind: kind as DonorFieldsInput['kind'],
        firstName, lastName, orgName,
        nationalId: cell(row, 'nationalId'),
        mobile: cell(row, 'mobile'),
        phone: cell(row, 'phone'),
        email: cell(row, 'email'),
        city: cell(row, 'city'),
        address: cell(row, 'address'),
        tags,
        notes: cell(row, 'notes'),
      },
    };
  });
  return { ok: true, rows, columns: IMPORT_COLUMNS.filter((c) => at.has(c)), unknownColumns };
}

/** Every row the contract's donorFields would refuse, with translated messages per field. */
export function checkRows(rows: readonly ParsedRow[], t: TFunction): RowProblem[] {
  const validate = donorValidator(t);
  const problems: RowProblem[] = [];
  for (const { line, donor } of rows) {
    const values: DonorFormValues = {
      kind: donor.kind,
      firstName: donor.firstName ?? '',
      lastName: donor.lastName ?? '',
      orgName: donor.orgName ?? '',
      nationalId: donor.nationalId ?? '',
      mobile: donor.mobile ?? '',
      phone: donor.phone ?? '',
      email: donor.email ?? '',
      city: donor.city ?? '',
      address: donor.address ?? '',
      referral: null,
      preferredContact: null,
      tags: donor.tags ?? [],
      notes: donor.notes ?? '',
    };
    const errors = validate(values);
    if (Object.keys(errors).length > 0) problems.push({ line, kind: donor.kind, errors });
  }
  return problems;
}

/** An empty CSV with the given column names, UTF-8 with a BOM (so Excel reads Persian). */
export function templatePayload(headers: readonly string[], fileName: string): FilePayload {
  const line = headers.map((h) => (/[",\n]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h)).join(',');
  const bytes = new TextEncoder().encode(`\uFEFF${line}\r\n`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return { fileName, mimeType: 'text/csv;charset=utf-8', base64: btoa(binary) };
}
