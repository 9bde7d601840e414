// The funding form's values (text as typed) and how they become funding.add/update's fields,
// checked with the contract's `fundingFields` schema. Only a bank facility has an approved
// amount and its dates of request and approval.
import type { TFunction } from 'i18next';
import { zodValidator } from '../../lib/forms.ts';
import type { MoneyUnit } from '../../../shared/domain/money.ts';
import type { FundingKind } from '../../../shared/domain/housing.ts';
import { fundingFields, type FundingFieldsInput } from '../../../shared/contract/funding.ts';
import type { FundingSource } from '../../../shared/contract/projects.ts';
import { amountText, flatErrors, readOptionalAmount } from './numbers.ts';

export interface FundingFormValues {
  kind: FundingKind;
  sourceName: string;
  committed: string;
  approved: string;
  received: string;
  requestedOn: string | null;
  approvedOn: string | null;
  receivedOn: string | null;
  notes: string;
}

export function emptyFundingValues(): FundingFormValues {
  return { kind: 'agencyGrant', sourceName: '', committed: '', approved: '', received: '', requestedOn: null, approvedOn: null, receivedOn: null, notes: '' };
}

export function fundingToValues(s: FundingSource, unit: MoneyUnit, lang: string): FundingFormValues {
  return {
    kind: s.kind,
    sourceName: s.sourceName,
    committed: amountText(s.committed, unit, lang),
    approved: amountText(s.approved, unit, lang),
    received: s.received > 0 ? amountText(s.received, unit, lang) : '',
    requestedOn: s.requestedOn,
    approvedOn: s.approvedOn,
    receivedOn: s.receivedOn,
    notes: s.notes ?? '',
  };
}

const amount = (text: string, unit: MoneyUnit) => {
  const r = readOptionalAmount(text, unit).rials;
  return r === undefined ? Number.NaN : r;
};

export function toFundingInput(v: FundingFormValues, unit: MoneyUnit): FundingFieldsInput {
  const bank = v.kind === 'bankFacility';
  return {
    kind: v.kind,
    sourceName: v.sourceName,
    committed: amount(v.committed, unit) ?? 0,
    approved: bank ? amount(v.approved, unit) : null,
    received: amount(v.received, unit) ?? 0,
    requestedOn: bank ? v.requestedOn : null,
    approvedOn: bank ? v.approvedOn : null,
    receivedOn: v.receivedOn,
    notes: v.notes,
  };
}

export function fundingValidator(t: TFunction, unit: MoneyUnit) {
  const check = zodValidator(fundingFields, t);
  return (v: FundingFormValues): Record<string, string> => {
    const errors = flatErrors(check(toFundingInput(v, unit)));
    for (const k of ['committed', 'approved', 'received'] as const) {
      const r = readOptionalAmount(v[k], unit);
      if (r.errorKey) errors[k] = t(`errors:${r.errorKey}`);
    }
    if (v.committed.trim() === '') errors.committed = t('errors:v.money.required');
    return errors;
  };
}
