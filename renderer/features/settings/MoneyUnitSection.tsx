// Rial or toman for the whole centre (managers and administrators), with a preview of one
// amount in both units.
import { useState } from 'react';
import { Badge, Group, Paper, SegmentedControl, SimpleGrid, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCoins } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { errorText } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import type { MoneyUnit } from '../../../shared/domain/money.ts';
import { Section } from './Section.tsx';

const SAMPLE_RIALS = 12_500_000;
const UNITS: MoneyUnit[] = ['rial', 'toman'];

export function MoneyUnitSection() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const fmt = useFormat();
  const [busy, setBusy] = useState(false);
  const canEdit = session.hasRole('admin', 'manager');
  const unit = session.settings?.moneyUnit ?? 'rial';

  async function change(next: MoneyUnit) {
    setBusy(true);
    try {
      await invoke('settings.update', { moneyUnit: next });
      await session.refreshSettings();
      notifications.show({ color: 'teal', message: t('saved') });
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(err, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('money.title')} description={t('money.description')} icon={<IconCoins size={20} />} data-testid="settings-money-section">
      <SegmentedControl
        w={{ base: '100%', xs: 320 }}
        value={unit}
        onChange={(v) => void change(v === 'toman' ? 'toman' : 'rial')}
        disabled={!canEdit || busy}
        data={UNITS.map((u) => ({ value: u, label: t(`money.${u}`) }))}
        aria-label={t('money.title')}
        data-testid="settings-money-unit"
      />
      {!canEdit && (
        <Text size="sm" c="dimmed" data-testid="settings-money-readonly">
          {t('money.readOnly')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {UNITS.map((u) => (
          <Paper key={u} withBorder p="sm" radius="md" bg={u === unit ? 'var(--mantine-primary-color-light)' : undefined}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" c="dimmed">
                {t(u === 'rial' ? 'money.previewRial' : 'money.previewToman')}
              </Text>
              {u === unit && (
                <Badge size="xs" variant="light">
                  {t('money.current')}
                </Badge>
              )}
            </Group>
            <Text fw={600} size="lg" data-testid={`settings-money-preview-${u}`}>
              {fmt.moneyIn(SAMPLE_RIALS, u)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Section>
  );
}
