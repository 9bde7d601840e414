// Every row that cannot be imported, by its spreadsheet row number with each column's reason,
// so the user can fix the file and pick it again; or, when there is none, that all is ready.
import { Alert, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { ImportScreen, RowProblem } from './types.ts';

// a file with thousands of bad rows (a wrong column, say) would make a page nobody reads
const SHOWN_PROBLEMS = 100;

interface Props<P extends RowProblem> {
  screen: ImportScreen;
  /** null while the rows are not checked yet: nothing is said */
  problems: readonly P[] | null;
  /** the name of a problem's column (or field), as the user knows it */
  fieldLabel(field: string, problem: P): string;
  /** a further hint under the general one, for a mistake the feature recognises */
  hint?: string | null;
}

export function ProblemsAlert<P extends RowProblem>({ screen, problems, fieldLabel, hint }: Props<P>) {
  const { t } = useTranslation(screen.ns);
  const f = useFormat();
  if (problems === null) return null;
  if (problems.length === 0) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} data-testid={screen.testIds.valid}>
        {t('import.allValid')}
      </Alert>
    );
  }
  const more = problems.length - SHOWN_PROBLEMS;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('import.errorsTitle', { count: problems.length, n: f.number(problems.length) })}
      data-testid={screen.testIds.errors}
    >
      <Stack gap="xs">
        <Text size="sm">{t('import.errorsHint')}</Text>
        {hint && <Text size="sm">{hint}</Text>}
        <List size="sm" spacing={4}>
          {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
            <List.Item key={p.line} data-testid={screen.testIds.errorRow}>
              <b>
                {t('import.row')} {f.digits(p.line)}:
              </b>{' '}
              {Object.entries(p.errors)
                .map(([field, message]) => `${fieldLabel(field, p)}: ${message}`)
                .join(t('import.problemSeparator'))}
            </List.Item>
          ))}
        </List>
        {more > 0 && <Text size="sm">{t('import.moreErrors', { count: more, n: f.number(more) })}</Text>}
      </Stack>
    </Alert>
  );
}
