// The payments and pledges lists keep their filters and page in the URL, so Back returns to the
// same list. Defaults are left out of the URL.
import { useUrlListState } from '../../lib/urlListState.ts';
import { paymentMethod, type PaymentMethod } from '../../../shared/contract/payments.ts';
import { pledgeStatus, type PledgeStatus } from '../../../shared/contract/pledges.ts';
import { isIsoDate } from '../../../shared/domain/jalali.ts';
import type { PaymentListInput, PledgeListInput } from './queries.ts';

export const PAGE_SIZE = 50;

export interface PaymentListState {
  from: string | null;
  to: string | null;
  method: PaymentMethod | null;
  voided: boolean;
  page: number;
}

export interface PledgeListState {
  status: PledgeStatus | null;
  donorId: string | null;
  page: number;
}

const date = (s: string | null) => (s && isIsoDate(s) ? s : null);
const pageOf = (s: string | null) => {
  const n = Number.parseInt(s ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
};
const oneOf = <T extends string>(s: string | null, all: readonly T[]): T | null => (all.includes(s as T) ? (s as T) : null);

export function parsePaymentList(p: URLSearchParams): PaymentListState {
  return { from: date(p.get('from')), to: date(p.get('to')), method: oneOf(p.get('method'), paymentMethod.options), voided: p.get('voided') !== '0', page: pageOf(p.get('page')) };
}

export function parsePledgeList(p: URLSearchParams): PledgeListState {
  return { status: oneOf(p.get('status'), pledgeStatus.options), donorId: p.get('donorId') || null, page: pageOf(p.get('page')) };
}

export function paymentListInput(s: PaymentListState): PaymentListInput {
  return { from: s.from ?? undefined, to: s.to ?? undefined, method: s.method ?? undefined, includeVoided: s.voided, limit: PAGE_SIZE, offset: (s.page - 1) * PAGE_SIZE };
}

export function pledgeListInput(s: PledgeListState): PledgeListInput {
  return { status: s.status ?? undefined, donorId: s.donorId ?? undefined, limit: PAGE_SIZE, offset: (s.page - 1) * PAGE_SIZE };
}

function toParams(values: Record<string, string | number | boolean | null>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === '' || (k === 'page' && v === 1) || (k === 'voided' && v === true)) continue;
    out.set(k, v === false ? '0' : String(v));
  }
  return out;
}

const serialize = (s: object) => toParams(s as Record<string, string | number | boolean | null>);

/** A list's state from the URL and a way to change it; any change but the page goes to page 1. */
export function useUrlState<S extends { page: number }>(parse: (p: URLSearchParams) => S) {
  return useUrlListState(parse, serialize);
}
