// The exchange settings: the province's shared passphrase for aid markers (set or changed, never
// shown back: the main process keeps it) and whether this install is the province office.
import { useState } from 'react';
import { Alert, Badge, Button, Group, PasswordInput, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import type { OutputOf } from '../../../shared/contract/index.ts';
import { Section } from '../settings/Section.tsx';
import { useSetExchangeSettings } from './queries.ts';

const MIN_PASSPHRASE = 12;

export function SettingsCard({ settings }: { settings: OutputOf<'exchange.getSettings'> }) {
  const { t } = useTranslation('exchange');
  const save = useSetExchangeSettings();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [tried, setTried] = useState(false);
  const short = passphrase.length < MIN_PASSPHRASE ? t('errors:v.exchange.passphrase') : undefined;
  const mismatch = repeat !== passphrase ? t('settings.mismatch') : undefined;
  const server = fieldErrors(save.error, t);

  function savePassphrase() {
    setTried(true);
    if (short || mismatch) return;
    save.mutate(
      { passphrase },
      {
        onSuccess: () => {
          setPassphrase('');
          setRepeat('');
          setTried(false);
          notifications.show({ color: 'teal', message: t('settings.passphraseSaved') });
        },
        onError: (err) => notifications.show({ color: 'red', message: errorText(err, t) }),
      },
    );
  }

  function setOffice(provinceOffice: boolean) {
    save.mutate({ provinceOffice }, { onError: (err) => notifications.show({ color: 'red', message: errorText(err, t) }) });
  }

  return (
    <Section title={t('settings.title')} icon={<IconSettings size={20} />} data-testid="exchange-settings">
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600} size="sm">
            {t('settings.passphrase')}
          </Text>
          <Badge color={settings.passphraseSet ? 'teal' : 'orange'} variant="light" data-testid="exchange-passphrase-state">
            {settings.passphraseSet ? t('settings.passphraseSet') : t('settings.passphraseNotSet')}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('settings.passphraseHelp')}
        </Text>
        {!settings.passphraseSet && (
          <Alert color="orange" variant="light" p="xs">
            {t('settings.passphraseMissing')}
          </Alert>
        )}
        <PasswordInput
          leftSection={<IconLock size={16} />}
          label={settings.passphraseSet ? t('settings.newPassphrase') : t('settings.passphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          error={(tried && short) || server.passphrase}
          autoComplete="new-password"
          data-testid="exchange-passphrase"
        />
        <PasswordInput
          label={t('settings.repeat')}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={tried && !short && mismatch}
          autoComplete="new-password"
          data-testid="exchange-passphrase-repeat"
        />
        {settings.passphraseSet && (
          <Text size="xs" c="orange.8">
            {t('settings.changeWarning')}
          </Text>
        )}
        <Group>
          <Button onClick={savePassphrase} loading={save.isPending && save.variables?.passphrase !== undefined} data-testid="exchange-passphrase-save">
            {settings.passphraseSet ? t('settings.change') : t('settings.save')}
          </Button>
        </Group>
      </Stack>
      <Stack gap={4}>
        <Switch
          label={t('settings.provinceOffice')}
          checked={settings.provinceOffice}
          disabled={save.isPending}
          onChange={(e) => setOffice(e.currentTarget.checked)}
          data-testid="exchange-province-office"
        />
        <Text size="xs" c="dimmed">
          {t('settings.provinceOfficeHelp')}
        </Text>
      </Stack>
    </Section>
  );
}
