// Numbers inside charts: the axis in short form ("12M", in Persian words and digits in fa) in the centre's unit, the
// tooltip in full money, both in the language's digits.
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';

export function useChartFormat() {
  const f = useFormat();
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const compact = new Intl.NumberFormat(f.lang === 'fa' ? 'fa-IR' : 'en-US', { notation: 'compact', maximumFractionDigits: 1 });
  return {
    /** rials → a short figure in the centre's unit */
    axis: (rials: number) => compact.format(unit === 'toman' ? rials / 10 : rials),
    /** rials → full money with the unit */
    full: (rials: number) => (Number.isSafeInteger(rials) ? f.money(rials) : f.number(rials)),
  };
}
