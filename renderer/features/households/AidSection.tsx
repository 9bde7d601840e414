// The household's aid history as a timeline, newest first: Jalali date, kind, value, source.
// Case roles record aid given here or by another centre or agency.
import { useState } from 'react';
import { Badge, Button, Group, Text, Timeline } from '@mantine/core';
import { IconGift, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { errorText } from '../../lib/errors.ts';
import type { Household } from '../../../shared/contract/households.ts';
import { useAid } from './queries.ts';
import { DetailSection } from '../../components/DetailSection.tsx';
import { RecordAidModal } from './RecordAidModal.tsx';

export function AidSection({ household }: { household: Household }) {
  const { t } = useTranslation('households');
  const f = useFormat();
  const aid = useAid(household.id, true);
  const [recording, setRecording] = useState(false);
  const list = [...(aid.data ?? [])].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));

  return (
    <DetailSection
      title={t('aid.title')}
      testId="household-aid"
      action={
        !household.archivedAt && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setRecording(true)} data-testid="aid-add">
            {t('aid.record')}
          </Button>
        )
      }
    >
      {aid.isError && <Text c="red" size="sm">{errorText(aid.error, t)}</Text>}
      {aid.data && list.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('aid.none')}
        </Text>
      )}
      {list.length > 0 && (
        <Timeline bulletSize={22} lineWidth={2} active={list.length} data-testid="aid-timeline" mt="xs">
          {list.map((a) => (
            <Timeline.Item key={a.id} bullet={<IconGift size={12} />} data-testid="aid-row" title={
              <Group gap="xs">
                <Text fw={600} size="sm">{t(`aidKind.${a.kind}`)}</Text>
                <Text size="sm" c="dimmed">{f.date(a.date)}</Text>
                {a.offerId && <Badge size="xs" variant="light">{t('aid.fromOffer')}</Badge>}
              </Group>
            }>
              <Text size="sm">{a.value > 0 ? f.money(a.value) : t('aid.noValue')}</Text>
              <Text size="xs" c="dimmed" dir="auto">
                {a.source === 'centre' ? t('aid.source.centre') : t(`aid.sourceNamed.${a.source}`, { name: a.sourceName ?? '' })}
              </Text>
              {a.description && <Text size="sm" dir="auto">{a.description}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <RecordAidModal householdId={household.id} opened={recording} onClose={() => setRecording(false)} />
    </DetailSection>
  );
}
