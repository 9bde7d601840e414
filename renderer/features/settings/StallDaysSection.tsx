// Settings: how many days a stage of a housing build may run past its planned end before the
// build shows as stalled (on the list, the board and the build's page). Managers and
// administrators change it; other roles see it read-only.
import { useEffect, useState } from 'react';
import { Button, Group, NumberInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClockPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { PROJECT_ROLES } from '../../../shared/contract/projects.ts';
import { useProjectSettings, useSetProjectSettings } from '../projects/queries.ts';
import { Section } from './Section.tsx';

export function StallDaysSection() {
  const { t } = useTranslation('projects');
  const canEdit = useSession().hasRole(...PROJECT_ROLES);
  const settings = useProjectSettings();
  const save = useSetProjectSettings();
  const [days, setDays] = useState<number | string>('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (settings.data) setDays(settings.data.stallDays);
  }, [settings.data]);
  const changed = settings.data !== undefined && days !== settings.data.stallDays;

  function submit() {
    setError(null);
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 365) return setError(t('errors:v.project.stallDays'));
    save.mutate(
      { stallDays: days },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('settings.saved') }),
        onError: (err) => setError(fieldErrors(err, t).stallDays ?? errorText(err, t)),
      },
    );
  }

  return (
    <Section title={t('settings.title')} description={t('settings.description')} icon={<IconClockPause size={20} />} data-testid="settings-stall-days">
      {settings.isError && <Text c="red" size="sm">{errorText(settings.error, t)}</Text>}
      <Group align="flex-end" gap="sm">
        <NumberInput
          data-testid="stall-days"
          label={t('settings.days')}
          w={200}
          min={1}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          disabled={!canEdit || !settings.data}
          value={days}
          onChange={(v) => {
            setDays(v);
            setError(null);
          }}
          suffix={` ${t('settings.daysUnit')}`}
          error={error}
        />
        {canEdit && (
          <Button disabled={!changed} loading={save.isPending} onClick={submit} data-testid="stall-days-save">
            {t('settings.save')}
          </Button>
        )}
      </Group>
      {!canEdit && (
        <Text size="sm" c="dimmed">
          {t('settings.readOnly')}
        </Text>
      )}
    </Section>
  );
}
