// Editing one stage of a build: planned and actual dates, the estimate, progress and what it
// waits for; optionally a photo of it. Finishing a stage while an earlier one is not done is
// refused by the main process (CONFLICT housing.outOfOrder): the dialog then asks whether it
// really finished first and, if so, sends it again with confirmOutOfOrder.
import { useState } from 'react';
import { Alert, Button, FileInput, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput, useDirection } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPhoto } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { WAITING_FOR, STAGE_WEIGHTS, type WaitingFor } from '../../../shared/domain/housing.ts';
import type { Stage } from '../../../shared/contract/projects.ts';
import { MoneyInput } from '../treasury/MoneyInput.tsx';
import { useProjectMutation } from './queries.ts';
import { stageToValues, stageValidator, toStageInput, type StageFormValues } from './stageValues.ts';
import { flatErrors } from './numbers.ts';
import { ACCEPT, attachmentInput, fileProblem } from './upload.ts';
import { useStageText } from './useStageText.ts';

export function StageModal({ projectId, stage, onClose }: { projectId: string; stage: Stage | null; onClose(): void }) {
  const { t } = useTranslation('projects');
  return (
    <Modal opened={stage !== null} onClose={onClose} size="lg" title={stage ? t('stages.editTitle', { stage: t(`stage.${stage.stage}`) }) : ''} attributes={{ content: { 'data-testid': 'stage-modal' } }}>
      {stage && <StageForm key={stage.stage} projectId={projectId} stage={stage} onClose={onClose} />}
    </Modal>
  );
}

function StageForm({ projectId, stage, onClose }: { projectId: string; stage: Stage; onClose(): void }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const st = useStageText();
  const { dir } = useDirection();
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const update = useProjectMutation('housing.updateStage');
  const upload = useProjectMutation('attachments.add');
  const [photo, setPhoto] = useState<File | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [outOfOrder, setOutOfOrder] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<StageFormValues>({ initialValues: stageToValues(stage, unit, f.lang, f.number), validate: stageValidator(t, unit) });
  const v = form.values;
  const err = (field: string) => form.getInputProps(field).error as string | undefined;
  const busy = update.isPending || upload.isPending;

  async function save(values: StageFormValues, confirmOutOfOrder: boolean) {
    setError(null);
    try {
      await update.mutateAsync({ projectId, stage: stage.stage, fields: toStageInput(values, unit), confirmOutOfOrder });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT' && e.payload.key === 'housing.outOfOrder') return setOutOfOrder(st.message(e));
      form.setErrors(flatErrors(fieldErrors(e, t)));
      return setError(errorText(e, t));
    }
    // The stage is saved; a photo that then fails is told, the dialog stays for another try.
    if (photo) {
      try {
        await upload.mutateAsync(await attachmentInput(photo, { projectId, stage: stage.stage, caption: '' }));
      } catch (e) {
        return setError(t('stages.photoFailed', { reason: errorText(e, t) }));
      }
    }
    notifications.show({ color: 'teal', message: t('stages.saved', { stage: t(`stage.${stage.stage}`) }) });
    onClose();
  }

  const submit = form.onSubmit((values) => void save(values, false));
  const pickPhoto = (file: File | null) => {
    const problem = file ? fileProblem(file) : null;
    setPhotoError(problem ? t(`errors:${problem}`) : null);
    setPhoto(problem ? null : file);
  };
  const numeric = { dir: 'ltr', inputMode: 'numeric', autoComplete: 'off', styles: { input: { textAlign: dir === 'rtl' ? 'right' : 'left' } } } as const;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <JalaliDateInput data-testid="stage-planned-start" label={t('stages.plannedStart')} value={v.plannedStart} onChange={(iso) => form.setFieldValue('plannedStart', iso)} error={err('plannedStart')} />
          <JalaliDateInput data-testid="stage-planned-end" label={t('stages.plannedEnd')} value={v.plannedEnd} onChange={(iso) => form.setFieldValue('plannedEnd', iso)} error={err('plannedEnd')} />
          <JalaliDateInput data-testid="stage-actual-start" label={t('stages.actualStart')} maxDate={todayIso()} value={v.actualStart} onChange={(iso) => form.setFieldValue('actualStart', iso)} error={err('actualStart')} />
          <JalaliDateInput data-testid="stage-actual-end" label={t('stages.actualEnd')} maxDate={todayIso()} value={v.actualEnd} onChange={(iso) => form.setFieldValue('actualEnd', iso)} error={err('actualEnd')} />
          <MoneyInput data-testid="stage-estimate" label={t('stages.estimate')} {...form.getInputProps('estimatedCost')} />
          <TextInput
            data-testid="stage-percent"
            label={t('stages.percent', { weight: f.number(STAGE_WEIGHTS[stage.stage]) })}
            disabled={!!v.actualEnd}
            rightSection={t('percentSign')}
            {...numeric}
            {...form.getInputProps('percent')}
            value={v.actualEnd ? f.digits(100) : v.percent}
          />
          <Select
            data-testid="stage-waiting"
            label={t('stages.waitingFor')}
            placeholder={t('stages.waitingNothing')}
            clearable
            disabled={!!v.actualEnd}
            data={WAITING_FOR.map((w) => ({ value: w, label: t(`waitingFor.${w}`) }))}
            value={v.actualEnd ? null : v.waitingFor}
            onChange={(w) => form.setFieldValue('waitingFor', w as WaitingFor | null)}
          />
          <FileInput
            data-testid="stage-photo"
            label={t('stages.photo')}
            placeholder={t('attachments.choose')}
            accept={ACCEPT}
            clearable
            leftSection={<IconPhoto size={16} />}
            value={photo}
            onChange={pickPhoto}
            error={photoError}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('stages.actualEndHint')}
        </Text>
        <Textarea data-testid="stage-notes" label={t('stages.notes')} autosize minRows={2} maxRows={5} dir="auto" {...form.getInputProps('notes')} />
        {outOfOrder && (
          <Alert color="orange" title={t('stages.outOfOrderTitle')} data-testid="stage-out-of-order">
            <Stack gap="xs">
              <span>{outOfOrder}</span>
              <Group>
                <Button size="xs" color="orange" loading={busy} onClick={() => void save(form.getValues(), true)} data-testid="stage-confirm-out-of-order">
                  {t('stages.confirmOutOfOrder')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setOutOfOrder(null)}>
                  {t('form.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {error && (
          <Alert color="red" data-testid="stage-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={!!outOfOrder} data-testid="stage-save">
            {t('stages.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
