// Where a project's money comes from: the donors' pledges, then the other sources (grants, bank
// facilities with how long the bank has kept them waiting, companies, budget notes). Money roles
// add, edit and remove (with a reason) sources.
import { useState } from 'react';
import { ActionIcon, Badge, Button, Divider, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { isolate } from '../../lib/bidi.ts';
import { DetailSection } from '../../components/DetailSection.tsx';
import { PROJECT_MONEY_ROLES, type FundingSource, type ProjectDetail } from '../../../shared/contract/projects.ts';
import { DonorPledges } from './DonorPledges.tsx';
import { FundingModal } from './FundingModal.tsx';
import { ReasonModal } from './ReasonModal.tsx';
import { useProjectMutation } from './queries.ts';

export function FundingSection({ project: p }: { project: ProjectDetail }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const money = useSession().hasRole(...PROJECT_MONEY_ROLES) && !p.archivedAt;
  const [editing, setEditing] = useState<FundingSource | null | undefined>(undefined);
  const [removing, setRemoving] = useState<FundingSource | null>(null);
  const remove = useProjectMutation('funding.remove');
  const dates = (s: FundingSource) =>
    [s.requestedOn && t('funding.requestedShort', { date: f.date(s.requestedOn) }), s.approvedOn && t('funding.approvedShort', { date: f.date(s.approvedOn) }), s.receivedOn && t('funding.receivedShort', { date: f.date(s.receivedOn) })]
      .filter(Boolean)
      .join(' · ');

  return (
    <DetailSection title={t('funding.title')} testId="project-funding">
      <DonorPledges project={p} />
      <Divider my="xs" />
      <Group justify="space-between">
        <Title order={5}>{t('funding.sources')}</Title>
        {money && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing(null)} data-testid="funding-add">
            {t('funding.add')}
          </Button>
        )}
      </Group>
      {p.funding.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('funding.noSources')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('funding.source')}</Table.Th>
                <Table.Th>{t('funding.committed')}</Table.Th>
                <Table.Th>{t('funding.approved')}</Table.Th>
                <Table.Th>{t('funding.received')}</Table.Th>
                <Table.Th>{t('funding.dates')}</Table.Th>
                {money && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.funding.map((s) => (
                <Table.Tr key={s.id} data-testid="funding-row" data-kind={s.kind}>
                  <Table.Td>
                    <Text size="sm" fw={600} dir="auto">
                      {s.sourceName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`fundingKind.${s.kind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.money(s.committed)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {s.kind !== 'bankFacility' ? '—' : s.approved === null ? <Badge color="orange" variant="light">{t('funding.notApproved')}</Badge> : f.money(s.approved)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.money(s.received)}</Table.Td>
                  <Table.Td>
                    <Text size="xs">{dates(s) || '—'}</Text>
                    {s.waitingDays !== null && (
                      <Text size="xs" c={s.approved === null ? 'orange.8' : 'dimmed'} data-testid="funding-waiting">
                        {t(s.approved === null ? 'funding.waitingSince' : 'funding.waitedFor', { n: f.number(s.waitingDays) })}
                      </Text>
                    )}
                  </Table.Td>
                  {money && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon variant="subtle" onClick={() => setEditing(s)} aria-label={t('funding.editTitle')} data-testid="funding-edit">
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon variant="subtle" color="red" onClick={() => setRemoving(s)} aria-label={t('funding.remove')} data-testid="funding-remove">
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <FundingModal projectId={p.id} source={editing} onClose={() => setEditing(undefined)} />
      <ReasonModal
        opened={removing !== null}
        title={t('funding.removeTitle', { name: isolate(removing?.sourceName ?? '') })}
        confirmLabel={t('funding.remove')}
        onClose={() => setRemoving(null)}
        onConfirm={(reason) => remove.mutateAsync({ id: removing!.id, reason })}
        testId="funding-remove-dialog"
      >
        {t('funding.removeText')}
      </ReasonModal>
    </DetailSection>
  );
}
