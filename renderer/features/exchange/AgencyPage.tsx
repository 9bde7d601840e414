// /agency (managers and administrators): the report to the supervising agency for a Jalali
// month, quarter or year: the figures on screen, and the report as PDF (A4, signature lines),
// Excel or CSV. A province office also gets the province report: every centre's row and the
// total, from the centres' report files it imported.
import { useState } from 'react';
import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { ListLoadState } from '../../components/ListLoadState.tsx';
import { useFormat } from '../../lib/format.ts';
import { EXCHANGE_ROLES } from '../../../shared/contract/agency.ts';
import type { AgencyPeriod } from '../../../shared/domain/agencyReport.ts';
import { ReportCard } from '../treasury/ReportCard.tsx';
import { exchangeCalls, useAgencyFigures, useExchangeSettings } from './queries.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import { AgencyFigures } from './AgencyFigures.tsx';
import { currentPeriod, periodLabel } from './period.ts';

export function AgencyPage() {
  return useSession().hasRole(...EXCHANGE_ROLES) ? <Agency /> : <NotAllowed roles={[...EXCHANGE_ROLES]} />;
}

function Agency() {
  const { t } = useTranslation('exchange');
  const f = useFormat();
  const [period, setPeriod] = useState<AgencyPeriod>(() => currentPeriod('month'));
  const figures = useAgencyFigures(period);
  const office = useExchangeSettings().data?.provinceOffice ?? false;
  const label = periodLabel(period, t, f.lang, f.digits);

  return (
    <Stack gap="md" maw={1100} data-testid="agency-page">
      <div>
        <Title order={2}>{t('agency.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('agency.subtitle')}
        </Text>
      </div>
      <Paper withBorder p="md" radius="md">
        <PeriodPicker value={period} onChange={setPeriod} testId="agency-period" />
      </Paper>
      <SimpleGrid cols={{ base: 1, md: office ? 2 : 1 }} spacing="md">
        <ReportCard id="agency" title={t('agency.reportTitle', { period: label })} description={t('agency.reportText')} ready run={(format) => exchangeCalls.agencyReport({ period, format })} />
        {office && (
          <ReportCard
            id="province"
            title={t('agency.provinceTitle', { period: label })}
            description={t('agency.provinceText')}
            ready
            run={(format) => exchangeCalls.provinceReport({ period, format })}
          />
        )}
      </SimpleGrid>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={4} data-testid="agency-period-title">
            {label}
          </Title>
          {figures.data && (
            <Text size="sm" c="dimmed" data-testid="agency-range">
              {t('agency.range', { from: f.date(figures.data.from), to: f.date(figures.data.to) })}
            </Text>
          )}
        </Group>
        <ListLoadState error={figures.error} pending={figures.isPending} onRetry={() => void figures.refetch()} failedTitle={t('agency.loadFailed')} />
        {figures.data && <AgencyFigures figures={figures.data.figures} dimmed={figures.isPlaceholderData} />}
        {figures.data && figures.data.figures.every((x) => x.value === 0) && (
          <Alert color="gray" variant="light" mt="sm">
            {t('agency.allZero')}
          </Alert>
        )}
      </Paper>
    </Stack>
  );
}
