// Settings: how much each part of a household's matching score counts (0–10), and the window
// in months for flagging a repeat of the same aid. Managers and administrators change them;
// case workers see them read-only; other roles don't see the section.
import { useEffect, useState } from 'react';
import { Button, Group, NumberInput, SimpleGrid, Slider, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { errorText } from '../../lib/errors.ts';
import { CASE_ROLES } from '../../../shared/contract/households.ts';
import { scoreFactor, type MatchingWeights } from '../../../shared/contract/matching.ts';
import { Section } from '../settings/Section.tsx';
import { useSetWeights, useWeights } from './queries.ts';

export function MatchingWeightsSection() {
  const session = useSession();
  if (!session.hasRole(...CASE_ROLES)) return null;
  return <WeightsEditor canEdit={session.hasRole('admin', 'manager')} />;
}

function WeightsEditor({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('households');
  const f = useFormat();
  const weights = useWeights();
  const save = useSetWeights();
  const [draft, setDraft] = useState<MatchingWeights | null>(null);
  useEffect(() => {
    if (weights.data) setDraft(weights.data);
  }, [weights.data]);
  const changed = !!draft && !!weights.data && JSON.stringify(draft) !== JSON.stringify(weights.data);

  return (
    <Section title={t('weights.title')} description={t('weights.description')} icon={<IconScale size={20} />} data-testid="settings-matching-weights">
      {weights.isError && <Text c="red" size="sm">{errorText(weights.error, t)}</Text>}
      {draft && (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            {scoreFactor.options.map((k) => (
              <div key={k}>
                <Group justify="space-between">
                  <Text size="sm">{t(`weights.factor.${k}`)}</Text>
                  <Text size="sm" fw={600}>{f.number(draft[k])}</Text>
                </Group>
                <Slider
                  data-testid={`weight-${k}`}
                  aria-label={t(`weights.factor.${k}`)}
                  min={0}
                  max={10}
                  step={1}
                  disabled={!canEdit}
                  value={draft[k]}
                  onChange={(v) => setDraft({ ...draft, [k]: v })}
                  label={(v) => f.number(v)}
                />
              </div>
            ))}
          </SimpleGrid>
          <NumberInput
            data-testid="weight-recent-months"
            label={t('weights.recentAidMonths')}
            description={t('weights.recentAidHint')}
            maw={280}
            min={0}
            max={120}
            allowDecimal={false}
            allowNegative={false}
            disabled={!canEdit}
            value={draft.recentAidMonths}
            onChange={(v) => setDraft({ ...draft, recentAidMonths: typeof v === 'number' ? v : 0 })}
          />
          {canEdit ? (
            <Group>
              <Button
                disabled={!changed}
                loading={save.isPending}
                data-testid="weights-save"
                onClick={() =>
                  save.mutate(draft, {
                    onSuccess: () => notifications.show({ color: 'teal', message: t('weights.saved') }),
                    onError: (err) => notifications.show({ color: 'red', message: errorText(err, t) }),
                  })
                }
              >
                {t('weights.save')}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed" data-testid="weights-readonly">{t('weights.readOnly')}</Text>
          )}
        </Stack>
      )}
    </Section>
  );
}
