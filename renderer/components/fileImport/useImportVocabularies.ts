// The column names (and value words) an import understands are the locale files' own, of both
// languages at once: a file's headers may be in either, whatever language the screen is in.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The "import" section of the screen's namespace, in Persian and in English. */
export function useImportVocabularies<V>(ns: string): { fa: V; en: V } {
  const { i18n } = useTranslation(ns);
  return useMemo(() => {
    const of = (lng: 'fa' | 'en') => i18n.getResource(lng, ns, 'import') as V;
    return { fa: of('fa'), en: of('en') };
  }, [i18n, ns]);
}
