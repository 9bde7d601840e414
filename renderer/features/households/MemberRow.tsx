// One member of the household in the form: who they are, and (sensitive) their health.
import { ActionIcon, Group, Paper, Select, SimpleGrid, Text, TextInput, Tooltip, useDirection } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { useFormat } from '../../lib/format.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { education, relation, sex } from '../../../shared/contract/households.ts';
import type { HouseholdFormApi } from './useHouseholdForm.ts';

export function MemberRow({ form, index }: { form: HouseholdFormApi; index: number }) {
  const { t } = useTranslation('households');
  const f = useFormat();
  const { dir } = useDirection();
  const ltr = { dir: 'ltr', styles: { input: { textAlign: dir === 'rtl' ? 'right' : 'left' } } } as const;
  const free = dir === 'ltr' ? ({ dir: 'auto' } as const) : {};
  const path = (k: string) => `members.${index}.${k}`;
  const m = form.values.members[index]!;

  return (
    <Paper withBorder p="sm" radius="md" data-testid={`member-${index}`}>
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          {t('form.memberN', { n: f.number(index + 1) })}
        </Text>
        <Tooltip label={t('form.removeMember')}>
          <ActionIcon variant="subtle" color="red" aria-label={t('form.removeMember')} onClick={() => form.removeListItem('members', index)} data-testid={`member-remove-${index}`}>
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <TextInput data-testid={`member-first-name-${index}`} label={t('fields.firstName')} withAsterisk {...free} {...form.getInputProps(path('firstName'))} />
        <TextInput data-testid={`member-last-name-${index}`} label={t('fields.lastName')} withAsterisk {...free} {...form.getInputProps(path('lastName'))} />
        <Select
          data-testid={`member-relation-${index}`}
          label={t('fields.relation')}
          withAsterisk
          placeholder={t('form.choose')}
          data={relation.options.map((r) => ({ value: r, label: t(`relation.${r}`) }))}
          {...form.getInputProps(path('relation'))}
        />
        <Select
          data-testid={`member-sex-${index}`}
          label={t('fields.sex')}
          withAsterisk
          placeholder={t('form.choose')}
          data={sex.options.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
          {...form.getInputProps(path('sex'))}
        />
        <TextInput data-testid={`member-national-id-${index}`} label={t('fields.nationalId')} inputMode="numeric" {...ltr} {...form.getInputProps(path('nationalId'))} />
        <JalaliDateInput
          data-testid={`member-birth-date-${index}`}
          label={t('fields.birthDate')}
          maxDate={todayIso()}
          value={m.birthDate}
          onChange={(v) => form.setFieldValue(`members.${index}.birthDate`, v)}
          error={form.errors[path('birthDate')] as string | undefined}
        />
        <Select
          data-testid={`member-education-${index}`}
          label={t('fields.education')}
          placeholder={t('form.choose')}
          clearable
          data={education.options.map((e) => ({ value: e, label: t(`education.${e}`) }))}
          {...form.getInputProps(path('education'))}
        />
        <TextInput data-testid={`member-occupation-${index}`} label={t('fields.occupation')} {...free} {...form.getInputProps(path('occupation'))} />
      </SimpleGrid>
      <TextInput mt="sm" data-testid={`member-health-${index}`} label={t('fields.health')} description={t('form.sensitiveHint')} {...free} {...form.getInputProps(path('health'))} />
    </Paper>
  );
}
