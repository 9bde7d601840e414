// Bringing past payments in from a CSV file or an Excel workbook (its first sheet): pick it (or
// download a template), see what it holds; the rows are checked with the contract's schema here,
// then the whole file by a dry run of `payments.import`, and every row with a problem is listed.
// Fix the file and pick it again; when nothing is wrong, confirm, and the payments are recorded
// in batches with a progress bar; the summary gives the receipt numbers they took. The steps
// every import screen has are the shared ones (components/fileImport); the payments' own are the
// columns, the dry run and the receipts.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { BatchProgress } from '../../components/fileImport/BatchProgress.tsx';
import { CsvFilePicker } from '../../components/fileImport/CsvFilePicker.tsx';
import { ImportFrame } from '../../components/fileImport/ImportFrame.tsx';
import { StartImport } from '../../components/fileImport/StartImport.tsx';
import { useImportVocabularies } from '../../components/fileImport/useImportVocabularies.ts';
import { usePickedCsv } from '../../components/fileImport/usePickedCsv.ts';
import type { RowProblem } from '../../components/fileImport/types.ts';
import { errorText } from '../../lib/errors.ts';
import { MONEY_ROLES } from '../../../shared/contract/pledges.ts';
import { paymentMethod } from '../../../shared/contract/payments.ts';
import {
  checkRows,
  columnOf,
  PAYMENT_IMPORT_COLUMNS,
  readPaymentRows,
  type PaymentFileRow,
  type PaymentImportColumn,
  type PaymentImportVocabulary,
} from './paymentImportCsv.ts';
import { usePaymentImport, type ServerProblem } from './usePaymentImport.ts';
import { PaymentImportPreview } from './PaymentImportPreview.tsx';
import { PaymentImportSummary, useProblemText } from './PaymentImportSummary.tsx';
import { PAYMENT_IMPORT } from './paymentImportScreen.ts';

interface Picked {
  fileName: string;
  rows: PaymentFileRow[];
  columns: PaymentImportColumn[];
  unknownColumns: string[];
  /** problems found here, before anything is sent */
  localProblems: RowProblem[];
}

export function PaymentImportPage() {
  const session = useSession();
  if (!session.hasRole(...MONEY_ROLES)) return <NotAllowed roles={[...MONEY_ROLES]} />;
  return <PaymentImport />;
}

/** The main process's problems, grouped by spreadsheet row, each under its column. */
function byRow(problems: readonly ServerProblem[], text: (p: ServerProblem) => string): RowProblem[] {
  const rows = new Map<number, RowProblem>();
  for (const p of problems) {
    let row = rows.get(p.line);
    if (!row) rows.set(p.line, (row = { line: p.line, errors: {} }));
    const col = columnOf(p.field) ?? p.field.replace(/^payment\./, '');
    row.errors[col] = row.errors[col] ? `${row.errors[col]} ${text(p)}` : text(p);
  }
  return [...rows.values()].sort((a, b) => a.line - b.line);
}

function PaymentImport() {
  const { t } = useTranslation('treasury');
  const problemText = useProblemText();
  const vocabularies = useImportVocabularies<PaymentImportVocabulary>(PAYMENT_IMPORT.ns);
  const file = usePickedCsv<Picked>(PAYMENT_IMPORT.ns);
  const { check, dryRun, state, run, reset } = usePaymentImport();
  const { picked } = file;
  const methodWords = paymentMethod.options.map((m) => t(`import.methodValues.${m}.0`)).join(t('import.listSeparator'));

  async function onFile(chosen: File) {
    reset();
    const read = await file.pick(chosen, (rows) => {
      const csv = readPaymentRows(rows, [vocabularies.fa, vocabularies.en]);
      if (!csv.ok) return csv;
      const localProblems = checkRows(csv.rows, t, methodWords);
      return { ok: true, picked: { fileName: chosen.name, rows: csv.rows, columns: csv.columns, unknownColumns: csv.unknownColumns, localProblems } };
    });
    // the schema found nothing: let the main process check the whole file (a dry run saves nothing)
    if (read?.localProblems.length === 0) void dryRun(read.rows);
  }

  const problems: RowProblem[] | null =
    picked === null ? null : picked.localProblems.length > 0 ? picked.localProblems : check.phase === 'checked' ? byRow(check.problems, problemText) : null;
  const running = state.phase === 'running';
  const canStart = picked !== null && problems !== null && problems.length === 0 && state.phase === 'idle';

  return (
    <ImportFrame
      screen={PAYMENT_IMPORT}
      summary={
        (state.phase === 'done' || state.phase === 'failed') && (
          <PaymentImportSummary
            state={state}
            onAgain={() => {
              reset();
              file.clear();
            }}
          />
        )
      }
      picker={
        <CsvFilePicker
          screen={PAYMENT_IMPORT}
          columns={PAYMENT_IMPORT_COLUMNS}
          picked={picked !== null}
          disabled={running || check.phase === 'checking' || file.reading}
          reading={file.reading}
          error={file.error}
          hintParams={{ methods: methodWords }}
          onFile={(chosen) => void onFile(chosen)}
        />
      }
      panel={
        picked && (
          <>
            <PaymentImportPreview fileName={picked.fileName} rows={picked.rows} columns={picked.columns} unknownColumns={picked.unknownColumns} problems={problems} />
            {check.phase === 'checking' && (
              <BatchProgress ns={PAYMENT_IMPORT.ns} textKey="import.checking" done={check.done} total={check.total} testId="payment-import-checking" />
            )}
            {check.phase === 'failed' && (
              <Alert color="red" title={t('import.checkFailed')}>
                {errorText(check.error, t)}
              </Alert>
            )}
            <StartImport
              screen={PAYMENT_IMPORT}
              count={picked.rows.length}
              disabled={!canStart}
              progress={running ? state : null}
              onStart={() => void run(picked.rows)}
            />
          </>
        )
      }
    />
  );
}
