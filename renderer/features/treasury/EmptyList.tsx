// A list with nothing to show: a quiet sentence, with an action when there is one.
import type { ReactNode } from 'react';
import { EmptyState } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';

export function EmptyList({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <EmptyState data-testid="treasury-empty" py="lg" icon={<IconInbox size={28} />} title={text}>
      {children && <EmptyState.Actions>{children}</EmptyState.Actions>}
    </EmptyState>
  );
}
