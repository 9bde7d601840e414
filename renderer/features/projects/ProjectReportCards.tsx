// The projects' reports for the supervising agency and donors, as PDF, Excel or CSV: every
// housing build's progress (as of a day, optionally with closed builds) and the summary of
// projects by kind and status. The treasury's ReportCard does the downloading.
import { useState } from 'react';
import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { ReportCard } from '../treasury/ReportCard.tsx';
import { projectReportCalls } from './queries.ts';

export function ProjectReportCards() {
  const { t } = useTranslation('projects');
  const [asOf, setAsOf] = useState<string | null>(todayIso());
  const [closed, setClosed] = useState(false);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ReportCard
        id="housing-progress"
        title={t('reports.housing.title')}
        description={t('reports.housing.text')}
        ready={!!asOf}
        run={(format) => projectReportCalls.housingProgress({ asOf: asOf ?? undefined, includeClosed: closed, format })}
      >
        <JalaliDateInput data-testid="report-housing-as-of" label={t('reports.housing.asOf')} value={asOf} onChange={setAsOf} />
        <Checkbox data-testid="report-housing-closed" label={t('reports.housing.includeClosed')} checked={closed} onChange={(e) => setClosed(e.currentTarget.checked)} />
      </ReportCard>
      <ReportCard id="projects-summary" title={t('reports.summary.title')} description={t('reports.summary.text')} ready run={(format) => projectReportCalls.projectsSummary({ format })} />
    </SimpleGrid>
  );
}
