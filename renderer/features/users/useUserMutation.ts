// What every user dialog does after a call: refresh the list and say so, or put the server's
// field errors on the form and anything else in the dialog's alert.
import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrors } from '../../lib/errors.ts';

export const USERS_KEY = ['users.list'] as const;

export function useUserMutation() {
  const { t } = useTranslation('users');
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);

  /** Runs `call`; on success notifies `done` and returns true. */
  async function run(call: () => Promise<unknown>, done: string, setErrors: (e: Record<string, string>) => void): Promise<boolean> {
    setError(null);
    try {
      await call();
      await queryClient.invalidateQueries({ queryKey: USERS_KEY });
      notifications.show({ color: 'teal', message: done });
      return true;
    } catch (err) {
      const fields = fieldErrors(err, t);
      setErrors(fields);
      if (!Object.keys(fields).length) setError(err);
      return false;
    }
  }
  return { run, error: error === null ? null : errorText(error, t), clearError: () => setError(null) };
}
