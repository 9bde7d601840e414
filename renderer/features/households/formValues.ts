// The household form's values (text as typed, null for unchosen options) and how they become the
// contract's input: amounts read in the centre's unit, empty optional text sent as null.
// Checked with the contract's own `householdFields` schema, exactly what the main process checks.
import type { TFunction } from 'i18next';
import { randomId } from '@mantine/hooks';
import { zodValidator } from '../../lib/forms.ts';
import { formatMoney, parseMoney, type MoneyUnit } from '../../../shared/domain/money.ts';
import {
  householdFields,
  type Household,
  type HouseholdFieldsInput,
  type VulnerabilityGroup,
} from '../../../shared/contract/households.ts';

type M = Household['members'][number];
type Sex = M['sex'];

export interface MemberValues {
  /** a key for React's list only */
  key: string;
  id?: string;
  firstName: string;
  lastName: string;
  relation: M['relation'] | null;
  sex: Sex | null;
  nationalId: string;
  birthDate: string | null;
  education: M['education'];
  occupation: string;
  health: string;
}

export interface HouseholdFormValues {
  head: { firstName: string; lastName: string; fatherName: string; nationalId: string; birthDate: string | null; sex: Sex | null; mobile: string };
  address: string;
  city: string;
  village: string;
  members: MemberValues[];
  groups: VulnerabilityGroup[];
  disabilityKind: string;
  disabilitySeverity: Household['disabilitySeverity'];
  monthlyIncome: string;
  housingStatus: Household['housingStatus'] | null;
  monthlyRent: string;
  agency: Household['agency'];
  agencyFileNo: string;
  caseWorkerId: string | null;
  consentToShare: boolean;
  consentDate: string | null;
  notes: string;
}

export function emptyMember(): MemberValues {
  return { key: randomId(), firstName: '', lastName: '', relation: null, sex: null, nationalId: '', birthDate: null, education: null, occupation: '', health: '' };
}

export function emptyHouseholdValues(): HouseholdFormValues {
  return {
    head: { firstName: '', lastName: '', fatherName: '', nationalId: '', birthDate: null, sex: null, mobile: '' },
    address: '', city: '', village: '', members: [], groups: [], disabilityKind: '', disabilitySeverity: null,
    monthlyIncome: '', housingStatus: null, monthlyRent: '', agency: 'none', agencyFileNo: '', caseWorkerId: null,
    consentToShare: false, consentDate: null, notes: '',
  };
}

export function householdToValues(h: Household, digits: (s: string | null) => string, unit: MoneyUnit, lang: 'fa' | 'en'): HouseholdFormValues {
  const money = (r: number | null) => (r === null ? '' : formatMoney(r, { unit, withUnit: false, digits: lang === 'fa' ? 'fa' : 'latin' }));
  return {
    head: { ...h.head, fatherName: h.head.fatherName ?? '', nationalId: digits(h.head.nationalId), mobile: digits(h.head.mobile) },
    address: h.address ?? '',
    city: h.city,
    village: h.village ?? '',
    members: h.members.map((m) => ({
      ...m, key: m.id, nationalId: digits(m.nationalId), occupation: m.occupation ?? '', health: m.health ?? '',
    })),
    groups: h.groups,
    disabilityKind: h.disabilityKind ?? '',
    disabilitySeverity: h.disabilitySeverity,
    monthlyIncome: money(h.monthlyIncome),
    housingStatus: h.housingStatus,
    monthlyRent: money(h.monthlyRent),
    agency: h.agency,
    agencyFileNo: h.agencyFileNo ?? '',
    caseWorkerId: h.caseWorkerId,
    consentToShare: h.consentToShare,
    consentDate: h.consentDate,
    notes: h.notes ?? '',
  };
}

/** Money typed in the centre's unit → rials; null when empty, NaN when not an amount. */
function readMoney(text: string, unit: MoneyUnit): number | null {
  if (text.trim() === '') return null;
  const r = parseMoney(text, unit);
  return r.ok ? r.rials : Number.NaN;
}

/** The contract's input for the values (unchosen options go as undefined: "required"). */
export function toHouseholdInput(v: HouseholdFormValues, unit: MoneyUnit): HouseholdFieldsInput {
  const disability = v.groups.includes('disability');
  return {
    head: { ...v.head, birthDate: v.head.birthDate ?? (undefined as never), sex: v.head.sex ?? (undefined as never), mobile: v.head.mobile || null, fatherName: v.head.fatherName || null },
    address: v.address || null,
    city: v.city,
    village: v.village || null,
    members: v.members.map(({ key: _key, ...m }) => ({
      ...m,
      relation: m.relation ?? (undefined as never),
      sex: m.sex ?? (undefined as never),
      nationalId: m.nationalId.trim() || null,
      occupation: m.occupation || null,
      health: m.health || null,
    })),
    groups: v.groups,
    disabilityKind: disability ? v.disabilityKind || null : null,
    disabilitySeverity: disability ? v.disabilitySeverity : null,
    monthlyIncome: readMoney(v.monthlyIncome, unit),
    housingStatus: v.housingStatus ?? (undefined as never),
    monthlyRent: v.housingStatus === 'tenant' ? readMoney(v.monthlyRent, unit) : null,
    agency: v.agency,
    agencyFileNo: v.agency === 'none' ? null : v.agencyFileNo || null,
    caseWorkerId: v.caseWorkerId,
    consentToShare: v.consentToShare,
    consentDate: v.consentToShare ? v.consentDate : null,
    notes: v.notes || null,
  };
}

/**
 * Field messages for the values: the contract's schema, plus its cross-field rules (which zod
 * checks only once every field passes) and unreadable amounts, so every problem shows at once.
 */
export function householdValidator(t: TFunction, unit: MoneyUnit) {
  const check = zodValidator(householdFields, t);
  return (v: HouseholdFormValues): Record<string, string> => {
    const errors = check(toHouseholdInput(v, unit));
    const add = (field: string, key: string) => (errors[field] ??= t(`errors:${key}`));
    if (v.consentToShare && !v.consentDate) add('consentDate', 'v.household.consentDate');
    if (v.housingStatus === 'tenant' && v.monthlyRent.trim() === '') add('monthlyRent', 'v.household.rent');
    if (v.agency !== 'none' && !v.agencyFileNo.trim()) add('agencyFileNo', 'v.household.fileNo');
    if (Number.isNaN(readMoney(v.monthlyIncome, unit))) errors.monthlyIncome = t('errors:v.money.format');
    if (v.housingStatus === 'tenant' && Number.isNaN(readMoney(v.monthlyRent, unit))) errors.monthlyRent = t('errors:v.money.format');
    return errors;
  };
}
