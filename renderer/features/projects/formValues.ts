// The project form's values (text as typed, flat: housing and employment fields beside the
// rest) and how they become the contract's input; checked with the contract's `projectFields`
// schema, as the main process checks.
import type { TFunction } from 'i18next';
import { zodValidator } from '../../lib/forms.ts';
import type { MoneyUnit } from '../../../shared/domain/money.ts';
import {
  projectFields,
  type LandStatus,
  type ProjectDetail,
  type ProjectFieldsInput,
  type ProjectKind,
  type ProjectStatus,
} from '../../../shared/contract/projects.ts';
import { amountText, flatErrors, readOptionalAmount, readWhole } from './numbers.ts';

export interface ProjectFormValues {
  name: string;
  kind: ProjectKind;
  status: ProjectStatus;
  city: string;
  startDate: string | null;
  plannedEndDate: string | null;
  budget: string;
  managerName: string;
  description: string;
  householdId: string | null;
  landStatus: LandStatus | null;
  areaM2: string;
  address: string;
  jobsPlanned: string;
  jobsCreated: string;
}

export function emptyProjectValues(city: string): ProjectFormValues {
  return {
    name: '', kind: 'housing', status: 'planned', city, startDate: null, plannedEndDate: null, budget: '', managerName: '', description: '',
    householdId: null, landStatus: null, areaM2: '', address: '', jobsPlanned: '', jobsCreated: '',
  };
}

export function projectToValues(p: ProjectDetail, unit: MoneyUnit, lang: string, digits: (s: string | number) => string): ProjectFormValues {
  return {
    name: p.name,
    kind: p.kind,
    status: p.status,
    city: p.city ?? '',
    startDate: p.startDate,
    plannedEndDate: p.plannedEndDate,
    budget: amountText(p.budget, unit, lang),
    managerName: p.managerName ?? '',
    description: p.description ?? '',
    householdId: p.housing?.householdId ?? null,
    landStatus: p.housing?.landStatus ?? null,
    areaM2: p.housing?.areaM2 == null ? '' : digits(p.housing.areaM2),
    address: p.housing?.address ?? '',
    jobsPlanned: p.employment ? digits(p.employment.jobsPlanned) : '',
    jobsCreated: p.employment ? digits(p.employment.jobsCreated) : '',
  };
}

/** Unreadable numbers go in as NaN: the schema then names the field. */
export function toProjectInput(v: ProjectFormValues, unit: MoneyUnit): ProjectFieldsInput {
  const budget = readOptionalAmount(v.budget, unit).rials;
  return {
    name: v.name,
    kind: v.kind,
    status: v.status,
    city: v.city,
    startDate: v.startDate,
    plannedEndDate: v.plannedEndDate,
    budget: budget === undefined ? Number.NaN : budget,
    managerName: v.managerName,
    description: v.description,
    housing:
      v.kind === 'housing'
        ? { householdId: v.householdId, landStatus: v.landStatus as LandStatus, areaM2: readWhole(v.areaM2), address: v.address }
        : null,
    employment: v.kind === 'employment' ? { jobsPlanned: readWhole(v.jobsPlanned) ?? 0, jobsCreated: readWhole(v.jobsCreated) ?? 0 } : null,
  };
}

export function projectValidator(t: TFunction, unit: MoneyUnit) {
  const check = zodValidator(projectFields, t);
  return (v: ProjectFormValues): Record<string, string> => {
    const errors = flatErrors(check(toProjectInput(v, unit)));
    const budget = readOptionalAmount(v.budget, unit);
    if (budget.errorKey) errors.budget = t(`errors:${budget.errorKey}`);
    for (const k of ['areaM2', 'jobsPlanned', 'jobsCreated'] as const) {
      if (Number.isNaN(readWhole(v[k]))) errors[k] = t('errors:v.integer');
    }
    return errors;
  };
}
