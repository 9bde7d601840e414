// A candidate's score part in words ("waiting 143 days: +18"), built from the part's factor and
// the detail the main process computed it from, through the households namespace's keys.
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { scorePart } from '../../../shared/contract/matching.ts';
import type { useFormat } from '../../lib/format.ts';

type Part = z.infer<typeof scorePart>;
type Fmt = ReturnType<typeof useFormat>;

const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Which sentence a part uses: some factors have a variant for "none" or "unknown". */
function variant(p: Part): string {
  const d = p.detail;
  switch (p.factor) {
    case 'vulnerability':
      return num(d.count) === 0 ? 'vulnerabilityNone' : 'vulnerability';
    case 'priorAid':
      return num(d.count) === 0 ? 'priorAidNone' : num(d.elsewhereCount) > 0 ? 'priorAidElsewhere' : 'priorAid';
    case 'income':
      return d.known === false ? 'incomeUnknown' : 'income';
    case 'sameCity':
      if (d.offerHasCity === false) return 'noOfferCity';
      return d.sameCity === true ? 'sameCity' : 'otherCity';
    default:
      return p.factor;
  }
}

export function partText(p: Part, t: TFunction, f: Fmt): string {
  const d = p.detail;
  const groups = Array.isArray(d.groups) ? d.groups.map((g) => t(`households:group.${g}`)).join(t('households:matching.listSeparator')) : '';
  const sentence = t(`households:matching.part.${variant(p)}`, {
    priority: f.number(num(d.priority)),
    groups,
    days: f.number(num(d.days)),
    count: num(d.count),
    n: f.number(num(d.count)),
    value: f.money(num(d.value)),
    elsewhere: f.number(num(d.elsewhereCount)),
    months: f.number(num(d.months)),
    members: f.number(num(d.members)),
    perPerson: f.money(num(d.perPerson)),
    city: str(d.city),
  });
  // Left-to-right isolate: the sign stays before the number in a Persian sentence too.
  const points = `\u2066${p.points >= 0 ? '+' : '−'}${f.number(Math.abs(p.points))}\u2069`;
  return t('households:matching.partLine', { sentence, points });
}
