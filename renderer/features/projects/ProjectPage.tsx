// One project: header with its actions, its money, then the sections its kind calls for
// (housing stages, employment, equipment), funding, expenses and attachments. Every role reads
// it; each section offers changes only to the roles that may make them.
import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { IconArchive, IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { RecordLoadState } from '../../components/RecordLoadState.tsx';
import { useProject } from './queries.ts';
import { listHref } from './listParams.ts';
import { ProjectHeader } from './ProjectHeader.tsx';
import { MoneyFigures } from './MoneyFigures.tsx';
import { HousingSection } from './HousingSection.tsx';
import { EmploymentSection } from './EmploymentSection.tsx';
import { EquipmentSection } from './EquipmentSection.tsx';
import { FundingSection } from './FundingSection.tsx';
import { ExpensesSection } from './ExpensesSection.tsx';
import { AttachmentsSection } from './AttachmentsSection.tsx';

export function ProjectPage() {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const { id } = useParams();
  const query = useProject(id);
  const p = query.data;
  if (!p) return <RecordLoadState error={query.error} onRetry={() => void query.refetch()} failedTitle={t('page.loadFailed')} backLabel={t('page.backToList')} backTo={listHref()} testId="project-load-error" />;
  const Back = f.lang === 'fa' ? IconArrowRight : IconArrowLeft;

  return (
    <Stack gap="md" maw={1200} data-testid="project-page">
      <Anchor component={Link} to={listHref()} size="sm" w="fit-content" data-testid="project-back-to-list">
        <Group gap={4}>
          <Back size={14} />
          {t('page.backToList')}
        </Group>
      </Anchor>
      <ProjectHeader project={p} />
      {p.archivedAt && (
        <Alert color="yellow" icon={<IconArchive size={18} />} data-testid="project-archived-banner">
          {t('page.archivedText', { date: f.dateTime(p.archivedAt) })}
        </Alert>
      )}
      <MoneyFigures money={p.money} title={t('money.title')} testId="project-money" />
      {p.housing && <HousingSection project={p} housing={p.housing} />}
      {p.employment && <EmploymentSection project={p} employment={p.employment} />}
      {(p.kind === 'equipment' || p.kind === 'employment' || p.equipment.length > 0) && <EquipmentSection project={p} />}
      <FundingSection project={p} />
      <ExpensesSection project={p} />
      <AttachmentsSection project={p} />
    </Stack>
  );
}
