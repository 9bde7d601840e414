// This week's calls (or the next 14, 30, 60 days'): every instalment due in the window and
// everything overdue, with the donor's numbers. For money roles and the volunteers who call.
import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { MONEY_ROLES } from '../../../shared/contract/pledges.ts';
import type { Role } from '../../../shared/contract/channel.ts';
import { useReminders } from './queries.ts';
import { ReminderTable } from './ReminderTable.tsx';
import { LoadState } from './ListParts.tsx';
import { EmptyList } from './EmptyList.tsx';

const ROLES: Role[] = [...MONEY_ROLES, 'volunteer'];
const WINDOWS = [7, 14, 30, 60] as const;

export function RemindersPage() {
  return useSession().hasRole(...ROLES) ? <Reminders /> : <NotAllowed roles={ROLES} />;
}

function Reminders() {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('days'));
  const days = (WINDOWS as readonly number[]).includes(asked) ? asked : 7;
  const query = useReminders(days);
  const items = query.data ?? [];
  const overdue = items.filter((r) => r.overdue);

  return (
    <Stack gap="md">
      <Title order={2}>{t('reminders.title')}</Title>
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          data-testid="reminder-days"
          aria-label={t('reminders.window')}
          data={WINDOWS.map((d) => ({ value: String(d), label: t('reminders.days', { count: d, n: f.number(d) }) }))}
          value={String(days)}
          onChange={(v) => setParams(v === '7' ? {} : { days: v }, { replace: true })}
        />
        {query.data && (
          <Text size="sm" c="dimmed" data-testid="reminder-summary">
            {t('reminders.summary', {
              n: f.number(items.length),
              overdue: f.number(overdue.length),
              total: f.money(items.reduce((s, r) => s + r.amount, 0)),
            })}
          </Text>
        )}
      </Group>
      <LoadState error={query.error} pending={query.isPending} onRetry={() => void query.refetch()} />
      {query.data && (items.length > 0 ? <ReminderTable items={items} /> : <EmptyList text={t('reminders.empty')} />)}
    </Stack>
  );
}
