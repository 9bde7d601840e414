// `files.readSheet` on real .xlsx files written by exceljs here, through the dispatcher: the
// first worksheet comes back as the text its cells show (Persian text, numbers in plain digits,
// a zero-padded ID format kept, Excel date cells as Jalali dates, a formula's saved result, rich
// text joined, empty cells and rows kept in place so row numbers are Excel's), a second sheet is
// ignored; what is not an .xlsx is refused as BAD_FILE with a Persian message that says what to
// choose; roles that may not import are refused.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Excel from 'exceljs';
import yazl from 'yazl';
import type { Role } from '../../shared/contract/index.ts';
import { SHEET_MAX_BYTES } from '../../shared/contract/files.ts';
import { jalaliToIso } from '../../shared/domain/jalali.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { fingerprint, PERSIAN_LETTERS } from '../helpers/fixtures.ts';

let t: TestCore;
let tokens: Record<Role, string>;

beforeAll(async () => {
  t = await makeTestCore();
  tokens = await setUpCentre(t);
});
afterAll(() => t.close());

/** A Date as exceljs writes it: the UTC day of the Jalali date. */
const jalaliDay = (jy: number, jm: number, jd: number) => new Date(`${jalaliToIso(jy, jm, jd)}T00:00:00Z`);

async function xlsx(build: (wb: Excel.Workbook) => void): Promise<string> {
  const wb = new Excel.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** A treasurer's notebook as Excel keeps it, and a second sheet that must not be read. */
function notebook(wb: Excel.Workbook): void {
  const ws = wb.addWorksheet('دفتر صندوق', { views: [{ rightToLeft: true }] });
  ws.addRow(['تاریخ', 'خیّر', 'مبلغ', 'جمع دو ماه', 'یادداشت', 'ساعت']);
  // row 2: a real date cell, an ID typed as text, money with grouping, a formula, rich text
  ws.getCell('A2').value = jalaliDay(1405, 2, 15);
  ws.getCell('A2').numFmt = 'yyyy/mm/dd';
  ws.getCell('B2').value = '0012345678';
  ws.getCell('C2').value = 25_000_000;
  ws.getCell('C2').numFmt = '#,##0';
  ws.getCell('D2').value = { formula: 'C2*2', result: 50_000_000 };
  ws.getCell('E2').value = { richText: [{ text: 'صندوق ' }, { text: 'مسجد', font: { bold: true } }] };
  ws.getCell('F2').value = 0.5; // noon
  ws.getCell('F2').numFmt = 'hh:mm';
  // row 3: a date with exceljs's default date format, a big integer, a float sum, a date as text
  ws.getCell('A3').value = jalaliDay(1405, 12, 29);
  ws.getCell('B3').value = 9_876_543_210;
  ws.getCell('C3').value = 0.1 + 0.2;
  ws.getCell('E3').value = '۱۴۰۵/۰۳/۰۱';
  // row 4 empty; row 5: an ID stored as a number whose format shows its leading zeros, a gap
  ws.getCell('B5').value = 12_345_678;
  ws.getCell('B5').numFmt = '0000000000';
  ws.getCell('C5').value = 1.5;
  ws.getCell('E5').value = 'پس از خانهٔ خالی';
  // row 6: a 13-digit number, a tiny one, a boolean, an error, a link, a formula never calculated
  ws.getCell('A6').value = 1_234_567_890_123;
  ws.getCell('B6').value = 1e-7;
  ws.getCell('C6').value = true;
  ws.getCell('D6').value = { error: '#N/A' };
  ws.getCell('E6').value = { text: 'تارنمای مرکز', hyperlink: 'https://example.org' };
  ws.getCell('F6').value = { formula: 'A6+1' } as Excel.CellFormulaValue;
  // row 7: two cells merged: only the first holds the text
  ws.getCell('A7').value = 'ادغام‌شده';
  ws.mergeCells('A7:B7');
  ws.getCell('C7').value = 'کنار';
  // formatting alone does not make a row
  ws.getCell('A9').numFmt = '0.00';
  const other = wb.addWorksheet('برگهٔ دوم');
  other.addRow(['این برگه', 'نباید خوانده شود']);
}

describe('files.readSheet', () => {
  test('reads the first worksheet as the text its cells show', async () => {
    const before = fingerprint(t);
    const r = await t.call('files.readSheet', { base64: await xlsx(notebook) }, tokens.treasurer);
    expect(r.rows).toEqual([
      ['تاریخ', 'خیّر', 'مبلغ', 'جمع دو ماه', 'یادداشت', 'ساعت'],
      ['1405/02/15', '0012345678', '25000000', '50000000', 'صندوق مسجد', '12:00'],
      ['1405/12/29', '9876543210', '0.3', '', '۱۴۰۵/۰۳/۰۱'],
      [],
      ['', '0012345678', '1.5', '', 'پس از خانهٔ خالی'],
      ['1234567890123', '0.0000001', 'TRUE', '#N/A', 'تارنمای مرکز'],
      ['ادغام‌شده', '', 'کنار'],
    ]);
    expect(fingerprint(t)).toEqual(before); // reading writes nothing
  });

  test('a hidden first sheet is passed over for the first one the user sees', async () => {
    const base64 = await xlsx((wb) => {
      wb.addWorksheet('فهرست روش‌ها', { state: 'hidden' }).addRow(['نقد', 'کارت']);
      wb.addWorksheet('پرداخت‌ها').addRow(['مبلغ', 1000]);
    });
    expect((await t.call('files.readSheet', { base64 }, tokens.manager)).rows).toEqual([['مبلغ', '1000']]);
  });

  test('an empty first sheet gives no rows', async () => {
    const base64 = await xlsx((wb) => void wb.addWorksheet('خالی'));
    expect((await t.call('files.readSheet', { base64 }, tokens.admin)).rows).toEqual([]);
  });

  test('a CSV sent as a workbook: BAD_FILE, in Persian, naming .xlsx and .csv', async () => {
    const csv = Buffer.from('\uFEFFتاریخ,مبلغ\r\n1405/02/15,1000\r\n', 'utf8').toString('base64');
    const err = await t.fail('files.readSheet', { base64: csv }, tokens.treasurer);
    expect(err.code).toBe('BAD_FILE');
    expect(err.key).toBe('files.notSheet');
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(err.message).toContain('.xlsx');
    expect(err.message).toContain('.csv');
  });

  test('a ZIP that is not a workbook: BAD_FILE', async () => {
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from('<w:document/>'), 'word/document.xml');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
    const err = await t.fail('files.readSheet', { base64: Buffer.concat(chunks).toString('base64') }, tokens.treasurer);
    expect([err.code, err.key]).toEqual(['BAD_FILE', 'files.notSheet']);
  });

  test('a workbook whose directory claims more than it may inflate to: BAD_FILE before inflating', async () => {
    const bytes = Buffer.from(await xlsx(notebook), 'base64');
    // the first central-directory entry says it inflates to 4 GB
    const at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0xfffffff0, at + 24);
    const err = await t.fail('files.readSheet', { base64: bytes.toString('base64') }, tokens.treasurer);
    expect([err.code, err.key]).toEqual(['BAD_FILE', 'files.tooLargeInside']);
    expect(err.message).toMatch(PERSIAN_LETTERS);
  });

  test('an old .xls (or a password-protected workbook): BAD_FILE saying to save it as .xlsx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const err = await t.fail('files.readSheet', { base64: ole.toString('base64') }, tokens.treasurer);
    expect([err.code, err.key]).toEqual(['BAD_FILE', 'files.oldExcel']);
    expect(err.message).toContain('.xlsx');
  });

  test('broken base64: BAD_FILE', async () => {
    const err = await t.fail('files.readSheet', { base64: 'UEsDBA=?' }, tokens.treasurer);
    expect([err.code, err.key]).toEqual(['BAD_FILE', 'files.badData']);
  });

  test('a file over the limit (5 MB) is refused by the contract, in Persian', async () => {
    const base64 = 'A'.repeat(Math.ceil(SHEET_MAX_BYTES / 3) * 4 + 4);
    const err = await t.fail('files.readSheet', { base64 }, tokens.treasurer);
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.base64).toContain('۵ مگابایت');
  });

  test.each(['caseworker', 'volunteer'] as const)('%s may not import, so may not have a sheet read: FORBIDDEN', async (role) => {
    const err = await t.fail('files.readSheet', { base64: await xlsx(notebook) }, tokens[role]);
    expect(err.code).toBe('FORBIDDEN');
    expect(err.message).toMatch(PERSIAN_LETTERS);
  });
});
