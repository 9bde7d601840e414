// Words the treasury screens share: Jalali month names, a pledge's purpose and terms, a
// payment's method with its particulars. All through i18next and useFormat().
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { JALALI_MONTHS_EN, JALALI_MONTHS_FA, isoToJalali } from '../../../shared/domain/jalali.ts';
import type { Pledge } from '../../../shared/contract/pledges.ts';
import type { Payment } from '../../../shared/contract/payments.ts';

export function useTreasuryText() {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const monthName = (jm: number) => (f.lang === 'fa' ? JALALI_MONTHS_FA : JALALI_MONTHS_EN)[jm - 1] ?? '';
  const month = (jy: number, jm: number) => `${monthName(jm)} ${f.digits(jy)}`;

  return {
    month,
    /** the month a date falls in: "Azar 1405" */
    monthOf: (iso: string) => {
      const { jy, jm } = isoToJalali(iso);
      return month(jy, jm);
    },
    /** the project, or the centre's general fund */
    purpose: (projectName: string | null) => projectName ?? t('purpose.general'),
    /** "Monthly 500,000 tomans for 12 months", "2,000,000 tomans in 4 installments" */
    terms: (p: Pick<Pledge, 'kind' | 'amount' | 'months' | 'installments'>) => {
      const amount = f.money(p.amount);
      if (p.kind === 'oneOff') return t('terms.oneOff', { amount });
      if (p.kind === 'installments') return t('terms.installments', { amount, n: f.number(p.installments ?? 0) });
      return p.months === null ? t('terms.monthlyOpen', { amount }) : t('terms.monthly', { amount, n: f.number(p.months) });
    },
    /** the method with what identifies the payment: "Card ••••1234", "Cheque 123456 (Melli)" */
    method: (p: Pick<Payment, 'method' | 'cardLast4' | 'trackingNo' | 'chequeNo' | 'chequeBank'>) => {
      const name = t(`method.${p.method}`);
      if (p.method === 'card' && p.cardLast4) return t('methodDetail.card', { name, last4: f.digits(p.cardLast4) });
      if ((p.method === 'transfer' || p.method === 'pos') && p.trackingNo) return t('methodDetail.tracking', { name, no: f.digits(p.trackingNo) });
      if (p.method === 'cheque' && p.chequeNo) return t('methodDetail.cheque', { name, no: f.digits(p.chequeNo), bank: p.chequeBank ?? '' });
      return name;
    },
  };
}
