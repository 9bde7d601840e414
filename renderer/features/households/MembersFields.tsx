// The household's members besides the head: a list of rows to add and remove (at most 20).
import { Button, Fieldset, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyMember } from './formValues.ts';
import { MemberRow } from './MemberRow.tsx';
import type { HouseholdFormApi } from './useHouseholdForm.ts';

const MAX_MEMBERS = 20;

export function MembersFields({ form }: { form: HouseholdFormApi }) {
  const { t } = useTranslation('households');
  const members = form.values.members;

  return (
    <Fieldset legend={t('form.members')}>
      <Stack gap="sm">
        {members.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('form.noMembers')}
          </Text>
        )}
        {members.map((m, i) => (
          <MemberRow key={m.key} form={form} index={i} />
        ))}
        <Button
          variant="light"
          w="fit-content"
          leftSection={<IconUserPlus size={16} />}
          disabled={members.length >= MAX_MEMBERS}
          onClick={() => {
            form.insertListItem('members', emptyMember());
            // Focus the new row's first name once it is drawn.
            setTimeout(() => document.querySelector<HTMLInputElement>(`[data-testid="member-first-name-${members.length}"]`)?.focus(), 0);
          }}
          data-testid="member-add"
        >
          {t('form.addMember')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
