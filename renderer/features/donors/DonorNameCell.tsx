// A donor's name as lists show it: organisations carry a building icon and a small badge.
import { Badge, Group, Text } from '@mantine/core';
import { IconBuildingCommunity, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DonorSummary } from '../../../shared/contract/donors.ts';

export function DonorNameCell({ donor }: { donor: Pick<DonorSummary, 'kind' | 'displayName'> }) {
  const { t } = useTranslation('donors');
  const org = donor.kind === 'organisation';
  const Icon = org ? IconBuildingCommunity : IconUser;
  return (
    <Group gap={6} wrap="nowrap">
      <Icon size={16} stroke={1.6} color={org ? 'var(--mantine-color-indigo-6)' : 'var(--mantine-color-gray-5)'} aria-hidden />
      <Text size="sm" fw={500} dir="auto" data-testid="donor-name">
        {donor.displayName}
      </Text>
      {org && (
        <Badge size="xs" variant="light" color="indigo">
          {t('kind.organisationShort')}
        </Badge>
      )}
    </Group>
  );
}
