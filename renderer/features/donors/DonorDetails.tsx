// A donor's record in readable sections: identity, contact, address, how they heard of the
// centre, tags, notes, and when the record was made and last changed.
import { Badge, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { Donor } from '../../../shared/contract/donors.ts';
import { DetailRow, DetailSection } from '../../components/DetailSection.tsx';

export function DonorDetails({ donor: d }: { donor: Donor }) {
  const { t } = useTranslation('donors');
  const f = useFormat();
  const person = d.kind === 'person';
  const ltr = (v: string | null) => (v ? <span className="ltr-value">{f.digits(v)}</span> : null);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <DetailSection title={t('page.identity')} testId="donor-section-identity">
        <DetailRow label={t('fields.kind')}>{t(`kind.${d.kind}`)}</DetailRow>
        {person ? (
          <>
            <DetailRow label={t('fields.firstName')}>{d.firstName}</DetailRow>
            <DetailRow label={t('fields.lastName')}>{d.lastName}</DetailRow>
          </>
        ) : (
          <DetailRow label={t('fields.orgName')}>{d.orgName}</DetailRow>
        )}
        <DetailRow label={t(person ? 'fields.nationalId' : 'fields.legalId')} testId="donor-detail-national-id">
          {ltr(d.nationalId)}
        </DetailRow>
      </DetailSection>

      <DetailSection title={t('page.contact')} testId="donor-section-contact">
        <DetailRow label={t('fields.mobile')} testId="donor-detail-mobile">
          {ltr(d.mobile)}
        </DetailRow>
        <DetailRow label={t('fields.phone')}>{ltr(d.phone)}</DetailRow>
        <DetailRow label={t('fields.email')}>{d.email ? <span className="ltr-value">{d.email}</span> : null}</DetailRow>
        <DetailRow label={t('fields.preferredContact')}>{d.preferredContact ? t(`contact.${d.preferredContact}`) : null}</DetailRow>
      </DetailSection>

      <DetailSection title={t('page.address')}>
        <DetailRow label={t('fields.city')}>{d.city}</DetailRow>
        <DetailRow label={t('fields.address')}>{d.address ? f.digits(d.address) : null}</DetailRow>
      </DetailSection>

      <DetailSection title={t('page.referralAndTags')}>
        <DetailRow label={t('fields.referral')}>{d.referral ? t(`referral.${d.referral}`) : null}</DetailRow>
        <DetailRow label={t('fields.tags')}>
          {d.tags.length > 0 ? (
            <Group gap={4}>
              {d.tags.map((tag) => (
                <Badge key={tag} dir="auto" variant="light" color="teal" style={{ textTransform: 'none' }}>
                  {tag}
                </Badge>
              ))}
            </Group>
          ) : null}
        </DetailRow>
      </DetailSection>

      <DetailSection title={t('fields.notes')}>
        {d.notes ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="donor-detail-notes">
            {d.notes}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('page.noNotes')}
          </Text>
        )}
      </DetailSection>

      <DetailSection title={t('page.record')}>
        <DetailRow label={t('page.created')}>{f.dateTime(d.createdAt)}</DetailRow>
        <DetailRow label={t('page.updated')}>{f.dateTime(d.updatedAt)}</DetailRow>
        {d.archivedAt && <DetailRow label={t('page.archivedAt')}>{f.dateTime(d.archivedAt)}</DetailRow>}
      </DetailSection>
    </SimpleGrid>
  );
}
