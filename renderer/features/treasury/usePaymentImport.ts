// The two passes of a payments import, each in batches of the contract's largest size (one
// `payments.import` call and one transaction per batch: fewer, larger commits are what keep an
// import near the speed of plain inserts, test/bench), with progress: first the whole file as a dry run, which lists
// every row the main process refuses (unknown donor, a date after today ...) and saves nothing;
// then, once the user confirms, the recording itself. Collects the receipt numbers taken per
// fiscal year, turns batch indexes back into spreadsheet rows, refreshes the treasury queries.
import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../api/client.ts';
import { inBatches } from '../../components/fileImport/batches.ts';
import { PAYMENT_IMPORT_BATCH_MAX, type PaymentImportProblem } from '../../../shared/contract/payments.ts';
import { treasuryKeys } from './queries.ts';
import type { PaymentFileRow } from './paymentImportCsv.ts';

/** A problem the main process found, on its spreadsheet row. */
export interface ServerProblem extends Omit<PaymentImportProblem, 'index'> {
  line: number;
}

export interface ReceiptRange {
  fiscalYear: number;
  first: string;
  last: string;
  count: number;
}

export type CheckState =
  | { phase: 'idle' }
  | { phase: 'checking'; done: number; total: number }
  | { phase: 'checked'; problems: ServerProblem[] }
  | { phase: 'failed'; error: unknown };

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; total: number; recorded: number; ranges: ReceiptRange[] }
  | {
      phase: 'failed';
      total: number;
      recorded: number;
      ranges: ReceiptRange[];
      /** an error of the call, or a problem the batch met that the check had not (data changed since) */
      error: unknown;
      problem: ServerProblem | null;
      fromLine: number;
    };

/** Adds a batch's ranges to those so far: one range per fiscal year, from its first to its last number. */
function mergeRanges(into: ReceiptRange[], more: readonly ReceiptRange[]): void {
  for (const r of more) {
    const known = into.find((x) => x.fiscalYear === r.fiscalYear);
    if (known) {
      known.last = r.last;
      known.count += r.count;
    } else {
      into.push({ ...r });
    }
  }
}

export function usePaymentImport() {
  const queryClient = useQueryClient();
  const [check, setCheck] = useState<CheckState>({ phase: 'idle' });
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const dryRun = useCallback(async (rows: readonly PaymentFileRow[]) => {
    const total = rows.length;
    const problems: ServerProblem[] = [];
    setCheck({ phase: 'checking', done: 0, total });
    try {
      let done = 0;
      // what earlier batches put on each pledge: the next batch counts it, so a pledge paid in
      // rows of two batches is checked against its remaining total as the recording will be
      const pendingOnPledges: Record<string, number> = {};
      for (const batch of inBatches(rows, PAYMENT_IMPORT_BATCH_MAX)) {
        const r = await invoke('payments.import', { payments: batch.map((b) => b.payment), dryRun: true, pendingOnPledges });
        for (const [id, amount] of Object.entries(r.addedToPledges)) pendingOnPledges[id] = (pendingOnPledges[id] ?? 0) + amount;
        for (const { index, ...p } of r.problems) problems.push({ ...p, line: batch[index]!.line });
        done += batch.length;
        setCheck({ phase: 'checking', done, total });
      }
      setCheck({ phase: 'checked', problems });
    } catch (error) {
      setCheck({ phase: 'failed', error });
    }
  }, []);

  const run = useCallback(
    async (rows: readonly PaymentFileRow[]) => {
      const total = rows.length;
      let recorded = 0;
      const ranges: ReceiptRange[] = [];
      setState({ phase: 'running', done: 0, total });
      try {
        for (const batch of inBatches(rows, PAYMENT_IMPORT_BATCH_MAX)) {
          const fail = (error: unknown, problem: ServerProblem | null) =>
            setState({ phase: 'failed', total, recorded, ranges, error, problem, fromLine: batch[0]!.line });
          try {
            const r = await invoke('payments.import', { payments: batch.map((b) => b.payment) });
            if (r.problems.length > 0) {
              // something changed since the check (e.g. another user's payment against the same
              // data): the batch saved nothing; stop here and say which row
              const { index, ...first } = r.problems[0]!;
              return fail(null, { ...first, line: batch[index]!.line });
            }
            recorded += r.recorded;
            mergeRanges(ranges, r.receiptRanges);
          } catch (error) {
            return fail(error, null);
          }
          setState({ phase: 'running', done: recorded, total });
        }
        setState({ phase: 'done', total, recorded, ranges });
      } finally {
        void queryClient.invalidateQueries({ queryKey: treasuryKeys.payments });
        void queryClient.invalidateQueries({ queryKey: treasuryKeys.pledges });
        void queryClient.invalidateQueries({ queryKey: treasuryKeys.treasury });
      }
    },
    [queryClient],
  );

  const reset = useCallback(() => {
    setCheck({ phase: 'idle' });
    setState({ phase: 'idle' });
  }, []);
  return { check, dryRun, state, run, reset };
}
