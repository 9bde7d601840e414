// A role, with a line on what each role may do.
import { Group, Select, Stack, Text, type SelectProps } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/contract/channel.ts';

export function RoleSelect(props: Omit<SelectProps, 'data'> & { 'data-testid'?: string }) {
  const { t } = useTranslation('users');
  const hints: Record<string, string> = Object.fromEntries(ROLES.map((r) => [r, t(`roleHints.${r}`)]));
  return (
    <Select
      allowDeselect={false}
      maxDropdownHeight={360}
      {...props}
      data={ROLES.map((r) => ({ value: r, label: t(`errors:roles.${r}`) }))}
      renderOption={({ option, checked }) => (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconCheck size={14} style={{ visibility: checked ? 'visible' : 'hidden', marginTop: 4, flexShrink: 0 }} />
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            <Text size="xs" c="dimmed">
              {hints[option.value]}
            </Text>
          </Stack>
        </Group>
      )}
    />
  );
}
