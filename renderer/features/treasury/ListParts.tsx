// Pieces every treasury list shares: a loading or failed state and the "n of m" line (the pager
// is the one every paged list uses, components/ListPager.tsx).
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListLoadState } from '../../components/ListLoadState.tsx';
import { useFormat } from '../../lib/format.ts';
import { PAGE_SIZE } from '../../lib/listParams.ts';

export function LoadState({ error, pending, onRetry }: { error: unknown; pending: boolean; onRetry(): void }) {
  const { t } = useTranslation('treasury');
  return <ListLoadState error={error} pending={pending} onRetry={onRetry} failedTitle={t('list.loadFailed')} testId="treasury-load-error" />;
}

export function ListCount({ total, page, shown, testId }: { total: number; page: number; shown: number; testId: string }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const from = (page - 1) * PAGE_SIZE + 1;
  return (
    <Text size="sm" c="dimmed" aria-live="polite" data-testid={testId} data-total={total}>
      {total === 0 ? t('list.none') : t('list.range', { from: f.number(from), to: f.number(from + shown - 1), total: f.number(total) })}
    </Text>
  );
}
