// The pledge form's values (text as typed) and how they become the contract's input; checked
// with the contract's `pledgeFields` schema, as the main process checks.
import type { TFunction } from 'i18next';
import { zodValidator } from '../../lib/forms.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import type { MoneyUnit } from '../../../shared/domain/money.ts';
import { pledgeFields, type PledgeFieldsInput, type PledgeKind } from '../../../shared/contract/pledges.ts';
import { readAmount, readCount } from './amounts.ts';

export interface PledgeFormValues {
  donorId: string | null;
  projectId: string | null;
  kind: PledgeKind;
  amount: string;
  startDate: string | null;
  /** monthly: no end date */
  openEnded: boolean;
  months: string;
  installments: string;
  notes: string;
}

/** `digits` writes the default count in the language's digits. */
export function emptyPledgeValues(donorId: string | null, digits: (s: string) => string = (s) => s, projectId: string | null = null): PledgeFormValues {
  return { donorId, projectId, kind: 'monthly', amount: '', startDate: todayIso(), openEnded: false, months: digits('12'), installments: '', notes: '' };
}

export function toPledgeInput(v: PledgeFormValues, unit: MoneyUnit): PledgeFieldsInput {
  return {
    donorId: v.donorId as string,
    projectId: v.projectId,
    kind: v.kind,
    amount: readAmount(v.amount, unit).rials as number,
    startDate: v.startDate as string,
    months: v.kind === 'monthly' && !v.openEnded ? (readCount(v.months) ?? null) : null,
    installments: v.kind === 'installments' ? (readCount(v.installments) ?? null) : null,
    notes: v.notes || null,
  };
}

/** Field messages: the schema's, asked again with stand-ins so every problem shows at once. */
export function pledgeValidator(t: TFunction, unit: MoneyUnit) {
  const check = zodValidator(pledgeFields, t);
  return (v: PledgeFormValues): Record<string, string> => {
    const input = toPledgeInput(v, unit);
    const amount = readAmount(v.amount, unit);
    const errors = check(input);
    if (Object.keys(errors).length > 0) {
      const again = check({
        ...input,
        donorId: errors.donorId ? '00000000-0000-4000-8000-000000000000' : input.donorId,
        amount: amount.errorKey ? 1_000_000 : input.amount,
        startDate: errors.startDate ? todayIso() : input.startDate,
      });
      for (const [k, m] of Object.entries(again)) errors[k] ??= m;
    }
    if (!v.donorId) errors.donorId = t('treasury:form.donorRequired');
    if (amount.errorKey) errors.amount = t(`errors:${amount.errorKey}`);
    const count = (text: string) => readCount(text);
    if (v.kind === 'monthly' && !v.openEnded) {
      const n = count(v.months);
      if (n === undefined) errors.months = t('treasury:form.monthsRequired');
      else if (Number.isNaN(n)) errors.months = t('errors:v.integer');
    }
    if (v.kind === 'installments' && Number.isNaN(count(v.installments))) errors.installments = t('errors:v.integer');
    return errors;
  };
}
