// The end of an import: how many donors were added and which rows were left out as duplicates,
// each with the donor it collides with (a link to that donor's page). After a failure, the same
// list for what was done, and the error.
import { Alert, Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { errorText } from '../../lib/errors.ts';
import type { ImportState } from './useDonorImport.ts';

type Finished = Extract<ImportState, { phase: 'done' | 'failed' }>;

export function ImportSummary({ state, onAgain }: { state: Finished; onAgain(): void }) {
  const { t } = useTranslation('donors');
  const f = useFormat();
  const { created, skipped } = state;
  return (
    <Stack gap="sm" data-testid="import-summary">
      {state.phase === 'failed' ? (
        <Alert color="red" title={t('import.failed')}>
          <Stack gap={4}>
            <Text size="sm">{errorText(state.error, t)}</Text>
            <Text size="sm">{t('import.failedPartly', { saved: f.number(created), from: f.digits(state.fromLine) })}</Text>
          </Stack>
        </Alert>
      ) : (
        <Group gap="xs">
          <IconCircleCheck size={22} color="var(--mantine-color-teal-6)" aria-hidden />
          <Title order={4}>{t('import.summaryTitle')}</Title>
        </Group>
      )}
      <Text fw={500} data-testid="import-created">
        {t('import.created', { count: created, n: f.number(created) })}
      </Text>
      {skipped.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('import.skippedNone')}
        </Text>
      ) : (
        <>
          <Text fw={500}>{t('import.skippedTitle', { count: skipped.length, n: f.number(skipped.length) })}</Text>
          <List size="sm" spacing={4} data-testid="import-skipped">
            {skipped.map((s) => (
              <List.Item key={s.line}>
                <b>
                  {t('import.row')} {f.digits(s.line)}
                </b>{' '}
                (<span dir="auto">{s.name}</span>): {t(`import.reason.${s.reason}`)}{' '}
                {s.matches
                  .filter((m) => m.field === s.reason)
                  .map((m, i) => (
                    <span key={m.id}>
                      {i > 0 && t('import.listSeparator')}
                      <Anchor component={Link} to={`/donors/${m.id}`} dir="auto">
                        {m.displayName}
                      </Anchor>
                      {m.archived && (
                        <Badge size="xs" variant="light" color="gray" mx={4}>
                          {t('import.archivedMatch')}
                        </Badge>
                      )}
                    </span>
                  ))}
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Group>
        <Button component={Link} to="/donors" variant="light">
          {t('import.toList')}
        </Button>
        <Button variant="default" onClick={onAgain}>
          {t('import.again')}
        </Button>
      </Group>
    </Stack>
  );
}
