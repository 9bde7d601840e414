// Reading a centre's donor spreadsheet (a CSV in UTF-8, or an Excel sheet the main process turned
// into the same rows of text) for the import page: the shared reader
// (components/fileImport/csvTable.ts) matches the header row against the column names the locale
// files list (Persian and English, see locales/*/donors.json "import.headers"); here each row
// becomes the contract's donor input, and each is checked locally with the contract's own
// schema before anything is sent.
import type { TFunction } from 'i18next';
import type { DonorFieldsInput } from '../../../shared/contract/donors.ts';
import { matchKey, readTable, wordLookup } from '../../components/fileImport/csvTable.ts';
import type { RowProblem as FileRowProblem } from '../../components/fileImport/types.ts';
import { donorValidator, type DonorFormValues } from './formValues.ts';

export const IMPORT_COLUMNS = [
  'kind', 'firstName', 'lastName', 'orgName', 'nationalId', 'mobile', 'phone', 'email', 'city', 'address', 'tags', 'notes',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

const KINDS = ['person', 'organisation'] as const;

/** Column names and kind words per language, from the locale files. */
export interface ImportVocabulary {
  headers: Record<ImportColumn, string[]>;
  kindValues: Record<(typeof KINDS)[number], string[]>;
}

export interface ParsedRow {
  /** the row's number in the spreadsheet (the header is row 1) */
  line: number;
  donor: DonorFieldsInput;
}

export interface RowProblem extends FileRowProblem {
  /** the row's kind: an organisation's "national ID" is its legal ID */
  kind: string;
}

export type ReadResult =
  | { ok: true; rows: ParsedRow[]; columns: ImportColumn[]; unknownColumns: string[] }
  | { ok: false; reason: 'empty' | 'noColumns' };

/** The file's rows (row i is the spreadsheet's row i+1) → donor inputs (not yet validated). */
export function readDonorRows(sheet: readonly (readonly string[])[], vocabularies: readonly ImportVocabulary[]): ReadResult {
  const table = readTable(sheet, IMPORT_COLUMNS, vocabularies.map((v) => v.headers));
  if (!table.ok) return table;
  const kinds = wordLookup(KINDS, vocabularies.map((v) => v.kindValues));
  const rows = table.records.map(({ line, cells }): ParsedRow => {
    const { kind: rawKind, firstName, lastName, orgName } = cells;
    const kind = rawKind === '' ? (orgName && !firstName && !lastName ? 'organisation' : 'person') : (kinds.get(matchKey(rawKind)) ?? rawKind);
    const tags = cells.tags
      .split(/[\u060C,]/) // Persian or Latin comma
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return {
      line,
      donor: {
        // an unknown kind word goes to the schema as typed, so it is reported on "kind"
        kind: kind as DonorFieldsInput['kind'],
        firstName, lastName, orgName,
        nationalId: cells.nationalId,
        mobile: cells.mobile,
        phone: cells.phone,
        email: cells.email,
        city: cells.city,
        address: cells.address,
        tags,
        notes: cells.notes,
      },
    };
  });
  return { ok: true, rows, columns: table.columns, unknownColumns: table.unknownColumns };
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
