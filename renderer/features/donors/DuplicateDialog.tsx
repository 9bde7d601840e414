// Shown when a save would duplicate a donor: the existing records, what they share, a way to
// open each. "Save anyway" only when every match shares just the mobile (family members often
// share one phone); a shared national or legal ID is never saved twice.
import { Alert, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconExternalLink } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '../../../shared/contract/donors.ts';

interface Props {
  matches: DuplicateMatch[] | null;
  onClose(): void;
  onSaveAnyway(): void;
  saving: boolean;
}

interface MatchedDonor {
  id: string;
  displayName: string;
  archived: boolean;
  fields: DuplicateMatch['field'][];
}

/** One line per existing donor, with every field it shares. */
function byDonor(matches: DuplicateMatch[]): MatchedDonor[] {
  const out = new Map<string, MatchedDonor>();
  for (const m of matches) {
    const d = out.get(m.id) ?? { id: m.id, displayName: m.displayName, archived: m.archived, fields: [] };
    if (!d.fields.includes(m.field)) d.fields.push(m.field);
    out.set(m.id, d);
  }
  return [...out.values()];
}

export function DuplicateDialog({ matches, onClose, onSaveAnyway, saving }: Props) {
  const { t } = useTranslation('donors');
  const navigate = useNavigate();
  const list = matches ?? [];
  const mobileOnly = list.length > 0 && list.every((m) => m.field === 'mobile');

  return (
    <Modal
      opened={matches !== null}
      onClose={onClose}
      title={t('duplicate.title')}
      size="lg"
      attributes={{ content: { 'data-testid': 'duplicate-dialog' } }}
    >
      <Stack gap="md">
        <Alert color={mobileOnly ? 'yellow' : 'red'} icon={<IconAlertTriangle size={18} />}>
          {t(mobileOnly ? 'duplicate.mobileExplain' : 'duplicate.idExplain')}
        </Alert>
        <Stack gap="xs">
          {byDonor(list).map((d) => (
            <Group key={d.id} justify="space-between" wrap="nowrap" data-testid="duplicate-match">
              <div>
                <Group gap={6}>
                  <Text fw={600} dir="auto">
                    {d.displayName}
                  </Text>
                  {d.archived && (
                    <Badge size="sm" color="gray">
                      {t('status.archivedBadge')}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {d.fields.length > 1 ? t('duplicate.field.both') : t(`duplicate.field.${d.fields[0]!}`)}
                </Text>
              </div>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconExternalLink size={14} />}
                data-testid="duplicate-open-existing"
                onClick={() => {
                  onClose();
                  void navigate(`/donors/${d.id}`);
                }}
              >
                {t('duplicate.openExisting')}
              </Button>
            </Group>
          ))}
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('duplicate.back')}
          </Button>
          {mobileOnly && (
            <Button color="yellow" onClick={onSaveAnyway} loading={saving} data-testid="duplicate-save-anyway">
              {t('duplicate.saveAnyway')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
