// Pledges: filtered by status and donor; money roles add new ones.
import { Button, Group, Select, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { MONEY_ROLES, pledgeStatus, type PledgeStatus } from '../../../shared/contract/pledges.ts';
import { usePledges } from './queries.ts';
import { parsePledgeList, pledgeListInput, useUrlState } from './listParams.ts';
import { PledgeTable } from './PledgeTable.tsx';
import { DonorPicker } from './DonorPicker.tsx';
import { ListCount, LoadState } from './ListParts.tsx';
import { ListPager } from '../../components/ListPager.tsx';
import { EmptyList } from './EmptyList.tsx';

export function PledgeListPage() {
  const { t } = useTranslation('treasury');
  const money = useSession().hasRole(...MONEY_ROLES);
  const { state, update } = useUrlState(parsePledgeList);
  const query = usePledges(pledgeListInput(state));
  const data = query.data;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('pledge.listTitle')}</Title>
        {money && (
          <Button component={Link} to={state.donorId ? `/pledges/new?donorId=${state.donorId}` : '/pledges/new'} leftSection={<IconPlus size={16} />} data-testid="pledge-new">
            {t('actions.newPledge')}
          </Button>
        )}
      </Group>
      <Group gap="sm" align="flex-end">
        <Select
          data-testid="pledge-filter-status"
          label={t('columns.status')}
          placeholder={t('filters.allStatuses')}
          clearable
          w={180}
          data={pledgeStatus.options.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={state.status}
          onChange={(v) => update({ status: (v as PledgeStatus | null) ?? null })}
        />
        <DonorPicker data-testid="pledge-filter-donor" label={t('fields.donor')} placeholder={t('filters.allDonors')} value={state.donorId} onChange={(donorId) => update({ donorId })} />
      </Group>
      <LoadState error={query.error} pending={query.isPending} onRetry={() => void query.refetch()} />
      {data && (
        <>
          <ListCount total={data.total} page={state.page} shown={data.items.length} testId="pledge-total" />
          {data.items.length > 0 ? <PledgeTable items={data.items} dimmed={query.isPlaceholderData} /> : <EmptyList text={t('pledge.empty')} />}
          <ListPager total={data.total} page={state.page} onPage={(page) => update({ page })} testId="pledge-pagination" />
        </>
      )}
    </Stack>
  );
}
