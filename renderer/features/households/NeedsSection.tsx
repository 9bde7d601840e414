// The household's needs: open ones first with their priority and how long they have waited;
// case roles add a need and cancel one (with a reason). Volunteers see this list too.
import { useState } from 'react';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { errorText } from '../../lib/errors.ts';
import { CASE_ROLES, type Household } from '../../../shared/contract/households.ts';
import type { Need } from '../../../shared/contract/aid.ts';
import { useNeeds } from './queries.ts';
import { DetailSection } from '../../components/DetailSection.tsx';
import { AddNeedModal } from './AddNeedModal.tsx';
import { CancelNeedModal } from './CancelNeedModal.tsx';

const STATUS_COLOR = { open: 'blue', met: 'teal', cancelled: 'gray' } as const;

export function NeedsSection({ household }: { household: Household }) {
  const { t } = useTranslation('households');
  const f = useFormat();
  const caseRole = useSession().hasRole(...CASE_ROLES) && !household.archivedAt;
  const needs = useNeeds(household.id);
  const [adding, setAdding] = useState(false);
  const [cancelling, setCancelling] = useState<Need | null>(null);
  const list = [...(needs.data ?? [])].sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open') || b.priority - a.priority);

  return (
    <DetailSection
      title={t('needs.title')}
      testId="household-needs"
      action={
        caseRole && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)} data-testid="need-add">
            {t('needs.add')}
          </Button>
        )
      }
    >
      {needs.isError && <Text c="red" size="sm">{errorText(needs.error, t)}</Text>}
      {needs.data && list.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('needs.none')}
        </Text>
      )}
      {list.map((n) => (
        <Group key={n.id} justify="space-between" wrap="nowrap" align="flex-start" data-testid="need-row">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={600} size="sm">
                {t(`needKind.${n.kind}`)}
                {n.equipmentKind ? t('needs.equipmentOf', { what: n.equipmentKind }) : ''}
              </Text>
              <Badge size="sm" variant="light" color={STATUS_COLOR[n.status]}>
                {t(`needs.status.${n.status}`)}
              </Badge>
              <Badge size="sm" variant="outline" color={n.priority >= 4 ? 'red' : 'gray'}>
                {t('needs.priorityN', { n: f.number(n.priority) })}
              </Badge>
            </Group>
            {n.description && (
              <Text size="sm" dir="auto">
                {n.description}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('needs.recordedOn', { date: f.date(n.recordedOn) })}
              {n.closedOn ? ` · ${t('needs.closedOn', { date: f.date(n.closedOn) })}` : ''}
              {n.closeReason ? ` · ${n.closeReason}` : ''}
            </Text>
          </Stack>
          {caseRole && n.status === 'open' && (
            <Button size="xs" variant="subtle" color="red" leftSection={<IconX size={14} />} onClick={() => setCancelling(n)} data-testid="need-cancel">
              {t('needs.cancel')}
            </Button>
          )}
        </Group>
      ))}
      <AddNeedModal householdId={household.id} opened={adding} onClose={() => setAdding(false)} />
      <CancelNeedModal need={cancelling} onClose={() => setCancelling(null)} />
    </DetailSection>
  );
}
