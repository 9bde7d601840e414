// A polite panel for a screen the user's role may not open (the main process refuses the
// calls anyway; this only explains why there is nothing to see).
import { Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/contract/channel.ts';

export function NotAllowed({ roles }: { roles: Role[] }) {
  const { t } = useTranslation('components');
  const names = roles.map((r) => t(`errors:roles.${r}`)).join(t('notAllowed.or'));
  return (
    <Center py={60}>
      <Paper withBorder p="xl" maw={520} data-testid="not-allowed">
        <Stack align="center" gap="sm">
          <ThemeIcon size={48} radius="xl" variant="light" color="gray">
            <IconLock size={26} />
          </ThemeIcon>
          <Title order={4}>{t('notAllowed.title')}</Title>
          <Text c="dimmed" ta="center">
            {t('notAllowed.body', { roles: names })}
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
