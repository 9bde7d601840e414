// The frame of an import screen: the way back to its list, the title and what to do; then
// either the finished import's summary, or the file picker and, once a file is picked, the
// panel about it (preview, problems, start).
import type { ReactNode } from 'react';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ImportScreen } from './types.ts';

interface Props {
  screen: ImportScreen;
  /** the summary of a finished (or stopped) import; while there is one, nothing else is shown */
  summary: ReactNode;
  picker: ReactNode;
  /** what is shown about the picked file; null while none is */
  panel: ReactNode;
}

export function ImportFrame({ screen, summary, picker, panel }: Props) {
  const { t } = useTranslation(screen.ns);
  return (
    <Stack gap="md" data-testid={screen.testIds.page}>
      <Anchor component={Link} to={screen.listPath} size="sm">
        {t('import.back')}
      </Anchor>
      <Title order={2}>{t('import.title')}</Title>
      <Text size="sm">{t('import.intro')}</Text>

      {summary ? (
        <Paper withBorder p="md">
          {summary}
        </Paper>
      ) : (
        <>
          {picker}
          {panel && (
            <Paper withBorder p="md">
              <Stack gap="md">{panel}</Stack>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
