// A project's equipment lots (what, how many, handed out, left, value of one). Field roles hand
// an item to a household; managers add lots; each lot opens its handovers with their receipts.
import { Fragment, useState } from 'react';
import { ActionIcon, Button, Group, Progress, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconGift, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { DetailSection } from '../../components/DetailSection.tsx';
import { FIELD_ROLES, PROJECT_ROLES, type EquipmentLot, type ProjectDetail } from '../../../shared/contract/projects.ts';
import { LotModal } from './LotModal.tsx';
import { HandoverModal } from './HandoverModal.tsx';
import { HandoverList } from './HandoverList.tsx';

export function EquipmentSection({ project: p }: { project: ProjectDetail }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const session = useSession();
  const open = !p.archivedAt;
  const manage = session.hasRole(...PROJECT_ROLES) && open;
  const field = session.hasRole(...FIELD_ROLES) && open;
  const [adding, setAdding] = useState(false);
  const [handing, setHanding] = useState<EquipmentLot | null>(null);
  const [shown, setShown] = useState<string | null>(null);

  return (
    <DetailSection
      title={t('equipment.title')}
      testId="project-equipment"
      action={
        manage && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)} data-testid="lot-add">
            {t('equipment.addLot')}
          </Button>
        )
      }
    >
      {p.equipment.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('equipment.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('equipment.kind')}</Table.Th>
                <Table.Th>{t('equipment.handed')}</Table.Th>
                <Table.Th>{t('equipment.remaining')}</Table.Th>
                <Table.Th>{t('equipment.unitValue')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.equipment.map((lot) => (
                <Fragment key={lot.id}>
                  <Table.Tr data-testid="lot-row">
                    <Table.Td>
                      <Text size="sm" fw={600} dir="auto">
                        {lot.kind}
                      </Text>
                      {lot.notes && (
                        <Text size="xs" c="dimmed" dir="auto">
                          {lot.notes}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td miw={140}>
                      <Text size="xs">{t('equipment.handedOf', { handed: f.number(lot.handed), count: f.number(lot.count) })}</Text>
                      <Progress value={lot.count > 0 ? (lot.handed / lot.count) * 100 : 0} size="sm" aria-hidden />
                    </Table.Td>
                    <Table.Td>{f.number(lot.remaining)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.money(lot.unitValue)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        {field && (
                          <Button size="compact-xs" leftSection={<IconGift size={12} />} disabled={lot.remaining <= 0} onClick={() => setHanding(lot)} data-testid="lot-handover">
                            {t('equipment.handOver')}
                          </Button>
                        )}
                        <ActionIcon
                          variant="subtle"
                          onClick={() => setShown(shown === lot.id ? null : lot.id)}
                          aria-label={t('equipment.handovers')}
                          aria-expanded={shown === lot.id}
                          data-testid="lot-toggle"
                        >
                          {shown === lot.id ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />}
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  {shown === lot.id && (
                    <Table.Tr>
                      <Table.Td colSpan={5} bg="var(--mantine-color-gray-0)">
                        <HandoverList lotId={lot.id} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LotModal projectId={p.id} opened={adding} onClose={() => setAdding(false)} />
      <HandoverModal lot={handing} onClose={() => setHanding(null)} />
    </DetailSection>
  );
}
