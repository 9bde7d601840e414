// Case roles: a warning when this household (its head's or a member's national ID) was helped by
// another centre: where, when and what, newest first. "Marker" lines come from a centre that
// shares only a keyed hash of the ID, so nothing else is known about the family there.
import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { isolate } from '../../lib/bidi.ts';
import { errorText } from '../../lib/errors.ts';
import { useHelpedElsewhere } from '../exchange/queries.ts';

const SHOWN = 8;

export function HelpedElsewhereAlert({ householdId, headNationalId }: { householdId: string; headNationalId: string }) {
  const { t } = useTranslation('exchange');
  const f = useFormat();
  const query = useHelpedElsewhere(householdId, true);
  if (query.isError) {
    return (
      <Text size="xs" c="red" data-testid="helped-elsewhere-error">
        {t('elsewhere.failed', { reason: errorText(query.error, t) })}
      </Text>
    );
  }
  const list = [...(query.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  if (list.length === 0) return null;
  const centres = [...new Set(list.map((a) => a.ownerName))];

  return (
    <Alert color="orange" icon={<IconAlertTriangle size={20} />} title={t('elsewhere.title', { centres: centres.map(isolate).join(t('elsewhere.and')) })} data-testid="helped-elsewhere">
      <List size="sm" spacing={4}>
        {list.slice(0, SHOWN).map((a, i) => (
          <List.Item key={i} data-testid="helped-elsewhere-row">
            {t('elsewhere.line', {
              centre: isolate(a.ownerName),
              date: f.date(a.date),
              kind: t(`households:aidKind.${a.kind}`),
              value: a.value > 0 ? f.money(a.value) : t('elsewhere.noValue'),
            })}
            {a.nationalId !== headNationalId && <Text span size="xs" c="dimmed">{' '}{t('elsewhere.member', { id: isolate(f.digits(a.nationalId)) })}</Text>}
            {a.via === 'marker' && <Text span size="xs" c="dimmed">{' '}{t('elsewhere.viaMarker')}</Text>}
          </List.Item>
        ))}
      </List>
      {list.length > SHOWN && (
        <Text size="xs" mt={4}>
          {t('elsewhere.more', { n: f.number(list.length - SHOWN) })}
        </Text>
      )}
      <Text size="xs" mt="xs">
        {t('elsewhere.advice')}
      </Text>
    </Alert>
  );
}
