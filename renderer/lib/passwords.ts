// "Repeat the password" beside a contract-validated form: the repeat is the renderer's own
// check (the server never sees it), explained with the catalogue's message.
import type { TFunction } from 'i18next';

type Validator = (values: unknown) => Record<string, string>;

/** Validates the values without the repeat field (contract schemas are strict), then adds
 *  `v.password.mismatch` on `repeatField` when the two differ. */
export function withPasswordRepeat(validate: Validator, t: TFunction, passwordField = 'password', repeatField = 'repeat'): Validator {
  return (values) => {
    const v = values as Record<string, unknown>;
    const { [repeatField]: _repeat, ...rest } = v;
    const errors = validate(rest);
    if (!errors[repeatField] && v[passwordField] !== v[repeatField]) errors[repeatField] = t('errors:v.password.mismatch');
    return errors;
  };
}
