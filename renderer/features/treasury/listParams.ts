// The payments and pledges lists keep their filters and page in the URL, so Back returns to the
// same list. Defaults are left out of the URL.
import { useUrlListState } from '../../lib/urlListState.ts';
import { oneOf, pageParam, pageWindow } from '../../lib/listParams.ts';
import { paymentMethod, type PaymentMethod } from '../../../shared/contract/payments.ts';
import { pledgeStatus, type PledgeStatus } from '../../../shared/contract/pledges.ts';
import { isIsoDate } from '../../../shared/domain/jalali.ts';
import type { PaymentListInput, PledgeListInput } from './queries.ts';

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

export function parsePaymentList(p: URLSearchParams): PaymentListState {
  return { from: date(p.get('from')), to: date(p.get('to')), method: oneOf(p.get('method'), paymentMethod.options), voided: p.get('voided') !== '0', page: pageParam(p) };
}

export function parsePledgeList(p: URLSearchParams): PledgeListState {
  return { status: oneOf(p.get('status'), pledgeStatus.options), donorId: p.get('donorId') || null, page: pageParam(p) };
}

export function paymentListInput(s: PaymentListState): PaymentListInput {
  return { from: s.from ?? undefined, to: s.to ?? undefined, method: s.method ?? undefined, includeVoided: s.voided, ...pageWindow(s.page) };
}

export function pledgeListInput(s: PledgeListState): PledgeListInput {
  return { status: s.status ?? undefined, donorId: s.donorId ?? undefined, ...pageWindow(s.page) };
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
