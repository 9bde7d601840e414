// The frame of the screens shown before sign-in (first-run setup, sign-in): the app's name,
// the language switch, and a card in the middle of the window.
import type { ReactNode } from 'react';
import { Box, Container, Group, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from './LanguageToggle.tsx';

export function PublicFrame({ children, size = 'xs' }: { children: ReactNode; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" py={40} bg="var(--mantine-color-gray-0)">
      <Container size={size}>
        <Group justify="space-between" mb="lg" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size={44} radius="md" variant="light">
              <IconHeartHandshake size={28} />
            </ThemeIcon>
            <div>
              <Title order={3}>{t('app.name')}</Title>
              <Text size="sm" c="dimmed">
                {t('app.tagline')}
              </Text>
            </div>
          </Group>
          <LanguageToggle />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
