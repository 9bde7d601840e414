// The household's members: relation, sex, national ID, birth date, education, occupation and
// (for roles that may see it) health.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { Household } from '../../../shared/contract/households.ts';
import { DetailSection } from '../../components/DetailSection.tsx';

export function MembersTable({ household: h }: { household: Household }) {
  const { t } = useTranslation('households');
  const f = useFormat();

  return (
    <DetailSection title={t('page.membersTitle', { n: f.number(h.members.length) })} testId="household-members">
      {h.members.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('form.noMembers')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.name')}</Table.Th>
                <Table.Th>{t('fields.relation')}</Table.Th>
                <Table.Th>{t('fields.sex')}</Table.Th>
                <Table.Th>{t('fields.nationalId')}</Table.Th>
                <Table.Th>{t('fields.birthDate')}</Table.Th>
                <Table.Th>{t('fields.education')}</Table.Th>
                <Table.Th>{t('fields.occupation')}</Table.Th>
                {h.sensitiveVisible && <Table.Th>{t('fields.health')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {h.members.map((m) => (
                <Table.Tr key={m.id} data-testid="member-row">
                  <Table.Td dir="auto">{`${m.firstName} ${m.lastName}`}</Table.Td>
                  <Table.Td>{t(`relation.${m.relation}`)}</Table.Td>
                  <Table.Td>{t(`sex.${m.sex}`)}</Table.Td>
                  <Table.Td>
                    <span className="ltr-value">{f.digits(m.nationalId)}</span>
                  </Table.Td>
                  <Table.Td>{f.date(m.birthDate)}</Table.Td>
                  <Table.Td>{m.education ? t(`education.${m.education}`) : ''}</Table.Td>
                  <Table.Td dir="auto">{m.occupation}</Table.Td>
                  {h.sensitiveVisible && <Table.Td dir="auto">{m.health}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </DetailSection>
  );
}
