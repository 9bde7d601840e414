// The treasury's server state: pledges, payments, the dashboard, reminders and the pickers'
// lookups. Every change to money invalidates pledges, payments and the treasury figures, since
// a payment moves a pledge's figures and the dashboard's totals.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../api/client.ts';
import { saveFilePayload } from '../../lib/files.ts';
import type { InputOf } from '../../../shared/contract/index.ts';
import type { FilePayload } from '../../../shared/validation/fields.ts';

export type PledgeListInput = InputOf<'pledges.list'>;
export type PaymentListInput = InputOf<'payments.list'>;

export const treasuryKeys = {
  pledges: ['pledges'] as const,
  pledgeList: (input: PledgeListInput) => ['pledges', 'list', input] as const,
  pledge: (id: string) => ['pledges', 'detail', id] as const,
  payments: ['payments'] as const,
  paymentList: (input: PaymentListInput) => ['payments', 'list', input] as const,
  treasury: ['treasury'] as const,
  dashboard: ['treasury', 'dashboard'] as const,
  reminders: (days: number) => ['treasury', 'reminders', days] as const,
  projects: ['projects', 'list'] as const,
  donorOptions: (query: string) => ['donors', 'options', query] as const,
};

export function usePledges(input: PledgeListInput, enabled = true) {
  return useQuery({
    queryKey: treasuryKeys.pledgeList(input),
    queryFn: () => invoke('pledges.list', input),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePledge(id: string | undefined) {
  return useQuery({
    queryKey: treasuryKeys.pledge(id ?? ''),
    queryFn: () => invoke('pledges.get', { id: id! }),
    enabled: !!id,
  });
}

export function usePayments(input: PaymentListInput, enabled = true) {
  return useQuery({
    queryKey: treasuryKeys.paymentList(input),
    queryFn: () => invoke('payments.list', input),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDashboard() {
  return useQuery({ queryKey: treasuryKeys.dashboard, queryFn: () => invoke('treasury.dashboard', {}) });
}

export function useReminders(days: number) {
  return useQuery({
    queryKey: treasuryKeys.reminders(days),
    queryFn: () => invoke('treasury.reminders', { days }),
    placeholderData: keepPreviousData,
  });
}

/** The open projects a pledge or payment may be for (none yet: everything is the general fund). */
export function useProjects() {
  return useQuery({
    queryKey: treasuryKeys.projects,
    queryFn: () => invoke('projects.list', { limit: 200 }),
    staleTime: 60_000,
  });
}

/** Donors matching what is typed into a picker (searched and normalised in SQL). */
export function useDonorOptions(query: string) {
  return useQuery({
    queryKey: treasuryKeys.donorOptions(query),
    queryFn: () => invoke('donors.search', { query: query.slice(0, 100), limit: 20 }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** After any change to money: pledges, payments and the treasury's figures are refreshed. */
function useAfterMoneyChange() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: treasuryKeys.pledges });
    void queryClient.invalidateQueries({ queryKey: treasuryKeys.payments });
    void queryClient.invalidateQueries({ queryKey: treasuryKeys.treasury });
  };
}

export function useCreatePledge() {
  const after = useAfterMoneyChange();
  return useMutation({ mutationFn: (input: InputOf<'pledges.create'>) => invoke('pledges.create', input), onSuccess: after });
}

export function useCancelPledge() {
  const after = useAfterMoneyChange();
  return useMutation({ mutationFn: (input: InputOf<'pledges.cancel'>) => invoke('pledges.cancel', input), onSuccess: after });
}

export function useRecordPayment() {
  const after = useAfterMoneyChange();
  return useMutation({ mutationFn: (input: InputOf<'payments.record'>) => invoke('payments.record', input), onSuccess: after });
}

export function useVoidPayment() {
  const after = useAfterMoneyChange();
  return useMutation({ mutationFn: (input: InputOf<'payments.void'>) => invoke('payments.void', input), onSuccess: after });
}

export function useSetChequeStatus() {
  const after = useAfterMoneyChange();
  return useMutation({
    mutationFn: (input: InputOf<'payments.setChequeStatus'>) => invoke('payments.setChequeStatus', input),
    onSuccess: after,
  });
}

/** A payment's A5 receipt as PDF, handed to the user to open or save. */
export function usePrintReceipt() {
  return useMutation({
    mutationFn: (paymentId: string) => invoke('receipts.print', { paymentId }),
    onSuccess: (payload) => saveFilePayload(payload),
  });
}

/** The report channels, each returning a file (PDF, XLSX or CSV). */
export const reportCalls = {
  donorStatement: (input: InputOf<'reports.donorStatement'>) => invoke('reports.donorStatement', input),
  overduePledges: (input: InputOf<'reports.overduePledges'>) => invoke('reports.overduePledges', input),
  collections: (input: InputOf<'reports.collections'>) => invoke('reports.collections', input),
  dailyCash: (input: InputOf<'reports.dailyCash'>) => invoke('reports.dailyCash', input),
};

export interface DownloadRequest {
  /** which button asked (e.g. "collections-pdf"), so only that one shows it is busy */
  key: string;
  run(): Promise<FilePayload>;
}

export function useDownload() {
  return useMutation({
    mutationFn: (req: DownloadRequest) => req.run(),
    onSuccess: (payload) => saveFilePayload(payload),
  });
}
