// One household: its record in sections, members, needs and (case roles) the aid history.
// Volunteers see names and needs only; sensitive fields are hidden with a note saying so.
// Case roles are warned when another centre helped the same national IDs (the province bank).
import { Alert, Anchor, Badge, Group, Stack, Title } from '@mantine/core';
import { IconArchive, IconArrowLeft, IconArrowRight, IconEyeOff } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { CASE_ROLES } from '../../../shared/contract/households.ts';
import { useHousehold } from './queries.ts';
import { listHref } from './listParams.ts';
import { RecordLoadState } from '../../components/RecordLoadState.tsx';
import { HouseholdDetails } from './HouseholdDetails.tsx';
import { MembersTable } from './MembersTable.tsx';
import { NeedsSection } from './NeedsSection.tsx';
import { AidSection } from './AidSection.tsx';
import { HouseholdActions } from './HouseholdActions.tsx';
import { HelpedElsewhereAlert } from './HelpedElsewhereAlert.tsx';

export function HouseholdPage() {
  const { t } = useTranslation('households');
  const f = useFormat();
  const caseRole = useSession().hasRole(...CASE_ROLES);
  const { id } = useParams();
  const query = useHousehold(id);
  const h = query.data;
  if (!h) return <RecordLoadState error={query.error} onRetry={() => void query.refetch()} failedTitle={t('page.loadFailed')} backLabel={t('page.backToList')} backTo={listHref()} testId="household-load-error" />;
  const Back = f.lang === 'fa' ? IconArrowRight : IconArrowLeft;

  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to={listHref()} size="sm" w="fit-content" data-testid="household-back-to-list">
        <Group gap={4}>
          <Back size={14} />
          {t('page.backToList')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={2} dir="auto" data-testid="household-title">
            {h.displayName}
          </Title>
          {h.groups.map((g) => (
            <Badge key={g} variant="light" color="grape" style={{ textTransform: 'none' }}>
              {t(`group.${g}`)}
            </Badge>
          ))}
        </Group>
        {caseRole && <HouseholdActions household={h} />}
      </Group>
      {h.archivedAt && (
        <Alert color="yellow" icon={<IconArchive size={18} />} data-testid="household-archived-banner">
          {t('page.archivedText', { date: f.dateTime(h.archivedAt) })}
        </Alert>
      )}
      {!h.sensitiveVisible && (
        <Alert color="gray" variant="light" icon={<IconEyeOff size={18} />} data-testid="sensitive-hidden">
          {t('page.sensitiveHidden')}
        </Alert>
      )}
      {caseRole && <HelpedElsewhereAlert householdId={h.id} headNationalId={h.head.nationalId} />}
      <HouseholdDetails household={h} />
      <MembersTable household={h} />
      <NeedsSection household={h} />
      {caseRole && <AidSection household={h} />}
    </Stack>
  );
}
