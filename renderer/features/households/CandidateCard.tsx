// One ranked household: score, its parts in words, flags in plain sight (recent aid of the same
// kind; aid at other centres: where, when, what), and "approve".
import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { Candidate } from '../../../shared/contract/matching.ts';
import { partText } from './scoreText.ts';
import { isolate } from '../../lib/bidi.ts';

interface Props {
  candidate: Candidate;
  rank: number;
  canApprove: boolean;
  onApprove(): void;
}

export function CandidateCard({ candidate: c, rank, canApprove, onApprove }: Props) {
  const { t } = useTranslation('households');
  const f = useFormat();

  return (
    <Paper withBorder p="md" radius="md" data-testid="candidate-row">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6} style={{ flex: 1 }}>
          <Group gap="xs">
            <Badge variant="filled" color="gray" circle>{f.number(rank)}</Badge>
            <Anchor component={Link} to={`/households/${c.householdId}`} fw={600} dir="auto">{c.displayName}</Anchor>
            <Text size="sm" c="dimmed" dir="auto">{c.city}</Text>
          </Group>
          {c.flags.map((fl) => (
            <Alert key={fl.kind} color="orange" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="candidate-flag">
              {t(`matching.flag.${fl.kind}`, { date: f.date(fl.date), months: f.number(fl.months) })}
            </Alert>
          ))}
          {c.elsewhere.length > 0 && (
            <Alert color="orange" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="candidate-elsewhere">
              <Text size="sm">{t('matching.elsewhere.title')}</Text>
              <List size="xs" spacing={0}>
                {c.elsewhere.map((a, i) => (
                  <List.Item key={i} data-testid="candidate-elsewhere-row">
                    {t('matching.elsewhere.line', { centre: isolate(a.ownerName), date: f.date(a.date), kind: t(`aidKind.${a.kind}`), value: f.money(a.value) })}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <List size="sm" spacing={2} data-testid="candidate-parts">
            {c.parts.map((p) => (
              <List.Item key={p.factor}>{partText(p, t, f)}</List.Item>
            ))}
          </List>
        </Stack>
        <Stack align="center" gap="xs">
          <Text size="xs" c="dimmed">{t('matching.score')}</Text>
          <Text fw={700} size="xl" data-testid="candidate-score">{f.number(c.score)}</Text>
          <Button size="xs" leftSection={<IconCheck size={14} />} disabled={!canApprove} onClick={onApprove} data-testid="candidate-approve">
            {t('matching.approve')}
          </Button>
        </Stack>
      </Group>
    </Paper>
  );
}
