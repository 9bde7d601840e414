// A payment row's buttons: print its receipt (anyone), void it and record a cheque's clearing
// or bounce (money roles only, as the main process enforces).
import { ActionIcon, Group, Menu, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconCheck, IconDots, IconPrinter, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorText } from '../../lib/errors.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { MONEY_ROLES } from '../../../shared/contract/pledges.ts';
import type { Payment } from '../../../shared/contract/payments.ts';
import { usePrintReceipt, useSetChequeStatus } from './queries.ts';
import { useDownloadErrors } from './useDownloadErrors.ts';

export function PaymentRowActions({ payment, onVoid }: { payment: Payment; onVoid(p: Payment): void }) {
  const { t } = useTranslation('treasury');
  const money = useSession().hasRole(...MONEY_ROLES);
  const print = usePrintReceipt();
  const cheque = useSetChequeStatus();
  useDownloadErrors(print.error);
  const voided = !!payment.voidedAt;
  const pendingCheque = payment.method === 'cheque' && payment.chequeStatus === 'pending' && !voided;

  const setCheque = (status: 'cleared' | 'bounced') =>
    cheque.mutate(
      { id: payment.id, status, date: todayIso() },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t(`cheque.done.${status}`) }),
        onError: (err) => notifications.show({ color: 'red', message: errorText(err, t) }),
      },
    );

  return (
    <Group gap={4} wrap="nowrap" onClick={(e) => e.stopPropagation()}>
      <Tooltip label={t('actions.printReceipt')}>
        <ActionIcon variant="subtle" aria-label={t('actions.printReceipt')} onClick={() => print.mutate(payment.id)} loading={print.isPending} data-testid="payment-print">
          <IconPrinter size={18} />
        </ActionIcon>
      </Tooltip>
      {money && !voided && (
        <Tooltip label={t('actions.void')}>
          <ActionIcon variant="subtle" color="red" aria-label={t('actions.void')} onClick={() => onVoid(payment)} data-testid="payment-void">
            <IconBan size={18} />
          </ActionIcon>
        </Tooltip>
      )}
      {money && pendingCheque && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('cheque.menu')} loading={cheque.isPending} data-testid="payment-cheque-status">
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('cheque.menu')}</Menu.Label>
            <Menu.Item leftSection={<IconCheck size={16} />} onClick={() => setCheque('cleared')} data-testid="cheque-cleared">
              {t('cheque.markCleared')}
            </Menu.Item>
            <Menu.Item color="red" leftSection={<IconX size={16} />} onClick={() => setCheque('bounced')} data-testid="cheque-bounced">
              {t('cheque.markBounced')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}
