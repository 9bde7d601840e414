// Money spent on a project, newest first; voided ones stay listed, struck through, with their
// reason. Money roles record an expense and void one with a reason.
import { useState } from 'react';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { DetailSection } from '../../components/DetailSection.tsx';
import { PROJECT_MONEY_ROLES, type Expense, type ProjectDetail } from '../../../shared/contract/projects.ts';
import { ExpenseModal } from './ExpenseModal.tsx';
import { ReasonModal } from './ReasonModal.tsx';
import { useProjectMutation } from './queries.ts';

export function ExpensesSection({ project: p }: { project: ProjectDetail }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const money = useSession().hasRole(...PROJECT_MONEY_ROLES) && !p.archivedAt;
  const [adding, setAdding] = useState(false);
  const [voiding, setVoiding] = useState<Expense | null>(null);
  const voidExpense = useProjectMutation('projects.voidExpense');
  const list = [...p.expenses].sort((a, b) => b.date.localeCompare(a.date));

  return (
    <DetailSection
      title={t('expenses.title')}
      testId="project-expenses"
      action={
        money && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)} data-testid="expense-add">
            {t('expenses.add')}
          </Button>
        )
      }
    >
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('expenses.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('expenses.date')}</Table.Th>
                <Table.Th>{t('expenses.description')}</Table.Th>
                <Table.Th>{t('expenses.amount')}</Table.Th>
                {money && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((e) => (
                <Table.Tr key={e.id} data-testid="expense-row" data-voided={e.voidedAt ? 'true' : undefined}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(e.date)}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm" dir="auto" td={e.voidedAt ? 'line-through' : undefined}>
                        {e.description}
                      </Text>
                      {e.stage && (
                        <Badge size="xs" variant="light" style={{ textTransform: 'none' }}>
                          {t(`stage.${e.stage}`)}
                        </Badge>
                      )}
                    </Group>
                    {e.voidedAt && (
                      <Text size="xs" c="red.7" dir="auto">
                        {t('expenses.voided', { date: f.date(e.voidedAt), reason: e.voidReason ?? '' })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" td={e.voidedAt ? 'line-through' : undefined}>
                      {f.money(e.amount)}
                    </Text>
                  </Table.Td>
                  {money && (
                    <Table.Td>
                      {!e.voidedAt && (
                        <Button size="compact-xs" variant="subtle" color="red" leftSection={<IconX size={12} />} onClick={() => setVoiding(e)} data-testid="expense-void">
                          {t('expenses.void')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ExpenseModal projectId={p.id} housing={p.kind === 'housing'} opened={adding} onClose={() => setAdding(false)} />
      <ReasonModal
        opened={voiding !== null}
        title={t('expenses.voidTitle')}
        confirmLabel={t('expenses.void')}
        onClose={() => setVoiding(null)}
        onConfirm={(reason) => voidExpense.mutateAsync({ id: voiding!.id, reason })}
        testId="expense-void-dialog"
      >
        {voiding ? t('expenses.voidText', { amount: f.money(voiding.amount), date: f.date(voiding.date) }) : ''}
      </ReasonModal>
    </DetailSection>
  );
}
