// Settings: language, money unit, centre details, my password, matching weights, stall days
// of housing builds, backup and restore. Each section shows only what the user's role may
// change (the main process checks again).
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { LanguageSection } from './LanguageSection.tsx';
import { MoneyUnitSection } from './MoneyUnitSection.tsx';
import { CentreSection } from './CentreSection.tsx';
import { PasswordSection } from './PasswordSection.tsx';
import { BackupSection } from './BackupSection.tsx';
import { RestoreSection } from './RestoreSection.tsx';
import { MatchingWeightsSection } from '../households/MatchingWeightsSection.tsx';
import { StallDaysSection } from './StallDaysSection.tsx';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const session = useSession();
  return (
    <Stack maw={860} gap="lg" data-testid="settings-page">
      <Title order={2}>{t('title')}</Title>
      <LanguageSection />
      <MoneyUnitSection />
      <CentreSection key={session.settings?.centre.id} />
      <PasswordSection />
      <MatchingWeightsSection />
      <StallDaysSection />
      {session.hasRole('admin', 'manager') && <BackupSection />}
      {session.hasRole('admin') && <RestoreSection />}
    </Stack>
  );
}
