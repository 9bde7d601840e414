// A pledge's derived status as a coloured badge: active, overdue, fulfilled, cancelled.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PledgeStatus } from '../../../shared/contract/pledges.ts';

const COLORS: Record<PledgeStatus, string> = { active: 'blue', overdue: 'red', fulfilled: 'teal', cancelled: 'gray' };

export function PledgeStatusBadge({ status, size = 'sm' }: { status: PledgeStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('treasury');
  return (
    <Badge size={size} color={COLORS[status]} variant={status === 'overdue' ? 'filled' : 'light'} data-testid="pledge-status" data-status={status} miw="max-content">
      {t(`status.${status}`)}
    </Badge>
  );
}
