// The stage form's values (text as typed) and how they become housing.updateStage's fields,
// checked with the contract's `stageFields` schema.
import type { TFunction } from 'i18next';
import { zodValidator } from '../../lib/forms.ts';
import type { MoneyUnit } from '../../../shared/domain/money.ts';
import type { WaitingFor } from '../../../shared/domain/housing.ts';
import { stageFields, type StageFieldsInput } from '../../../shared/contract/housing.ts';
import type { Stage } from '../../../shared/contract/projects.ts';
import { amountText, flatErrors, readOptionalAmount, readWhole } from './numbers.ts';

export interface StageFormValues {
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  estimatedCost: string;
  percent: string;
  waitingFor: WaitingFor | null;
  notes: string;
}

export function stageToValues(s: Stage, unit: MoneyUnit, lang: string, digits: (n: number) => string): StageFormValues {
  return {
    plannedStart: s.plannedStart,
    plannedEnd: s.plannedEnd,
    actualStart: s.actualStart,
    actualEnd: s.actualEnd,
    estimatedCost: amountText(s.estimatedCost, unit, lang),
    percent: digits(s.percent),
    waitingFor: s.waitingFor,
    notes: s.notes ?? '',
  };
}

export function toStageInput(v: StageFormValues, unit: MoneyUnit): StageFieldsInput {
  const cost = readOptionalAmount(v.estimatedCost, unit).rials;
  const percent = v.actualEnd ? 100 : readWhole(v.percent);
  return {
    plannedStart: v.plannedStart,
    plannedEnd: v.plannedEnd,
    actualStart: v.actualStart,
    actualEnd: v.actualEnd,
    estimatedCost: cost === undefined ? Number.NaN : cost,
    percent: percent ?? 0,
    // A finished stage waits for nothing.
    waitingFor: v.actualEnd ? null : v.waitingFor,
    notes: v.notes,
  };
}

export function stageValidator(t: TFunction, unit: MoneyUnit) {
  const check = zodValidator(stageFields, t);
  return (v: StageFormValues): Record<string, string> => {
    const errors = flatErrors(check(toStageInput(v, unit)));
    const cost = readOptionalAmount(v.estimatedCost, unit);
    if (cost.errorKey) errors.estimatedCost = t(`errors:${cost.errorKey}`);
    return errors;
  };
}
