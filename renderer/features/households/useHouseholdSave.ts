// Saving the household form: create or update, then a notification and the household's page.
// A national ID already registered (as a head or a member, here or in another household) opens
// the duplicate dialog; there is no "save anyway": the form stays blocked until the ID changes.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { z } from 'zod';
import { ApiError } from '../../api/client.ts';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { isolate } from '../../lib/bidi.ts';
import { useSession } from '../../app/session.tsx';
import { toLatinDigits } from '../../../shared/domain/digits.ts';
import { householdDuplicate, type Household } from '../../../shared/contract/households.ts';
import { useCreateHousehold, useUpdateHousehold } from './queries.ts';
import { toHouseholdInput, type HouseholdFormValues } from './formValues.ts';

export type DuplicateMatch = z.infer<typeof householdDuplicate>;
const duplicateDetails = z.object({ matches: z.array(householdDuplicate) });

/** Every national ID the values carry, in Latin digits. */
function idsOf(v: HouseholdFormValues): string[] {
  return [v.head.nationalId, ...v.members.map((m) => m.nationalId)].map((s) => toLatinDigits(s).trim()).filter(Boolean);
}

export function useHouseholdSave(household: Household | undefined, setErrors: (e: Record<string, string>) => void) {
  const { t } = useTranslation('households');
  const navigate = useNavigate();
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const create = useCreateHousehold();
  const update = useUpdateHousehold();
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);

  /** Still carrying an ID the server refused: the dialog again, no call. */
  const blockedBy = (v: HouseholdFormValues) => matches.filter((m) => idsOf(v).includes(m.nationalId));

  async function save(values: HouseholdFormValues) {
    setError(null);
    if (blockedBy(values).length > 0) return setDialogOpen(true);
    const input = toHouseholdInput(values, unit);
    try {
      const saved = household
        ? await update.mutateAsync({ id: household.id, expectedUpdatedAt: household.updatedAt, household: input })
        : await create.mutateAsync({ household: input });
      notifications.show({ color: 'teal', message: t(household ? 'form.updated' : 'form.created', { name: isolate(saved.displayName) }) });
      void navigate(`/households/${saved.id}`, { replace: true });
    } catch (err) {
      if (!(err instanceof ApiError)) return setError(errorText(err, t));
      setErrors(fieldErrors(err, t, 'household.'));
      const details = duplicateDetails.safeParse(err.payload.details);
      if (err.code === 'DUPLICATE' && details.success) {
        setMatches(details.data.matches);
        setDialogOpen(true);
      } else if (err.code === 'CONFLICT' && err.payload.key === 'households.stale') {
        setStale(true);
      } else {
        setError(errorText(err, t));
      }
    }
  }

  return {
    save,
    saving: create.isPending || update.isPending,
    blockedBy,
    matches,
    dialogOpen,
    closeDialog: () => setDialogOpen(false),
    error,
    stale,
  };
}
