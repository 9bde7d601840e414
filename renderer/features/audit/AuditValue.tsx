// One value of an audited record, readable: dates in Jalali, yes/no, lists, roles, why an
// exchange file was refused, digits in the language's script.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/contract/channel.ts';
import { useFormat } from '../../lib/format.ts';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC = /^[\d\s+\-/]+$/;
/** A refused exchange file's reason is its error's message key (electron/services/exchange/refusals.ts). */
const REFUSAL = /^exchange\.([A-Za-z]+)$/;

export function useAuditValue(): (field: string, v: unknown) => string {
  const { t } = useTranslation('audit');
  const fmt = useFormat();
  const sep = t('detail.listSeparator');
  const show = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('detail.empty');
    if (typeof v === 'boolean') return t(v ? 'detail.yes' : 'detail.no');
    if (typeof v === 'number') return fmt.number(v);
    if (Array.isArray(v)) return v.length ? v.map((x) => show(field, x)).join(sep) : t('detail.empty');
    if (typeof v === 'string') {
      const refusal = field === 'reason' ? REFUSAL.exec(v) : null;
      if (refusal) return t(`refusals.${refusal[1]}`, { defaultValue: v });
      if (ISO_DATE_TIME.test(v)) return fmt.dateTime(v);
      if (ISO_DATE.test(v)) return fmt.date(v);
      if (field.endsWith('role') && (ROLES as readonly string[]).includes(v)) return t(`errors:roles.${v}`);
      if (field.endsWith('locale') && (v === 'fa' || v === 'en')) return t(`components:language.${v}`);
      if (field.endsWith('moneyUnit') && (v === 'rial' || v === 'toman')) return t(`settings:money.${v}`);
      return NUMERIC.test(v) ? fmt.digits(v) : v;
    }
    return JSON.stringify(v);
  };
  return show;
}

export function AuditValue({ field, value, strike }: { field: string; value: unknown; strike?: boolean }) {
  const show = useAuditValue();
  return (
    <Text size="sm" td={strike ? 'line-through' : undefined} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {show(field, value)}
    </Text>
  );
}
