// Saving the donor form: create or update, then a notification and the donor's page. A
// duplicate opens the duplicate dialog (a shared mobile may be accepted, a shared ID never);
// a save over someone else's newer change is refused and offered a reload.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { z } from 'zod';
import { ApiError } from '../../api/client.ts';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { duplicateMatch, type Donor, type DuplicateMatch } from '../../../shared/contract/donors.ts';
import { useCreateDonor, useUpdateDonor } from './queries.ts';
import { foldListPaths, type DonorFormValues } from './formValues.ts';
import { useFormExit } from './useFormExit.ts';
import { isolate } from './bidi.ts';

const duplicateDetails = z.object({ matches: z.array(duplicateMatch) });

export interface DuplicateState {
  matches: DuplicateMatch[];
  values: DonorFormValues;
}

interface Options {
  /** the donor being edited; absent when adding a new one */
  donor?: Donor;
  /** shows the server's messages under the fields */
  setErrors(errors: Record<string, string>): void;
}

export function useDonorSave({ donor, setErrors }: Options) {
  const { t } = useTranslation('donors');
  const exit = useFormExit(donor?.id);
  const create = useCreateDonor();
  const update = useUpdateDonor();
  const [duplicate, setDuplicate] = useState<DuplicateState | null>(null);
  const [stale, setStale] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(values: DonorFormValues, acceptSharedMobileWith: string[] = []) {
    setError(null);
    setErrors({});
    try {
      const saved = donor
        ? await update.mutateAsync({ id: donor.id, expectedUpdatedAt: donor.updatedAt, donor: values, acceptSharedMobileWith })
        : await create.mutateAsync({ donor: values, acceptSharedMobileWith });
      setDuplicate(null);
      notifications.show({
        color: 'teal',
        message: t(donor ? 'form.updated' : 'form.created', { name: isolate(saved.displayName) }),
      });
      exit.done(saved.id);
    } catch (err) {
      setDuplicate(null);
      if (!(err instanceof ApiError)) return setError(errorText(err, t));
      const details = duplicateDetails.safeParse(err.payload.details);
      if (err.code === 'DUPLICATE' && details.success) {
        setErrors(foldListPaths(fieldErrors(err, t, 'donor.')));
        setDuplicate({ matches: details.data.matches, values });
      } else if (err.code === 'CONFLICT' && err.payload.key === 'donors.stale') {
        setStale(true);
      } else {
        setErrors(foldListPaths(fieldErrors(err, t, 'donor.')));
        setError(errorText(err, t));
      }
    }
  }

  /** From the duplicate dialog: every match shares only the mobile and the user accepts it. */
  function saveAnyway() {
    if (!duplicate) return;
    void save(duplicate.values, duplicate.matches.map((m) => m.id));
  }

  return {
    save,
    saveAnyway,
    saving: create.isPending || update.isPending,
    duplicate,
    closeDuplicate: () => setDuplicate(null),
    stale,
    clearStale: () => setStale(false),
    error,
    cancel: exit.cancel,
  };
}
