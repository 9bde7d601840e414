// Bringing past payments in from a CSV file: pick it (or download a template), see what it holds;
// the rows are checked with the contract's schema here, then the whole file by a dry run of
// `payments.import`, and every row with a problem is listed. Fix the file and pick it again; when
// nothing is wrong, confirm, and the payments are recorded in batches with a progress bar; the
// summary gives the receipt numbers they took.
import { useMemo, useRef, useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { useFormat } from '../../lib/format.ts';
import { errorText } from '../../lib/errors.ts';
import { saveFilePayload } from '../../lib/files.ts';
import { MONEY_ROLES } from '../../../shared/contract/pledges.ts';
import { paymentMethod } from '../../../shared/contract/payments.ts';
import { decodeUtf8, templatePayload } from '../donors/importCsv.ts';
import {
  checkRows,
  columnOf,
  PAYMENT_IMPORT_COLUMNS,
  readPaymentCsv,
  type PaymentFileRow,
  type PaymentImportColumn,
  type PaymentImportVocabulary,
  type RowProblem,
} from './paymentImportCsv.ts';
import { usePaymentImport, type ServerProblem } from './usePaymentImport.ts';
import { PaymentImportPreview } from './PaymentImportPreview.tsx';
import { PaymentImportSummary, useProblemText } from './PaymentImportSummary.tsx';

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
  const { t, i18n } = useTranslation('treasury');
  const f = useFormat();
  const problemText = useProblemText();
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const { check, dryRun, state, run, reset } = usePaymentImport();

  // Column names and method words of both languages: a file's headers may be in either.
  const vocabularies = useMemo(() => {
    const of = (lng: 'fa' | 'en') => i18n.getResource(lng, 'treasury', 'import') as PaymentImportVocabulary;
    return { fa: of('fa'), en: of('en') };
  }, [i18n]);
  const methodWords = paymentMethod.options.map((m) => t(`import.methodValues.${m}.0`)).join(t('import.listSeparator'));
  const columnNames = PAYMENT_IMPORT_COLUMNS.map((c) => t(`import.headers.${c}.0`)).join(t('import.listSeparator'));

  async function onFile(file: File) {
    reset();
    setPicked(null);
    setFileError(null);
    let text: string | null;
    try {
      text = decodeUtf8(await file.arrayBuffer());
    } catch {
      return setFileError(t('import.readFailed'));
    }
    if (text === null) return setFileError(t('import.notUtf8'));
    const read = readPaymentCsv(text, [vocabularies.fa, vocabularies.en]);
    if (!read.ok) return setFileError(t(`import.${read.reason}`));
    const localProblems = checkRows(read.rows, t, methodWords);
    setPicked({ fileName: file.name, rows: read.rows, columns: read.columns, unknownColumns: read.unknownColumns, localProblems });
    // the schema found nothing: let the main process check the whole file (a dry run saves nothing)
    if (localProblems.length === 0) void dryRun(read.rows);
  }

  const downloadTemplate = () =>
    saveFilePayload(templatePayload(PAYMENT_IMPORT_COLUMNS.map((c) => vocabularies.fa.headers[c][0] ?? c), t('import.templateFile')));

  const problems: RowProblem[] | null =
    picked === null ? null : picked.localProblems.length > 0 ? picked.localProblems : check.phase === 'checked' ? byRow(check.problems, problemText) : null;
  const running = state.phase === 'running';
  const canStart = picked !== null && problems !== null && problems.length === 0 && state.phase === 'idle';

  return (
    <Stack gap="md" data-testid="payment-import">
      <Anchor component={Link} to="/payments" size="sm">
        {t('import.back')}
      </Anchor>
      <Title order={2}>{t('import.title')}</Title>
      <Text size="sm">{t('import.intro')}</Text>

      {state.phase === 'done' || state.phase === 'failed' ? (
        <Paper withBorder p="md">
          <PaymentImportSummary
            state={state}
            onAgain={() => {
              reset();
              setPicked(null);
            }}
          />
        </Paper>
      ) : (
        <>
          <Group gap="sm">
            <input
              ref={input}
              type="file"
              accept=".csv,text/csv"
              hidden
              data-testid="payment-import-file"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                // cleared so that picking the same (fixed) file again fires onChange again
                e.currentTarget.value = '';
                if (file) void onFile(file);
              }}
            />
            <Button leftSection={<IconFileSpreadsheet size={16} />} disabled={running || check.phase === 'checking'} onClick={() => input.current?.click()}>
              {picked ? t('import.pickAgain') : t('import.pick')}
            </Button>
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={downloadTemplate} data-testid="payment-import-template">
              {t('import.template')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('import.columnsHint', { columns: columnNames, methods: methodWords })}
          </Text>
          {fileError && (
            <Alert color="red" data-testid="payment-import-file-error">
              {fileError}
            </Alert>
          )}
          {picked && (
            <Paper withBorder p="md">
              <Stack gap="md">
                <PaymentImportPreview
                  fileName={picked.fileName}
                  rows={picked.rows}
                  columns={picked.columns}
                  unknownColumns={picked.unknownColumns}
                  problems={problems}
                />
                {check.phase === 'checking' && (
                  <Stack gap={4}>
                    <Progress value={(check.done / check.total) * 100} animated data-testid="payment-import-checking" />
                    <Text size="sm" c="dimmed" aria-live="polite">
                      {t('import.checking', { done: f.number(check.done), total: f.number(check.total) })}
                    </Text>
                  </Stack>
                )}
                {check.phase === 'failed' && (
                  <Alert color="red" title={t('import.checkFailed')}>
                    {errorText(check.error, t)}
                  </Alert>
                )}
                <div>
                  <Button
                    leftSection={<IconUpload size={16} />}
                    disabled={!canStart}
                    loading={running}
                    onClick={() => void run(picked.rows)}
                    data-testid="payment-import-start"
                  >
                    {t('import.start', { count: picked.rows.length, n: f.number(picked.rows.length) })}
                  </Button>
                </div>
                {running && (
                  <Stack gap={4}>
                    <Progress value={(state.done / state.total) * 100} animated data-testid="payment-import-progress" />
                    <Text size="sm" c="dimmed" aria-live="polite">
                      {t('import.importing', { done: f.number(state.done), total: f.number(state.total) })}
                    </Text>
                  </Stack>
                )}
              </Stack>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
