// Adding or editing a funding source from outside the donors: an agency grant, a bank facility,
// a company's social-responsibility budget, a budget-law note. A bank facility is followed from
// request to approval to disbursement, so its amounts and dates show only for it.
import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { FUNDING_KINDS, type FundingKind } from '../../../shared/domain/housing.ts';
import type { FundingSource } from '../../../shared/contract/projects.ts';
import { MoneyInput } from '../treasury/MoneyInput.tsx';
import { useServerErrors } from '../treasury/useServerErrors.ts';
import { useProjectMutation } from './queries.ts';
import { emptyFundingValues, fundingToValues, fundingValidator, toFundingInput, type FundingFormValues } from './fundingValues.ts';
import { flatErrors } from './numbers.ts';

interface Props {
  projectId: string;
  /** the source being edited; null to add one; undefined when closed */
  source: FundingSource | null | undefined;
  onClose(): void;
}

export function FundingModal({ projectId, source, onClose }: Props) {
  const { t } = useTranslation('projects');
  return (
    <Modal opened={source !== undefined} onClose={onClose} size="lg" title={t(source ? 'funding.editTitle' : 'funding.addTitle')} attributes={{ content: { 'data-testid': 'funding-modal' } }}>
      {source !== undefined && <FundingForm key={source?.id ?? 'new'} projectId={projectId} source={source} onClose={onClose} />}
    </Modal>
  );
}

function FundingForm({ projectId, source, onClose }: { projectId: string; source: FundingSource | null; onClose(): void }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const add = useProjectMutation('funding.add');
  const update = useProjectMutation('funding.update');
  const server = useServerErrors<FundingFormValues>();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<FundingFormValues>({
    initialValues: source ? fundingToValues(source, unit, f.lang) : emptyFundingValues(),
    validate: fundingValidator(t, unit),
    onValuesChange: server.onValuesChange,
    enhanceGetInputProps: (payload) => server.enhance(payload),
  });
  const v = form.values;
  const bank = v.kind === 'bankFacility';
  const err = (field: string) => form.getInputProps(field).error as string | undefined;
  const date = (field: 'requestedOn' | 'approvedOn' | 'receivedOn', label: string) => (
    <JalaliDateInput data-testid={`funding-${field}`} label={label} value={v[field]} onChange={(iso) => form.setFieldValue(field, iso)} error={err(field)} />
  );

  const submit = form.onSubmit(async (values) => {
    setError(null);
    server.setErrors({});
    const fields = toFundingInput(values, unit);
    try {
      if (source) await update.mutateAsync({ id: source.id, expectedUpdatedAt: source.updatedAt, fields });
      else await add.mutateAsync({ projectId, fields });
      notifications.show({ color: 'teal', message: t(source ? 'funding.updated' : 'funding.added') });
      onClose();
    } catch (e) {
      server.setErrors(flatErrors(fieldErrors(e, t)));
      setError(e instanceof ApiError && e.payload.key === 'funding.stale' ? t('errors:funding.stale') : errorText(e, t));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            data-testid="funding-kind"
            label={t('funding.kind')}
            withAsterisk
            allowDeselect={false}
            data={FUNDING_KINDS.map((k) => ({ value: k, label: t(`fundingKind.${k}`) }))}
            value={v.kind}
            onChange={(k) => form.setFieldValue('kind', (k ?? 'other') as FundingKind)}
          />
          <TextInput data-testid="funding-name" label={t('funding.sourceName')} placeholder={t(`funding.namePlaceholder.${v.kind}`)} withAsterisk dir="auto" data-autofocus {...form.getInputProps('sourceName')} />
          {/* Each amount beside the day it came: requested, approved (banks), received. */}
          <MoneyInput data-testid="funding-committed" label={t(bank ? 'funding.requested' : 'funding.committed')} withAsterisk {...form.getInputProps('committed')} />
          {bank ? date('requestedOn', t('funding.requestedOn')) : <div />}
          {bank && <MoneyInput data-testid="funding-approved" label={t('funding.approved')} {...form.getInputProps('approved')} />}
          {bank && date('approvedOn', t('funding.approvedOn'))}
          <MoneyInput data-testid="funding-received" label={t(bank ? 'funding.disbursed' : 'funding.received')} {...form.getInputProps('received')} />
          {date('receivedOn', t(bank ? 'funding.disbursedOn' : 'funding.receivedOn'))}
        </SimpleGrid>
        {bank && (
          <Text size="xs" c="dimmed">
            {t('funding.approvedHint')}
          </Text>
        )}
        <Textarea data-testid="funding-notes" label={t('funding.notes')} autosize minRows={2} maxRows={4} dir="auto" {...form.getInputProps('notes')} />
        {error && (
          <Alert color="red" data-testid="funding-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending || update.isPending} data-testid="funding-save">
            {t('funding.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
