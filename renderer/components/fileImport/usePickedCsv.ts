// The file an import screen was given (CSV or Excel): what it holds once the feature has read
// its rows, or the sentence that says why it cannot be used (not readable, not UTF-8, not a
// workbook, no known column, no rows). While a workbook is being read, `reading` says so.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors.ts';
import { readFileRows } from './fileRows.ts';

/** What a feature made of the file's rows, or why it made nothing ("import.*" key of its namespace). */
export type CsvParse<P> = { ok: true; picked: P } | { ok: false; reason: string };

export function usePickedCsv<P>(ns: string) {
  const { t } = useTranslation(ns);
  const [picked, setPicked] = useState<P | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  /** Forgets the previous file, reads this one and hands its rows (row i is the spreadsheet's
   *  row i+1) to `parse`; resolves to what was picked, or null when the file was refused (the
   *  reason is then in `error`). */
  const pick = useCallback(
    async (file: File, parse: (rows: string[][]) => CsvParse<P>): Promise<P | null> => {
      setPicked(null);
      setError(null);
      setReading(true);
      try {
        const read = await readFileRows(file);
        if (!read.ok) {
          setError('error' in read ? errorText(read.error, t) : t(read.key));
          return null;
        }
        const parsed = parse(read.rows);
        if (!parsed.ok) {
          setError(t(`import.${parsed.reason}`));
          return null;
        }
        setPicked(parsed.picked);
        return parsed.picked;
      } finally {
        setReading(false);
      }
    },
    [t],
  );

  const clear = useCallback(() => setPicked(null), []);
  return { picked, error, reading, pick, clear };
}
