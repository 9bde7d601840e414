// Sends the checked rows to `donors.import` in batches of the contract's largest size (one
// transaction each, as test/bench measures it), one after the other, with progress; collects
// what was created and which rows were skipped as duplicates (their numbers turned back into spreadsheet rows). Refreshes every donors query.
import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../api/client.ts';
import { inBatches } from '../../components/fileImport/batches.ts';
import { IMPORT_BATCH_MAX, type DuplicateMatch } from '../../../shared/contract/donors.ts';
import { donorKeys } from './queries.ts';
import type { ParsedRow } from './importCsv.ts';

export interface SkippedRow {
  line: number;
  name: string;
  reason: 'nationalId' | 'mobile';
  matches: DuplicateMatch[];
}

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; total: number; created: number; skipped: SkippedRow[] }
  | { phase: 'failed'; total: number; created: number; skipped: SkippedRow[]; error: unknown; fromLine: number };

function nameOf(row: ParsedRow): string {
  const d = row.donor;
  return (d.kind === 'organisation' ? d.orgName : `${d.firstName ?? ''} ${d.lastName ?? ''}`)?.trim() ?? '';
}

export function useDonorImport() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const run = useCallback(
    async (rows: readonly ParsedRow[], acceptSharedMobiles: boolean) => {
      const total = rows.length;
      let created = 0;
      const skipped: SkippedRow[] = [];
      setState({ phase: 'running', done: 0, total });
      try {
        let done = 0;
        for (const batch of inBatches(rows, IMPORT_BATCH_MAX)) {
          try {
            const r = await invoke('donors.import', { donors: batch.map((b) => b.donor), acceptSharedMobiles });
            created += r.created;
            for (const s of r.skipped) {
              const row = batch[s.index]!;
              skipped.push({ line: row.line, name: nameOf(row), reason: s.reason, matches: s.matches });
            }
          } catch (error) {
            setState({ phase: 'failed', total, created, skipped, error, fromLine: batch[0]!.line });
            return;
          }
          done += batch.length;
          setState({ phase: 'running', done, total });
        }
        setState({ phase: 'done', total, created, skipped });
      } finally {
        void queryClient.invalidateQueries({ queryKey: donorKeys.all });
      }
    },
    [queryClient],
  );

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, run, reset };
}
