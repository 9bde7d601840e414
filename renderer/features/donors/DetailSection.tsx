// A titled card of label/value rows for the donor's page. Empty values read "not recorded".
import { Paper, Stack, Text, Title, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function DetailSection({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      <Stack gap="xs">{children}</Stack>
    </Paper>
  );
}

export function DetailRow({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const { t } = useTranslation('donors');
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={150} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div" dir="auto" data-testid={testId} c={empty ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {empty ? t('page.notRecorded') : children}
      </Text>
    </Group>
  );
}
