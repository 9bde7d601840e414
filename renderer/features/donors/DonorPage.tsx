// One donor: the record in readable sections, an archived banner, and the actions.
import { Alert, Anchor, Badge, Group, Stack, Title } from '@mantine/core';
import { IconArchive, IconArrowRight, IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { useDonor } from './queries.ts';
import { DonorDetails } from './DonorDetails.tsx';
import { DonorActions } from './DonorActions.tsx';
import { RecordLoadState } from '../../components/RecordLoadState.tsx';
import { listHref } from './listParams.ts';
import { DonorTreasurySection } from '../treasury/DonorTreasurySection.tsx';

export function DonorPage() {
  const { t } = useTranslation('donors');
  const f = useFormat();
  const { id } = useParams();
  const query = useDonor(id);
  const donor = query.data;
  if (!donor) return <RecordLoadState error={query.error} onRetry={() => void query.refetch()} failedTitle={t('page.loadFailed')} backLabel={t('page.backToList')} backTo={listHref()} testId="donor-load-error" />;
  const Back = f.lang === 'fa' ? IconArrowRight : IconArrowLeft;

  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to={listHref()} size="sm" w="fit-content" data-testid="donor-back-to-list">
        <Group gap={4}>
          <Back size={14} />
          {t('page.backToList')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={2} dir="auto" data-testid="donor-title">
            {donor.displayName}
          </Title>
          <Badge variant="light" color={donor.kind === 'organisation' ? 'indigo' : 'gray'}>
            {t(`kind.${donor.kind}`)}
          </Badge>
        </Group>
        <DonorActions donor={donor} />
      </Group>
      {donor.archivedAt && (
        <Alert color="yellow" icon={<IconArchive size={18} />} title={t('page.archivedTitle')} data-testid="donor-archived-banner">
          {t('page.archivedText', { date: f.dateTime(donor.archivedAt) })}
        </Alert>
      )}
      <DonorDetails donor={donor} />
      <DonorTreasurySection donor={donor} />
    </Stack>
  );
}
