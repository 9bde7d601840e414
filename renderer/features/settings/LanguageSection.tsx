// The user's language: switches the screens now and is remembered on the account.
import { SegmentedControl } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { setLanguage, type Lang } from '../../i18n/index.ts';
import { errorText } from '../../lib/errors.ts';
import { Section } from './Section.tsx';

export function LanguageSection() {
  const { t, i18n } = useTranslation('settings');
  const session = useSession();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'fa';

  async function change(next: Lang) {
    await setLanguage(next);
    try {
      session.setUser(await invoke('auth.setLocale', { locale: next }));
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(err, t) });
    }
  }

  return (
    <Section title={t('language.title')} description={t('language.description')} icon={<IconLanguage size={20} />} data-testid="settings-language-section">
      <SegmentedControl
        w={{ base: '100%', xs: 320 }}
        value={lang}
        onChange={(v) => void change(v === 'en' ? 'en' : 'fa')}
        data={[
          { value: 'fa', label: t('components:language.fa') },
          { value: 'en', label: t('components:language.en') },
        ]}
        aria-label={t('language.title')}
        data-testid="settings-language"
      />
    </Section>
  );
}
