// A new pledge: the donor, the purpose, the kind (one-off, monthly, installments), the amount in
// the centre's unit, the Jalali start date and the count; a sentence sums it up. Ctrl+Enter saves.
import { Alert, Button, Checkbox, Fieldset, Group, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput, useDirection } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { pledgeKind, type PledgeKind } from '../../../shared/contract/pledges.ts';
import { DonorPicker } from './DonorPicker.tsx';
import { ProjectPicker } from './ProjectPicker.tsx';
import { MoneyInput } from './MoneyInput.tsx';
import { PledgeSummary } from './PledgeSummary.tsx';
import { usePledgeForm } from './usePledgeForm.ts';
import { SaveableForm } from '../../components/SaveableForm.tsx';

export function PledgeForm({ donorId, projectId = null }: { donorId: string | null; projectId?: string | null }) {
  const { t } = useTranslation('treasury');
  const { dir } = useDirection();
  const navigate = useNavigate();
  const { form, save, saving, error } = usePledgeForm(donorId, projectId);
  const submit = form.onSubmit((values) => save(values));
  const v = form.values;
  const count = { dir: 'ltr', inputMode: 'numeric', maw: 200, autoComplete: 'off', styles: { input: { textAlign: dir === 'rtl' ? 'right' : 'left' } } } as const;
  const err = (field: string) => form.getInputProps(field).error as string | undefined;
  const canGoBack = ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;

  return (
    <SaveableForm onSubmit={submit}>
      <Stack gap="lg" maw={860}>
        <Fieldset legend={t('pledge.who')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DonorPicker data-testid="pledge-donor" label={t('fields.donor')} required autoFocus={!donorId} value={v.donorId} onChange={(id) => form.setFieldValue('donorId', id)} error={err('donorId')} />
            <ProjectPicker data-testid="pledge-project" label={t('fields.purpose')} value={v.projectId} onChange={(id) => form.setFieldValue('projectId', id)} error={err('projectId')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('pledge.what')}>
          <Stack gap="sm">
            <SegmentedControl
              data-testid="pledge-kind"
              aria-label={t('fields.kind')}
              w="fit-content"
              data={pledgeKind.options.map((k) => ({ value: k, label: <span data-testid={`pledge-kind-${k}`}>{t(`kind.${k}`)}</span> }))}
              value={v.kind}
              onChange={(k) => form.setFieldValue('kind', k as PledgeKind)}
            />
            <Text size="xs" c="dimmed">
              {t(`kindHint.${v.kind}`)}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <MoneyInput data-testid="pledge-amount" label={t(`amountLabel.${v.kind}`)} withAsterisk autoFocus={!!donorId} {...form.getInputProps('amount')} />
              <JalaliDateInput
                data-testid="pledge-start"
                label={t(v.kind === 'oneOff' ? 'fields.dueDate' : 'fields.startDate')}
                required
                value={v.startDate}
                onChange={(iso) => form.setFieldValue('startDate', iso)}
                error={err('startDate')}
              />
            </SimpleGrid>
            {v.kind === 'monthly' && (
              <Group align="flex-start" gap="lg">
                <TextInput data-testid="pledge-months" label={t('fields.months')} disabled={v.openEnded} withAsterisk={!v.openEnded} {...count} {...form.getInputProps('months')} />
                <Checkbox
                  data-testid="pledge-open-ended"
                  mt={30}
                  label={t('fields.openEnded')}
                  checked={v.openEnded}
                  onChange={(e) => {
                    form.setFieldValue('openEnded', e.currentTarget.checked);
                    form.clearFieldError('months');
                  }}
                />
              </Group>
            )}
            {v.kind === 'installments' && <TextInput data-testid="pledge-installments" label={t('fields.installments')} withAsterisk {...count} {...form.getInputProps('installments')} />}
            <PledgeSummary values={v} />
            <Textarea data-testid="pledge-notes" label={t('fields.notes')} autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
          </Stack>
        </Fieldset>
        {error && (
          <Alert color="red" data-testid="pledge-form-error">
            {error}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} />} data-testid="pledge-save">
            {t('pledge.save')}
          </Button>
          <Button variant="default" onClick={() => void (canGoBack ? navigate(-1) : navigate('/pledges'))} data-testid="pledge-cancel-form">
            {t('actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </SaveableForm>
  );
}
