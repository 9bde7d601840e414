// A household's record in sections: head, place, situation (sensitive parts only when the role
// may see them), agency and consent, notes, and the record's times.
import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { Household } from '../../../shared/contract/households.ts';
import { DetailRow, DetailSection } from '../../components/DetailSection.tsx';

export function HouseholdDetails({ household: h }: { household: Household }) {
  const { t } = useTranslation('households');
  const f = useFormat();
  const ltr = (v: string | null) => (v ? <span className="ltr-value">{f.digits(v)}</span> : null);
  const money = (v: number | null) => (v === null ? null : f.money(v));

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <DetailSection title={t('form.head')} testId="household-section-head">
        <DetailRow label={t('fields.firstName')}>{h.head.firstName}</DetailRow>
        <DetailRow label={t('fields.lastName')}>{h.head.lastName}</DetailRow>
        <DetailRow label={t('fields.fatherName')}>{h.head.fatherName}</DetailRow>
        <DetailRow label={t('fields.nationalId')} testId="household-detail-national-id">
          {ltr(h.head.nationalId)}
        </DetailRow>
        <DetailRow label={t('fields.birthDate')}>{f.date(h.head.birthDate)}</DetailRow>
        <DetailRow label={t('fields.sex')}>{t(`sex.${h.head.sex}`)}</DetailRow>
        <DetailRow label={t('fields.mobile')}>{ltr(h.head.mobile)}</DetailRow>
      </DetailSection>

      <DetailSection title={t('form.place')}>
        <DetailRow label={t('fields.city')}>{h.city}</DetailRow>
        <DetailRow label={t('fields.village')}>{h.village}</DetailRow>
        <DetailRow label={t('fields.address')}>{h.address ? f.digits(h.address) : null}</DetailRow>
        <DetailRow label={t('fields.caseWorker')}>{h.caseWorkerName}</DetailRow>
      </DetailSection>

      <DetailSection title={t('form.situation')} testId="household-section-situation">
        <DetailRow label={t('fields.housingStatus')}>{t(`housing.${h.housingStatus}`)}</DetailRow>
        {h.housingStatus === 'tenant' && <DetailRow label={t('fields.monthlyRent')}>{money(h.monthlyRent)}</DetailRow>}
        {h.sensitiveVisible && (
          <>
            <DetailRow label={t('fields.monthlyIncome')} testId="household-detail-income">
              {money(h.monthlyIncome)}
            </DetailRow>
            {h.groups.includes('disability') && (
              <>
                <DetailRow label={t('fields.disabilityKind')}>{h.disabilityKind}</DetailRow>
                <DetailRow label={t('fields.disabilitySeverity')}>{h.disabilitySeverity ? t(`severity.${h.disabilitySeverity}`) : null}</DetailRow>
              </>
            )}
          </>
        )}
      </DetailSection>

      <DetailSection title={t('form.agencyAndConsent')}>
        <DetailRow label={t('fields.agency')}>{t(`agency.${h.agency}`)}</DetailRow>
        {h.agency !== 'none' && <DetailRow label={t('fields.agencyFileNo')}>{ltr(h.agencyFileNo)}</DetailRow>}
        <DetailRow label={t('fields.consentToShare')}>
          {h.consentToShare ? t('page.consentYes', { date: f.date(h.consentDate) }) : t('page.consentNo')}
        </DetailRow>
      </DetailSection>

      <DetailSection title={t('fields.notes')}>
        {h.notes ? (
          <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {h.notes}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('page.notRecorded')}
          </Text>
        )}
      </DetailSection>

      <DetailSection title={t('page.record')}>
        <DetailRow label={t('page.created')}>{f.dateTime(h.createdAt)}</DetailRow>
        <DetailRow label={t('page.updated')}>{f.dateTime(h.updatedAt)}</DetailRow>
      </DetailSection>
    </SimpleGrid>
  );
}
