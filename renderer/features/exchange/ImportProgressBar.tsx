// The bar while an import runs: its phase and, where the main process counts, how far. Verifying
// the file (bytes read) takes the first 70%, the backup 70–75, applying the lines 75–97 (the
// apply pass runs in one synchronous transaction: the main process answers no poll until it
// ends, so the bar waits at its start and then jumps), the commit the rest.
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../shared/contract/exchange.ts';
import { useFormat } from '../../lib/format.ts';

const SPANS: Record<ImportProgress['phase'], [from: number, to: number]> = {
  verify: [0, 70],
  backup: [70, 75],
  apply: [75, 97],
  commit: [97, 100],
  done: [100, 100],
};

function percent(p: ImportProgress | null): number {
  if (!p) return 0;
  const [from, to] = SPANS[p.phase];
  const share = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  return Math.round(from + (to - from) * share);
}

export function ImportProgressBar({ progress }: { progress: ImportProgress | null }) {
  const { t } = useTranslation('exchange');
  const f = useFormat();
  const value = percent(progress);
  const phase = progress?.phase ?? 'verify';
  return (
    <Stack gap={4} data-testid="import-progress">
      <Progress value={value} striped animated size="lg" aria-label={t('import.running')} data-testid="import-progress-bar" data-value={value} />
      <Text size="sm" data-testid="import-progress-phase">
        {t(`import.phase.${phase}`, { percent: f.number(value) })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('import.runningNote')}
      </Text>
    </Stack>
  );
}
