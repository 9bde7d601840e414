// The donor form's values (strings for inputs, null for unchosen options) and how they are
// checked: with the contract's own `donorFields` schema, exactly what the main process checks.
import type { TFunction } from 'i18next';
import { zodValidator } from '../../lib/forms.ts';
import { donorFields, type Donor, type DonorFieldsInput } from '../../../shared/contract/donors.ts';

type Referral = NonNullable<Donor['referral']>;
type Contact = NonNullable<Donor['preferredContact']>;

export interface DonorFormValues {
  kind: Donor['kind'];
  firstName: string;
  lastName: string;
  orgName: string;
  nationalId: string;
  mobile: string;
  phone: string;
  email: string;
  city: string;
  address: string;
  referral: Referral | null;
  preferredContact: Contact | null;
  tags: string[];
  notes: string;
}

// The form's values are the contract's input, field for field (a compile error otherwise).
const _sameShape: (v: DonorFormValues) => DonorFieldsInput = (v) => v;
void _sameShape;

export function emptyDonorValues(): DonorFormValues {
  return {
    kind: 'person', firstName: '', lastName: '', orgName: '', nationalId: '', mobile: '', phone: '', email: '',
    city: '', address: '', referral: null, preferredContact: null, tags: [], notes: '',
  };
}

/** A stored donor as form values; numbers in the language's digits (the schema reads both). */
export function donorToValues(d: Donor, digits: (s: string | null) => string): DonorFormValues {
  return {
    kind: d.kind,
    firstName: d.firstName ?? '',
    lastName: d.lastName ?? '',
    orgName: d.orgName ?? '',
    nationalId: digits(d.nationalId),
    mobile: digits(d.mobile),
    phone: digits(d.phone),
    email: d.email ?? '',
    city: d.city ?? '',
    address: d.address ?? '',
    referral: d.referral,
    preferredContact: d.preferredContact,
    tags: d.tags,
    notes: d.notes ?? '',
  };
}

function blank(values: DonorFormValues, paths: string[]): DonorFormValues {
  const out: Record<string, unknown> = { ...values };
  for (const path of paths) {
    const field = path.split('.')[0] as keyof DonorFormValues;
    if (field === 'kind' || !(field in out)) continue;
    out[field] = field === 'tags' ? [] : field === 'referral' || field === 'preferredContact' ? null : '';
  }
  return out as unknown as DonorFormValues;
}

/**
 * The schema checks the cross-field rules (names by kind, the ID by kind) only once every field
 * passes on its own, so a wrong mobile would hide a missing name until the next try. To show
 * every problem at once, the same schema is asked again with the failing fields left empty.
 */
export function donorValidator(t: TFunction) {
  const check = zodValidator(donorFields, t);
  return (values: DonorFormValues): Record<string, string> => {
    const errors: Record<string, string> = {};
    let current = values;
    for (let pass = 0; pass < 3; pass++) {
      const found = check(current);
      const fresh = Object.keys(found).filter((k) => !(k in errors));
      if (fresh.length === 0) break;
      for (const k of fresh) errors[k] = found[k]!;
      current = blank(current, Object.keys(found));
    }
    return foldListPaths(errors);
  };
}

/** "tags.3" → "tags": the tags input shows one message for the whole list. */
export function foldListPaths(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.startsWith('tags.') ? 'tags' : path;
    if (!(field in out)) out[field] = message;
  }
  return out;
}
