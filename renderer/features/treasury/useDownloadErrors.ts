// A failed download (receipt or report) is told in a notification, in the user's language.
import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors.ts';

export function useDownloadErrors(error: unknown) {
  const { t } = useTranslation('treasury');
  useEffect(() => {
    if (error) notifications.show({ color: 'red', title: t('download.failed'), message: errorText(error, t) });
  }, [error, t]);
}
