// What the preview says about the sender's key: trusted already, seen for the first time (compare
// the fingerprint by phone before trusting), a different key than the one trusted (refused), or
// this centre's own file. A "changed" key that is in fact the trusted one means the file claims
// to come from the province office while its sender was trusted as an ordinary centre.
import { Alert, Text } from '@mantine/core';
import { IconAlertOctagon, IconInfoCircle, IconPhoneCall, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../lib/bidi.ts';
import type { ExchangePreview } from '../../../shared/contract/exchange.ts';
import { Fingerprint } from './Fingerprint.tsx';
import { useTrustedKeys } from './queries.ts';

export function TrustNotice({ preview }: { preview: ExchangePreview }) {
  const { t } = useTranslation('exchange');
  const name = isolate(preview.sender.name);
  const trusted = useTrustedKeys().data?.find((k) => k.centreId === preview.sender.id);
  switch (preview.trust) {
    case 'trusted':
      return (
        <Alert color="teal" variant="light" icon={<IconShieldCheck size={18} />} data-testid="import-trust-trusted">
          {t('trust.trusted', { name })}
        </Alert>
      );
    case 'new':
      return (
        <Alert color="yellow" icon={<IconPhoneCall size={18} />} title={t('trust.newTitle')} data-testid="import-trust-new">
          <Text size="sm">{t('trust.new', { name })}</Text>
        </Alert>
      );
    case 'keyChanged':
      return (
        <Alert color="red" variant="filled" icon={<IconAlertOctagon size={18} />} title={t('trust.keyChangedTitle')} data-testid="import-trust-key-changed">
          {trusted && trusted.fingerprint === preview.sender.fingerprint ? (
            <Text size="sm">{t('trust.officeClaim', { name })}</Text>
          ) : (
            <>
              <Text size="sm">{t('trust.keyChanged', { name })}</Text>
              {trusted && (
                <>
                  <Text size="xs" mt="xs">
                    {t('trust.trustedWas')}
                  </Text>
                  <Fingerprint value={trusted.fingerprint} size="md" />
                </>
              )}
            </>
          )}
        </Alert>
      );
    case 'own':
      return (
        <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="import-trust-own">
          {t('trust.own')}
        </Alert>
      );
  }
}
