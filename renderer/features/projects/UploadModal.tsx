// Adding a photo or a PDF to a project, optionally to one stage of a build, with a caption.
// The file's type and size are checked as soon as it is picked.
import { useState } from 'react';
import { Alert, Button, FileInput, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors.ts';
import { HOUSING_STAGES, type HousingStage } from '../../../shared/domain/housing.ts';
import { useProjectMutation } from './queries.ts';
import { ACCEPT, attachmentInput, fileProblem } from './upload.ts';

interface Props {
  projectId: string;
  /** housing builds may attach a file to one stage */
  housing: boolean;
  opened: boolean;
  onClose(): void;
}

export function UploadModal({ projectId, housing, opened, onClose }: Props) {
  const { t } = useTranslation('projects');
  const add = useProjectMutation('attachments.add');
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<HousingStage | null>(null);
  const [caption, setCaption] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setFile(null);
    setStage(null);
    setCaption('');
    setProblem(null);
    setError(null);
    onClose();
  };
  const pick = (f: File | null) => {
    const p = f ? fileProblem(f) : null;
    setProblem(p ? t(`errors:${p}`) : null);
    setFile(p ? null : f);
  };
  async function save() {
    if (!file) return setProblem(t('attachments.required'));
    setError(null);
    try {
      await add.mutateAsync(await attachmentInput(file, { projectId, stage, caption }));
      notifications.show({ color: 'teal', message: t('attachments.added') });
      close();
    } catch (e) {
      setError(errorText(e, t));
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('attachments.addTitle')} attributes={{ content: { 'data-testid': 'upload-modal' } }}>
      <Stack gap="sm">
        <FileInput
          data-testid="upload-file"
          label={t('attachments.file')}
          description={t('attachments.fileHint')}
          placeholder={t('attachments.choose')}
          withAsterisk
          accept={ACCEPT}
          clearable
          leftSection={<IconPaperclip size={16} />}
          value={file}
          onChange={pick}
          error={problem}
        />
        {housing && (
          <Select
            data-testid="upload-stage"
            label={t('attachments.stage')}
            placeholder={t('attachments.wholeProject')}
            clearable
            data={HOUSING_STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
            value={stage}
            onChange={(s) => setStage(s as HousingStage | null)}
          />
        )}
        <TextInput data-testid="upload-caption" label={t('attachments.caption')} dir="auto" maxLength={200} value={caption} onChange={(e) => setCaption(e.currentTarget.value)} />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={add.isPending}>
            {t('form.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={add.isPending} data-testid="upload-save">
            {t('attachments.upload')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
