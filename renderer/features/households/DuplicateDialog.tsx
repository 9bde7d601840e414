// Shown when a national ID in the form is already registered: where (which household, as head
// or member) with a link to it. There is no "save anyway": one person, one record.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconExternalLink } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { DuplicateMatch } from './useHouseholdSave.ts';

interface Props {
  opened: boolean;
  matches: DuplicateMatch[];
  onClose(): void;
}

export function DuplicateDialog({ opened, matches, onClose }: Props) {
  const { t } = useTranslation('households');
  const f = useFormat();
  const navigate = useNavigate();

  return (
    <Modal opened={opened} onClose={onClose} title={t('duplicate.title')} size="lg" attributes={{ content: { 'data-testid': 'duplicate-dialog' } }}>
      <Stack gap="md">
        <Alert color="red" icon={<IconAlertTriangle size={18} />}>
          {t('duplicate.explain')}
        </Alert>
        {matches.map((m) => (
          <Group key={`${m.householdId}-${m.nationalId}`} justify="space-between" wrap="nowrap" data-testid="duplicate-match">
            <div>
              <Text fw={600} dir="auto">
                {m.displayName}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`duplicate.as.${m.as}`, { id: f.digits(m.nationalId) })}
              </Text>
            </div>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconExternalLink size={14} />}
              data-testid="duplicate-open-existing"
              onClick={() => {
                onClose();
                void navigate(`/households/${m.householdId}`);
              }}
            >
              {t('duplicate.open')}
            </Button>
          </Group>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus data-testid="duplicate-back">
            {t('duplicate.back')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
