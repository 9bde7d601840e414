// The file an import screen was given: what it holds once the feature has read it, or the
// sentence that says why it cannot be used (not readable, not UTF-8, no known column, no rows).
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readCsvText } from './csvText.ts';

/** What a feature made of the file's text, or why it made nothing ("import.*" key of its namespace). */
export type CsvParse<P> = { ok: true; picked: P } | { ok: false; reason: string };

export function usePickedCsv<P>(ns: string) {
  const { t } = useTranslation(ns);
  const [picked, setPicked] = useState<P | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** Forgets the previous file, reads this one and hands its text to `parse`; resolves to what
   *  was picked, or null when the file was refused (the reason is then in `error`). */
  const pick = useCallback(
    async (file: File, parse: (text: string) => CsvParse<P>): Promise<P | null> => {
      setPicked(null);
      setError(null);
      const text = await readCsvText(file);
      const read = text.ok ? parse(text.text) : text;
      if (!read.ok) {
        setError(t(`import.${read.reason}`));
        return null;
      }
      setPicked(read.picked);
      return read.picked;
    },
    [t],
  );

  const clear = useCallback(() => setPicked(null), []);
  return { picked, error, pick, clear };
}
