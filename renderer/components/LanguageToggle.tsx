// Persian / English switch for the screens before sign-in (and wherever a compact toggle fits).
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Lang } from '../i18n/index.ts';

export function LanguageToggle({ onChange }: { onChange?: (lang: Lang) => void | Promise<void> }) {
  const { t, i18n } = useTranslation('components');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'fa';
  return (
    <SegmentedControl
      size="xs"
      value={lang}
      onChange={(v) => void (onChange ?? setLanguage)(v === 'en' ? 'en' : 'fa')}
      data={[
        { value: 'fa', label: t('language.fa') },
        { value: 'en', label: t('language.en') },
      ]}
      aria-label={t('language.label')}
      data-testid="language-toggle"
    />
  );
}
