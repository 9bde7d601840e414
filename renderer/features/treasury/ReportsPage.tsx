// Reports for the treasurer and the supervising agency, each as PDF, Excel or CSV: a donor's
// statement for a period, overdue pledges, collections grouped by month, project or method, and
// the daily cash report.
import { useState } from 'react';
import { SegmentedControl, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { MONEY_ROLES } from '../../../shared/contract/pledges.ts';
import { reportCalls } from './queries.ts';
import { ReportCard } from './ReportCard.tsx';
import { DonorPicker } from './DonorPicker.tsx';
import { PeriodInputs, periodReady, thisFiscalYear, type Period } from './PeriodInputs.tsx';

type GroupBy = 'month' | 'project' | 'method';

export function ReportsPage() {
  return useSession().hasRole(...MONEY_ROLES) ? <Reports /> : <NotAllowed roles={[...MONEY_ROLES]} />;
}

function Reports() {
  const { t } = useTranslation('treasury');
  const [donorId, setDonorId] = useState<string | null>(null);
  const [statement, setStatement] = useState<Period>(thisFiscalYear);
  const [collections, setCollections] = useState<Period>(thisFiscalYear);
  const [groupBy, setGroupBy] = useState<GroupBy>('month');
  const [asOf, setAsOf] = useState<string | null>(todayIso());
  const [cashDay, setCashDay] = useState<string | null>(todayIso());

  return (
    <Stack gap="md">
      <Title order={2}>{t('reports.title')}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ReportCard
          id="collections"
          title={t('reports.collections.title')}
          description={t('reports.collections.text')}
          ready={periodReady(collections)}
          run={(format) => reportCalls.collections({ from: collections.from!, to: collections.to!, groupBy, format })}
        >
          <PeriodInputs value={collections} onChange={setCollections} testId="report-collections" />
          <SegmentedControl
            data-testid="report-collections-group"
            aria-label={t('reports.collections.groupBy')}
            data={(['month', 'project', 'method'] as const).map((g) => ({ value: g, label: t(`reports.collections.by.${g}`) }))}
            value={groupBy}
            onChange={(g) => setGroupBy(g as GroupBy)}
          />
        </ReportCard>
        <ReportCard id="daily-cash" title={t('reports.dailyCash.title')} description={t('reports.dailyCash.text')} ready={!!cashDay} run={(format) => reportCalls.dailyCash({ date: cashDay!, format })}>
          <JalaliDateInput data-testid="report-daily-cash-date" label={t('reports.dailyCash.date')} value={cashDay} onChange={setCashDay} maxDate={todayIso()} />
        </ReportCard>
        <ReportCard
          id="donor-statement"
          title={t('reports.statement.title')}
          description={t('reports.statement.text')}
          ready={!!donorId && periodReady(statement)}
          run={(format) => reportCalls.donorStatement({ donorId: donorId!, from: statement.from!, to: statement.to!, format })}
        >
          <DonorPicker data-testid="report-statement-donor" label={t('fields.donor')} value={donorId} onChange={setDonorId} />
          <PeriodInputs value={statement} onChange={setStatement} testId="report-statement" />
        </ReportCard>
        <ReportCard id="overdue" title={t('reports.overdue.title')} description={t('reports.overdue.text')} ready={!!asOf} run={(format) => reportCalls.overduePledges({ asOf: asOf ?? undefined, format })}>
          <JalaliDateInput data-testid="report-overdue-date" label={t('reports.overdue.asOf')} value={asOf} onChange={setAsOf} />
        </ReportCard>
      </SimpleGrid>
    </Stack>
  );
}
