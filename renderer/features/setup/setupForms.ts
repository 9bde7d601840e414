// The three forms of first-run setup, validated with the contract's own field schemas.
import { useForm } from '@mantine/form';
import { z } from 'zod';
import type { TFunction } from 'i18next';
import { centreInfo } from '../../../shared/contract/setup.ts';
import { password, username } from '../../../shared/contract/users.ts';
import { text } from '../../../shared/validation/fields.ts';
import { zodValidator } from '../../lib/forms.ts';
import { withPasswordRepeat } from '../../lib/passwords.ts';
import { useRevalidateOnLanguage } from '../../lib/useRevalidateOnLanguage.ts';

export interface CentreValues {
  name: string;
  /** a province code (provinces.ts) */
  province: string;
  city: string;
}
export interface AdminValues {
  displayName: string;
  username: string;
  password: string;
  repeat: string;
}
export interface DataValues {
  start: 'empty' | 'sample';
}

/** The administrator part of `setup.init`'s input, from the same field schemas. */
const adminSchema = z.object({ username, displayName: text(80), password });

export function useSetupForms(t: TFunction) {
  const centre = useForm<CentreValues>({
    initialValues: { name: '', province: '', city: '' },
    validate: zodValidator(centreInfo, t),
  });
  const admin = useForm<AdminValues>({
    initialValues: { displayName: '', username: '', password: '', repeat: '' },
    validate: withPasswordRepeat(zodValidator(adminSchema, t), t),
  });
  const data = useForm<DataValues>({ initialValues: { start: 'empty' } });
  useRevalidateOnLanguage(centre);
  useRevalidateOnLanguage(admin);
  return { centre, admin, data };
}
export type SetupForms = ReturnType<typeof useSetupForms>;

/** Splits the server's field errors ("centre.name", "admin.username") between the forms;
 *  returns the index of the first step that has one, or -1. */
export function applyServerErrors(forms: SetupForms, errors: Record<string, string>): number {
  const centre: Record<string, string> = {};
  const admin: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith('centre.')) centre[path.slice(7)] = message;
    else if (path.startsWith('admin.')) admin[path.slice(6)] = message;
  }
  forms.centre.setErrors(centre);
  forms.admin.setErrors(admin);
  if (Object.keys(centre).length) return 0;
  if (Object.keys(admin).length) return 1;
  return -1;
}
