// The end of a donors import, in the shared summary (components/fileImport): how many donors
// were added and which rows were left out as duplicates, each with the donor it collides with (a
// link to that donor's page). After a failure, the same list for what was done, and the error.
import { Anchor, Badge, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { errorText } from '../../lib/errors.ts';
import { ImportSummaryFrame } from '../../components/fileImport/ImportSummaryFrame.tsx';
import type { ImportState } from './useDonorImport.ts';
import { DONOR_IMPORT } from './donorImportScreen.ts';

type Finished = Extract<ImportState, { phase: 'done' | 'failed' }>;

export function ImportSummary({ state, onAgain }: { state: Finished; onAgain(): void }) {
  const { t } = useTranslation('donors');
  const f = useFormat();
  const { created, skipped } = state;
  const stopped = state.phase === 'failed' ? { reason: errorText(state.error, t), saved: created, fromLine: state.fromLine } : null;
  return (
    <ImportSummaryFrame screen={DONOR_IMPORT} stopped={stopped} onAgain={onAgain}>
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
    </ImportSummaryFrame>
  );
}
