// A column heading that sorts the list: click to sort by it, click again to reverse.
import { Table, UnstyledButton, Group } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { SortDirection, SortField } from './listParams.ts';

interface Props {
  field: SortField;
  sort: SortField;
  dir: SortDirection;
  onSort(field: SortField): void;
  children: ReactNode;
}

export function SortHeader({ field, sort, dir, onSort, children }: Props) {
  const active = sort === field;
  const Icon = !active ? IconSelector : dir === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(field)} data-testid={`donor-sort-${field}`}>
        <Group gap={4} wrap="nowrap">
          <span>{children}</span>
          <Icon size={14} color={active ? undefined : 'var(--mantine-color-dimmed)'} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
