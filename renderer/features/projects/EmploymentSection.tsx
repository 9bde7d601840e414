// An employment plan: jobs planned against jobs created, and the households it employs (how many
// jobs each got, since when). Managers and administrators add and remove households.
import { useState } from 'react';
import { ActionIcon, Alert, Anchor, Button, Group, Modal, Progress, SimpleGrid, Stack, Table, Text, TextInput, useDirection } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { DetailSection } from '../../components/DetailSection.tsx';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { PROJECT_ROLES, type ProjectDetail } from '../../../shared/contract/projects.ts';
import { HouseholdPicker } from './HouseholdPicker.tsx';
import { useProjectMutation } from './queries.ts';
import { readWhole } from './numbers.ts';

type Employment = NonNullable<ProjectDetail['employment']>;

export function EmploymentSection({ project: p, employment: e }: { project: ProjectDetail; employment: Employment }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const manage = useSession().hasRole(...PROJECT_ROLES) && !p.archivedAt;
  const [adding, setAdding] = useState(false);
  const remove = useProjectMutation('employment.removeHousehold');
  const share = e.jobsPlanned > 0 ? Math.min(100, Math.round((e.jobsCreated / e.jobsPlanned) * 100)) : 0;

  return (
    <DetailSection
      title={t('employment.title')}
      testId="project-employment"
      action={
        manage && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)} data-testid="employment-add">
            {t('employment.add')}
          </Button>
        )
      }
    >
      <Group gap="xl">
        <Text size="sm">{t('employment.jobs', { created: f.number(e.jobsCreated), planned: f.number(e.jobsPlanned) })}</Text>
        <Progress value={share} w={200} color="teal" aria-hidden />
      </Group>
      {e.households.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('employment.none')}
        </Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.household')}</Table.Th>
              <Table.Th>{t('employment.jobCount')}</Table.Th>
              <Table.Th>{t('employment.startedOn')}</Table.Th>
              {manage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {e.households.map((h) => (
              <Table.Tr key={h.id} data-testid="employment-row">
                <Table.Td>
                  <Anchor component={Link} to={`/households/${h.householdId}`} size="sm" dir="auto">
                    {h.householdName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{f.number(h.jobs)}</Table.Td>
                <Table.Td>{f.date(h.startedOn)}</Table.Td>
                {manage && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('employment.remove')}
                      loading={remove.isPending && remove.variables?.id === h.id}
                      onClick={() => remove.mutate({ id: h.id }, { onError: (err) => notifications.show({ color: 'red', message: errorText(err, t) }) })}
                      data-testid="employment-remove"
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AddHouseholdModal projectId={p.id} opened={adding} onClose={() => setAdding(false)} />
    </DetailSection>
  );
}

function AddHouseholdModal({ projectId, opened, onClose }: { projectId: string; opened: boolean; onClose(): void }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const { dir } = useDirection();
  const add = useProjectMutation('employment.addHousehold');
  const [householdId, setHouseholdId] = useState<string | null>(null);
  const [jobs, setJobs] = useState(() => f.digits(1));
  const [startedOn, setStartedOn] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const close = () => {
    setHouseholdId(null);
    setJobs(f.digits(1));
    setStartedOn(null);
    setErrors({});
    add.reset();
    onClose();
  };
  function save() {
    const n = readWhole(jobs);
    const local: Record<string, string> = {};
    if (!householdId) local.householdId = t('errors:v.required');
    if (n === null || Number.isNaN(n) || n < 1 || n > 100) local.jobs = t('errors:v.employment.jobs');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    add.mutate(
      { projectId, householdId: householdId!, jobs: n!, startedOn },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('employment.added') });
          close();
        },
        onError: (err) => setErrors(fieldErrors(err, t)),
      },
    );
  }

  return (
    <Modal opened={opened} onClose={close} title={t('employment.addTitle')} attributes={{ content: { 'data-testid': 'employment-modal' } }}>
      <Stack gap="sm">
        <HouseholdPicker data-testid="employment-household" label={t('fields.household')} required value={householdId} onChange={setHouseholdId} error={errors.householdId} />
        <SimpleGrid cols={2}>
          <TextInput data-testid="employment-jobs" label={t('employment.jobCount')} withAsterisk dir="ltr" inputMode="numeric" styles={{ input: { textAlign: dir === 'rtl' ? 'right' : 'left' } }} value={jobs} onChange={(ev) => setJobs(ev.currentTarget.value)} error={errors.jobs} />
          <JalaliDateInput data-testid="employment-started" label={t('employment.startedOn')} value={startedOn} onChange={setStartedOn} error={errors.startedOn} />
        </SimpleGrid>
        {add.error && !Object.keys(errors).length && <Alert color="red">{errorText(add.error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('form.cancel')}
          </Button>
          <Button onClick={save} loading={add.isPending} data-testid="employment-save">
            {t('employment.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
