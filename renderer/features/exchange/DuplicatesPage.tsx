// /duplicates (case workers, managers, administrators): households of this centre that may be
// the same family as another centre's copy, to be reviewed pair by pair; open ones first, the
// decided ones a tab away (a verdict can be changed there).
import { useState } from 'react';
import { Group, Pagination, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { ListLoadState } from '../../components/ListLoadState.tsx';
import { useFormat } from '../../lib/format.ts';
import { errorText } from '../../lib/errors.ts';
import { CASE_ROLES } from '../../../shared/contract/households.ts';
import { useDecideDuplicate, useDuplicates } from './queries.ts';
import { DuplicatePairCard } from './DuplicatePairCard.tsx';

const PAGE = 20;
type Status = 'open' | 'decided';

export function DuplicatesPage() {
  return useSession().hasRole(...CASE_ROLES) ? <Duplicates /> : <NotAllowed roles={[...CASE_ROLES]} />;
}

function Duplicates() {
  const { t } = useTranslation('exchange');
  const f = useFormat();
  const [status, setStatus] = useState<Status>('open');
  const [page, setPage] = useState(1);
  const list = useDuplicates(status, (page - 1) * PAGE, PAGE);
  const decide = useDecideDuplicate();
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE)) : 1;

  return (
    <Stack gap="md" maw={1100} data-testid="duplicates-page">
      <div>
        <Title order={2}>{t('duplicates.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('duplicates.subtitle')}
        </Text>
      </div>
      <SegmentedControl
        w="fit-content"
        data={(['open', 'decided'] as const).map((s) => ({ value: s, label: t(`duplicates.status.${s}`) }))}
        value={status}
        onChange={(s) => {
          setStatus(s as Status);
          setPage(1);
        }}
        data-testid="duplicates-status"
      />
      <ListLoadState error={list.error} pending={list.isPending} onRetry={() => void list.refetch()} failedTitle={t('duplicates.loadFailed')} />
      {data && data.total === 0 && (
        <Text c="dimmed" data-testid="duplicates-empty">
          {t(`duplicates.none.${status}`)}
        </Text>
      )}
      {data && data.total > 0 && (
        <Text size="sm" c="dimmed" data-testid="duplicates-count">
          {t('duplicates.count', { n: f.number(data.total) })}
        </Text>
      )}
      <Stack gap="sm" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
        {data?.items.map((p) => (
          <DuplicatePairCard
            key={p.id}
            pair={p}
            busy={decide.isPending && decide.variables?.id === p.id}
            onDecide={(verdict) => decide.mutate({ id: p.id, verdict }, { onError: (err) => notifications.show({ color: 'red', message: errorText(err, t) }) })}
          />
        ))}
      </Stack>
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} getItemProps={(p) => ({ children: f.digits(p) })} />
        </Group>
      )}
    </Stack>
  );
}
