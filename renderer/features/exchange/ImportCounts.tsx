// What a file holds or did, counted: households new here, newer than the copy held, unchanged,
// older (ignored), this centre's own (skipped), aid markers, report figures, possible duplicates.
// The same grid serves the preview (would do) and the summary (did).
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { ImportCounts as Counts } from '../../../shared/contract/exchange.ts';

const BANK: (keyof Counts)[] = ['households', 'new', 'newer', 'unchanged', 'older', 'ownSkipped', 'markers', 'duplicates'];
const REPORT: (keyof Counts)[] = ['figures'];

/** a count that asks for attention when it is not zero */
const NOTICE: Partial<Record<keyof Counts, string>> = { new: 'teal', newer: 'blue', duplicates: 'orange' };

export function ImportCounts({ counts, scope, testId }: { counts: Counts; scope: 'bank' | 'report'; testId: string }) {
  const { t } = useTranslation('exchange');
  const f = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" data-testid={testId}>
      {(scope === 'bank' ? BANK : REPORT).map((k) => (
        <Paper key={k} withBorder p="xs" radius="md" data-testid={`${testId}-${k}`} data-value={counts[k]}>
          <Text size="xs" c="dimmed">
            {t(`counts.${k}`)}
          </Text>
          <Text fw={700} size="lg" c={counts[k] > 0 ? NOTICE[k] : undefined}>
            {f.number(counts[k])}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
