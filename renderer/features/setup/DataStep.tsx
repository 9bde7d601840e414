// Setup step 3: start empty or with sample donors, and a summary of what will be created.
import { Alert, Group, Radio, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SetupForms } from './setupForms.ts';

const CHOICES = ['empty', 'sample'] as const;

export function DataStep({ form, summary }: { form: SetupForms['data']; summary: string }) {
  const { t } = useTranslation('setup');
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('data.intro')}
      </Text>
      <Radio.Group
        value={form.values.start}
        onChange={(v) => form.setFieldValue('start', v === 'sample' ? 'sample' : 'empty')}
        aria-label={t('steps.data')}
      >
        <Stack gap="sm">
          {CHOICES.map((c) => (
            <Radio.Card key={c} value={c} p="md" radius="md" data-testid={`setup-data-${c}`} autoFocus={form.values.start === c}>
              <Group wrap="nowrap" align="flex-start">
                <Radio.Indicator mt={2} />
                <div>
                  <Text fw={600}>{t(`data.${c}`)}</Text>
                  <Text size="sm" c="dimmed">
                    {t(`data.${c}Hint`)}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </Stack>
      </Radio.Group>
      <Alert variant="light" icon={<IconInfoCircle />} data-testid="setup-summary">
        {summary}
      </Alert>
    </Stack>
  );
}
