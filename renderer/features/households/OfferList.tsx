// The offers of help, each with how many are left; choosing one ranks households for it.
import { Badge, Group, Paper, Progress, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { Offer } from '../../../shared/contract/aid.ts';

export function OfferList({ offers, selected, onSelect }: { offers: Offer[]; selected: string | null; onSelect(id: string): void }) {
  const { t } = useTranslation('households');
  const f = useFormat();
  if (offers.length === 0) return <Text size="sm" c="dimmed">{t('offers.none')}</Text>;

  return (
    <Stack gap="xs" role="listbox" aria-label={t('offers.listTitle')}>
      {offers.map((o) => {
        const active = o.id === selected;
        return (
          <UnstyledButton key={o.id} onClick={() => onSelect(o.id)} data-testid="offer-row" role="option" aria-selected={active}>
            <Paper withBorder p="sm" radius="md" bg={active ? 'var(--mantine-primary-color-light)' : undefined} style={{ borderColor: active ? 'var(--mantine-primary-color-filled)' : undefined }}>
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm" dir="auto">{o.title}</Text>
                {o.remaining === 0 ? (
                  <Badge color="gray" size="sm" data-testid="offer-used-up">{t('offers.usedUp')}</Badge>
                ) : (
                  <Badge variant="light" size="sm" data-testid="offer-remaining">{t('offers.remaining', { n: f.number(o.remaining), of: f.number(o.quantity) })}</Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {t(`aidKind.${o.kind}`)} · {t(`needKind.${o.needKind}`)}
                {o.equipmentKind ? ` (${o.equipmentKind})` : ''} · {f.money(o.unitValue)}
                {o.city ? ` · ${o.city}` : ''}
              </Text>
              <Progress mt={6} size="xs" value={o.quantity ? (o.allocated / o.quantity) * 100 : 0} aria-hidden />
            </Paper>
          </UnstyledButton>
        );
      })}
    </Stack>
  );
}
