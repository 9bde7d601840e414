// The end of an import: that it finished, or that it stopped (why, how many rows were saved
// before, from which spreadsheet row nothing was); then the feature's own account (children);
// then the ways on, to the list or to another file.
import type { ReactNode } from 'react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { ImportScreen } from './types.ts';

export interface ImportStop {
  /** why it stopped, in the user's language */
  reason: string;
  /** rows saved before it stopped */
  saved: number;
  /** the spreadsheet row of the first row not saved */
  fromLine: number;
}

interface Props {
  screen: ImportScreen;
  /** null when the import went through */
  stopped: ImportStop | null;
  onAgain(): void;
  children: ReactNode;
}

export function ImportSummaryFrame({ screen, stopped, onAgain, children }: Props) {
  const { t } = useTranslation(screen.ns);
  const f = useFormat();
  return (
    <Stack gap="sm" data-testid={screen.testIds.summary}>
      {stopped ? (
        <Alert color="red" title={t('import.failed')}>
          <Stack gap={4}>
            <Text size="sm">{stopped.reason}</Text>
            <Text size="sm">{t('import.failedPartly', { saved: f.number(stopped.saved), from: f.digits(stopped.fromLine) })}</Text>
          </Stack>
        </Alert>
      ) : (
        <Group gap="xs">
          <IconCircleCheck size={22} color="var(--mantine-color-teal-6)" aria-hidden />
          <Title order={4}>{t('import.summaryTitle')}</Title>
        </Group>
      )}
      {children}
      <Group>
        <Button component={Link} to={screen.listPath} variant="light" data-testid={screen.testIds.toList}>
          {t('import.toList')}
        </Button>
        <Button variant="default" onClick={onAgain}>
          {t('import.again')}
        </Button>
      </Group>
    </Stack>
  );
}
