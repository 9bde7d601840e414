// Checks a household's fields against the database and common sense after the schema passed:
// no birth date in the future, children younger and parents older than the head by at least
// 12 years, one national ID once in the household and on no other household, a real case worker.
import type { Ctx } from '../../core/context.ts';
import { AppError, fieldError } from '../../../shared/errors.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { toPersianDigits } from '../../../shared/domain/digits.ts';
import { translateError } from '../../../shared/i18n/translate.ts';
import { findDuplicateIds, isActiveCaseWorker, type HouseholdFields } from './repository.ts';

/** Fewest years between a parent's and a child's births. */
export const MIN_GENERATION_YEARS = 12;

/** `iso` moved by whole years (29 February becomes 1 March in a common year). */
function plusYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y + years, m - 1, d));
  return dt.toISOString().slice(0, 10);
}

function checkDates(ctx: Ctx, h: HouseholdFields): void {
  const today = todayIso(ctx.clock.now());
  if (h.head.birthDate > today) throw fieldError('household.head.birthDate', 'v.household.birthFuture');
  const years = toPersianDigits(MIN_GENERATION_YEARS);
  h.members.forEach((m, i) => {
    const path = `household.members.${i}.birthDate`;
    if (!m.birthDate) return;
    if (m.birthDate > today) throw fieldError(path, 'v.household.birthFuture');
    if (m.relation === 'child' && m.birthDate < plusYears(h.head.birthDate, MIN_GENERATION_YEARS)) {
      const detail = `فرزند باید دست‌کم ${years} سال پس از سرپرست به دنیا آمده باشد.`;
      throw fieldError(path, 'v.household.memberOlder', { detail });
    }
    if (m.relation === 'parent' && m.birthDate > plusYears(h.head.birthDate, -MIN_GENERATION_YEARS)) {
      const detail = `پدر یا مادر باید دست‌کم ${years} سال پیش از سرپرست به دنیا آمده باشد.`;
      throw fieldError(path, 'v.household.memberOlder', { detail });
    }
  });
}

function checkIds(ctx: Ctx, h: HouseholdFields, exceptId: string | null): void {
  const seen = new Map<string, string>([[h.head.nationalId, 'household.head.nationalId']]);
  h.members.forEach((m, i) => {
    if (!m.nationalId) return;
    if (seen.has(m.nationalId)) {
      const params = { id: toPersianDigits(m.nationalId) };
      throw new AppError('VALIDATION', 'households.sameIdTwice', {
        params,
        fieldKeys: { [`household.members.${i}.nationalId`]: { key: 'households.sameIdTwice', params } },
      });
    }
    seen.set(m.nationalId, `household.members.${i}.nationalId`);
  });
  const matches = findDuplicateIds(ctx.db, [...seen.keys()], exceptId);
  const first = matches[0];
  if (first) {
    const params = {
      id: toPersianDigits(first.nationalId),
      as: translateError(first.as === 'head' ? 'households.asHead' : 'households.asMember'),
      name: first.displayName,
    };
    throw new AppError('DUPLICATE', 'households.duplicateId', {
      params,
      fieldKeys: { [seen.get(first.nationalId)!]: { key: 'households.duplicateId', params } },
      details: { matches },
    });
  }
}

/** Throws the first problem found; call inside the write transaction. */
export function validateHousehold(ctx: Ctx, h: HouseholdFields, exceptId: string | null): void {
  checkDates(ctx, h);
  if (h.caseWorkerId && !isActiveCaseWorker(ctx.db, h.caseWorkerId)) throw fieldError('household.caseWorkerId', 'households.caseWorker');
  checkIds(ctx, h, exceptId);
}
