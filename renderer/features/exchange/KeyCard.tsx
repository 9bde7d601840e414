// This centre's key fingerprint, large, with what to do with it: another centre that receives
// our first file asks for it on the phone before trusting the file.
import { Paper, Stack, Text, ThemeIcon, Group, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Fingerprint } from './Fingerprint.tsx';

export function KeyCard({ fingerprint }: { fingerprint: string }) {
  const { t } = useTranslation('exchange');
  return (
    <Paper withBorder p="lg" radius="md" data-testid="exchange-key-card">
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size={36} radius="md">
            <IconKey size={20} />
          </ThemeIcon>
          <Title order={4}>{t('key.title')}</Title>
        </Group>
        <Paper bg="var(--mantine-color-teal-light)" p="md" radius="md">
          <Fingerprint value={fingerprint} size="xl" testId="exchange-own-fingerprint" />
        </Paper>
        <Text size="sm">{t('key.readAloud')}</Text>
        <Text size="xs" c="dimmed">
          {t('key.why')}
        </Text>
      </Stack>
    </Paper>
  );
}
