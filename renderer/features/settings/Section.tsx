// One titled card of the settings page.
import type { ReactNode } from 'react';
import { Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';

export function Section(props: { title: string; description?: string; icon?: ReactNode; children: ReactNode; 'data-testid'?: string }) {
  return (
    <Paper withBorder p="lg" radius="md" data-testid={props['data-testid']}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {props.icon && (
            <ThemeIcon variant="light" size={36} radius="md">
              {props.icon}
            </ThemeIcon>
          )}
          <div>
            <Title order={4}>{props.title}</Title>
            {props.description && (
              <Text size="sm" c="dimmed">
                {props.description}
              </Text>
            )}
          </div>
        </Group>
        {props.children}
      </Stack>
    </Paper>
  );
}
