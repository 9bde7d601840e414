// Recording money spent on a project: the day (not after today), the amount, what it was for,
// and for a housing build optionally the stage it went to (the stage's actual cost adds it up).
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { HOUSING_STAGES, type HousingStage } from '../../../shared/domain/housing.ts';
import { MoneyInput } from '../treasury/MoneyInput.tsx';
import { useProjectMutation } from './queries.ts';
import { readAmount } from './numbers.ts';

interface Values {
  date: string | null;
  amount: string;
  description: string;
  stage: HousingStage | null;
}

export function ExpenseModal({ projectId, housing, opened, onClose }: { projectId: string; housing: boolean; opened: boolean; onClose(): void }) {
  const { t } = useTranslation('projects');
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const record = useProjectMutation('projects.recordExpense');
  const form = useForm<Values>({
    initialValues: { date: todayIso(), amount: '', description: '', stage: null },
    validate: {
      date: (d) => (d ? null : t('errors:v.required')),
      amount: (a) => {
        const key = readAmount(a, unit).errorKey;
        return key ? t(`errors:${key}`) : null;
      },
      description: (d) => (d.trim() ? null : t('errors:v.required')),
    },
  });
  const close = () => {
    form.reset();
    record.reset();
    onClose();
  };
  const submit = form.onSubmit((v) =>
    record.mutate(
      { projectId, date: v.date!, amount: readAmount(v.amount, unit).rials!, description: v.description, stage: housing ? v.stage : null },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('expenses.recorded') });
          close();
        },
        onError: (err) => form.setErrors(fieldErrors(err, t)),
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={close} title={t('expenses.addTitle')} attributes={{ content: { 'data-testid': 'expense-modal' } }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <JalaliDateInput data-testid="expense-date" label={t('expenses.date')} required maxDate={todayIso()} value={form.values.date} onChange={(d) => form.setFieldValue('date', d)} error={form.errors.date as string | undefined} />
            <MoneyInput data-testid="expense-amount" label={t('expenses.amount')} withAsterisk data-autofocus {...form.getInputProps('amount')} />
          </SimpleGrid>
          <TextInput data-testid="expense-description" label={t('expenses.description')} withAsterisk dir="auto" {...form.getInputProps('description')} />
          {housing && (
            <Select
              data-testid="expense-stage"
              label={t('expenses.stage')}
              placeholder={t('expenses.noStage')}
              clearable
              data={HOUSING_STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
              value={form.values.stage}
              onChange={(s) => form.setFieldValue('stage', s as HousingStage | null)}
            />
          )}
          {record.error && !Object.keys(form.errors).length && <Alert color="red">{errorText(record.error, t)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="expense-save">
              {t('expenses.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
