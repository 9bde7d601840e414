// How far a pass over the file's batches has got: a bar and, for screen readers too, the
// screen's sentence with the counts ("import.importing", "import.checking").
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

interface Props {
  ns: string;
  /** a key of the namespace with {{done}} and {{total}} */
  textKey: string;
  done: number;
  total: number;
  testId: string;
}

export function BatchProgress({ ns, textKey, done, total, testId }: Props) {
  const { t } = useTranslation(ns);
  const f = useFormat();
  return (
    <Stack gap={4}>
      <Progress value={(done / total) * 100} animated data-testid={testId} />
      <Text size="sm" c="dimmed" aria-live="polite">
        {t(textKey, { done: f.number(done), total: f.number(total) })}
      </Text>
    </Stack>
  );
}
