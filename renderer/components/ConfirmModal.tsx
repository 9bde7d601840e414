// A yes/no question before something that cannot be undone easily.
import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel?: string;
  color?: string;
  loading?: boolean;
  onConfirm(): void;
  onClose(): void;
  'data-testid'?: string;
}

export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useTranslation('components');
  const id = props['data-testid'] ?? 'confirm';
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered closeOnClickOutside={!props.loading}>
      <Stack>
        {props.children}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={props.loading} data-autofocus data-testid={`${id}-cancel`}>
            {t('confirm.no')}
          </Button>
          <Button color={props.color ?? 'red'} onClick={props.onConfirm} loading={props.loading} data-testid={`${id}-yes`}>
            {props.confirmLabel ?? t('confirm.yes')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
