// The end of a payments import, in the shared summary (components/fileImport): how many
// payments were recorded and the receipt numbers they took, per fiscal year. After a failure,
// the same for what was recorded before it, the error (or the row a batch refused), and from
// which spreadsheet row nothing was recorded.
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { errorText } from '../../lib/errors.ts';
import { ImportSummaryFrame } from '../../components/fileImport/ImportSummaryFrame.tsx';
import { ltr } from './bidi.ts';
import type { ImportState, ServerProblem } from './usePaymentImport.ts';
import { PAYMENT_IMPORT } from './paymentImportScreen.ts';

type Finished = Extract<ImportState, { phase: 'done' | 'failed' }>;

/** A problem of the main process in the user's language, numbers (and the digits of what the
 *  file said, e.g. a national ID) in the language's digits. */
export function useProblemText() {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  return (p: Pick<ServerProblem, 'key' | 'params'>) =>
    t(`errors:${p.key}`, Object.fromEntries(Object.entries(p.params ?? {}).map(([k, v]) => [k, typeof v === 'number' ? f.number(v) : f.digits(v)])));
}

export function PaymentImportSummary({ state, onAgain }: { state: Finished; onAgain(): void }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const problemText = useProblemText();
  const stopped =
    state.phase === 'failed'
      ? {
          reason: state.problem ? `${t('import.row')} ${f.digits(state.problem.line)}: ${problemText(state.problem)}` : errorText(state.error, t),
          saved: state.recorded,
          fromLine: state.fromLine,
        }
      : null;
  return (
    <ImportSummaryFrame screen={PAYMENT_IMPORT} stopped={stopped} onAgain={onAgain}>
      <Text fw={500} data-testid="payment-import-recorded">
        {t('import.recorded', { count: state.recorded, n: f.number(state.recorded) })}
      </Text>
      {state.ranges.length > 0 && (
        <List size="sm" spacing={4} data-testid="payment-import-receipts">
          {state.ranges.map((r) => (
            <List.Item key={r.fiscalYear}>
              {t('import.receiptRange', { year: f.digits(r.fiscalYear), first: ltr(f.digits(r.first)), last: ltr(f.digits(r.last)), n: f.number(r.count) })}
            </List.Item>
          ))}
        </List>
      )}
    </ImportSummaryFrame>
  );
}
