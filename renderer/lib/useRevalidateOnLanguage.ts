// Messages a form shows were translated when it validated; after a language switch this
// validates again so they are shown in the new language.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function useRevalidateOnLanguage(form: { errors: Record<string, unknown>; validate(): unknown }): void {
  const { i18n } = useTranslation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (Object.keys(form.errors).length) form.validate();
    // only a change of language triggers this
  }, [i18n.language]);
}
