// /exchange (managers and administrators): this centre's key, the exchange settings, export and
// import of .hamyar files, the imports history and the trusted senders.
import { Alert, Center, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { errorText } from '../../lib/errors.ts';
import { EXCHANGE_ROLES } from '../../../shared/contract/agency.ts';
import { useExchangeSettings } from './queries.ts';
import { KeyCard } from './KeyCard.tsx';
import { SettingsCard } from './SettingsCard.tsx';
import { ExportCard } from './ExportCard.tsx';
import { ImportSection } from './ImportSection.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import { TrustedKeys } from './TrustedKeys.tsx';

export function ExchangePage() {
  return useSession().hasRole(...EXCHANGE_ROLES) ? <Exchange /> : <NotAllowed roles={[...EXCHANGE_ROLES]} />;
}

function Exchange() {
  const { t } = useTranslation('exchange');
  const settings = useExchangeSettings();
  const s = settings.data;

  return (
    <Stack gap="md" maw={1100} data-testid="exchange-page">
      <div>
        <Title order={2}>{t('page.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('page.subtitle')}
        </Text>
      </div>
      {settings.isPending && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {settings.isError && <Alert color="red" title={t('page.loadFailed')}>{errorText(settings.error, t)}</Alert>}
      {s && (
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <KeyCard fingerprint={s.fingerprint} />
            <SettingsCard settings={s} />
          </SimpleGrid>
          <ExportCard passphraseSet={s.passphraseSet} />
          <ImportSection />
          <ImportHistory />
          <TrustedKeys />
        </>
      )}
    </Stack>
  );
}
