// One A4 page about one project, to hand to donors: the centre, the project, where and when, a
// progress bar (a build's weighted completion, or money received against the budget), a build's
// stages, its money and up to four photos. The page is a fixed-height column whose photo area
// takes what is left, so the sheet is always exactly one page.
//
// Privacy: a housing build's household is named nowhere on this sheet, only «خانوار تحت حمایت».
// The sheet leaves the centre (donors pass it on, post it in groups), and a family's name beside
// its city and photos of its house says publicly that it lives on charity, and often more (a
// woman head of household, a disability). Captions typed by staff are left out for the same
// reason: photos are labelled with their stage and date only.
import type { ProjectDetail } from '../../shared/contract/projects.ts';
import { stageDone, type HousingStage } from '../../shared/domain/housing.ts';
import { formatMoney } from '../../shared/domain/money.ts';
import { formatJalali } from '../../shared/domain/jalali.ts';
import { toPersianDigits } from '../../shared/domain/digits.ts';
import { documentHead, esc, htmlDocument, ltr } from './layout.ts';
import { L, PL, PROJECT_KIND_LABELS, STAGE_LABELS, UNIT_LABELS, WAITING_FOR_LABELS } from './labels.ts';
import type { RenderContext } from './model.ts';

export interface SheetPhoto {
  /** data: URL of the image bytes (the page must not reference files) */
  dataUrl: string;
  stage: HousingStage | null;
  /** the Tehran calendar day it was added */
  date: string;
}

export type SheetProject = Pick<
  ProjectDetail,
  'name' | 'kind' | 'city' | 'startDate' | 'plannedEndDate' | 'description' | 'money' | 'housing' | 'employment'
>;

const S = PL.sheet;
/** Long descriptions are cut at a word so the page stays one page. */
const DESCRIPTION_CHARS = 320;

const SHEET_CSS = `
.page { height: 268mm; padding: 0 0.6mm; display: flex; flex-direction: column; overflow: hidden; }
.kicker { color: #1f6f5c; font-size: 9.5pt; font-weight: 700; }
.name { font-size: 17pt; line-height: 1.35; margin: 0.5mm 0 1.5mm; }
.facts { display: flex; flex-wrap: wrap; gap: 1mm 6mm; font-size: 9.5pt; color: #333; }
.facts .k { color: #666; }
.block { margin-top: 4mm; }
.block h2 { font-size: 11pt; color: #1f6f5c; margin-bottom: 1.5mm; }
.progress { display: flex; align-items: center; gap: 4mm; }
.bar { flex: 1; height: 7mm; border-radius: 3.5mm; background: #e3efeb; border: 0.6pt solid #b9c4c0; overflow: hidden; }
.fill { height: 100%; background: #1f6f5c; border-radius: 3.5mm; }
.pct { font-size: 16pt; font-weight: 700; color: #1f6f5c; min-width: 22mm; text-align: center; }
.progress-label { font-size: 9pt; color: #555; margin-top: 1mm; }
.alert { margin-top: 3mm; border: 1pt solid #c62828; background: #fdecea; color: #8e1c1c; border-radius: 2mm; padding: 2mm 3mm; font-size: 9.5pt; font-weight: 700; }
.stages { display: flex; gap: 1.5mm; }
.st { flex: 1; border: 0.6pt solid #b9c4c0; border-radius: 2mm; padding: 1.5mm; text-align: center; font-size: 8.5pt; line-height: 1.45; }
.st .dot { width: 4mm; height: 4mm; border-radius: 50%; margin: 0 auto 1mm; border: 1.2pt solid #9aa5a1; background: #fff; }
.st b { display: block; font-size: 9.5pt; }
.st.done { background: #e3efeb; border-color: #1f6f5c; }
.st.done .dot { background: #1f6f5c; border-color: #1f6f5c; }
.st.current { border: 1.4pt solid #d08a00; background: #fff7e6; }
.st.current .dot { border-color: #d08a00; background: #ffd27a; }
.st .when { color: #555; }
.money { display: flex; gap: 2mm; }
.money > div { flex: 1; border: 0.6pt solid #b9c4c0; border-radius: 2mm; padding: 1.5mm 2.5mm; }
.money .k { font-size: 8.5pt; color: #555; }
.money .v { font-size: 11.5pt; font-weight: 700; }
.money .gap .v { color: #b00020; }
.about { font-size: 9.5pt; color: #333; margin: 0; }
.photos { flex: 1; min-height: 0; display: flex; flex-direction: column; }
.grid { flex: 1; min-height: 0; display: grid; gap: 2.5mm; }
figure { margin: 0; min-height: 0; display: flex; flex-direction: column; }
figure img { flex: 1; min-height: 0; width: 100%; object-fit: cover; border-radius: 1.5mm; border: 0.6pt solid #b9c4c0; }
figcaption { font-size: 8pt; color: #555; text-align: center; margin-top: 0.5mm; }
.spacer { flex: 1; }
.foot { display: flex; justify-content: space-between; border-top: 0.8pt solid #1f6f5c; padding-top: 1.5mm; margin-top: 3mm; font-size: 9pt; color: #1f6f5c; }
.foot .printed { color: #555; }
`;

function money(rials: number, ctx: RenderContext): string {
  return `${ltr(esc(formatMoney(rials, { unit: ctx.unit, withUnit: false })))} ${UNIT_LABELS[ctx.unit]}`;
}
const date = (iso: string) => ltr(esc(formatJalali(iso)));
/** «۴۸٪»: the sign after the digits, inside the same left-to-right run. */
const pct = (n: number) => ltr(`${esc(toPersianDigits(n))}٪`);

function shortened(text: string): string {
  if (text.length <= DESCRIPTION_CHARS) return text;
  const cut = text.slice(0, DESCRIPTION_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_CHARS - 40))}…`;
}

function facts(p: SheetProject): string {
  const items: [string, string][] = [[PL.kind, esc(PROJECT_KIND_LABELS[p.kind])]];
  if (p.city) items.push([PL.city, esc(p.city)]);
  if (p.startDate) items.push([S.start, date(p.startDate)]);
  if (p.plannedEndDate) items.push([S.plannedEnd, date(p.plannedEndDate)]);
  if (p.housing) {
    items.push([S.handoverTo, S.beneficiary]);
    if (p.housing.areaM2) items.push([S.areaLabel, esc(toPersianDigits(S.area(p.housing.areaM2)))]);
  }
  if (p.employment) items.push([S.jobsLabel, esc(toPersianDigits(S.jobs(p.employment.jobsPlanned, p.employment.jobsCreated)))]);
  return `<div class="facts">${items.map(([k, v]) => `<span><span class="k">${esc(k)}:</span> ${v}</span>`).join('')}</div>`;
}

/** The bar: a build's weighted completion, or for other projects money received of the budget. */
function progress(p: SheetProject): string {
  let value: number;
  let label: string;
  if (p.housing) {
    value = p.housing.percent;
    label = S.buildProgress;
  } else if (p.money.budget) {
    value = Math.floor((p.money.received * 100) / p.money.budget);
    label = S.moneyProgress;
  } else {
    return `<section class="block"><p class="about">${S.noBudget}</p></section>`;
  }
  const width = Math.max(0, Math.min(100, value));
  return `<section class="block">
  <div class="progress"><div class="bar"><div class="fill" style="width: ${width}%"></div></div><div class="pct">${pct(value)}</div></div>
  <div class="progress-label">${esc(label)}</div>
</section>`;
}

function stalledAlert(p: SheetProject): string {
  const s = p.housing?.stalled;
  if (!s) return '';
  const text = S.stalled(STAGE_LABELS[s.stage], s.days, s.waitingFor ? WAITING_FOR_LABELS[s.waitingFor] : null);
  return `<div class="alert">${esc(toPersianDigits(text))}</div>`;
}

function stages(p: SheetProject): string {
  const h = p.housing;
  if (!h || h.stages.length === 0) return '';
  const cells = h.stages.map((s) => {
    let cls = 'planned';
    let state: string = S.planned;
    let when = s.plannedEnd ? date(s.plannedEnd) : '';
    if (stageDone(s)) {
      cls = 'done';
      state = S.done;
      when = s.actualEnd ? date(s.actualEnd) : '';
    } else if (s.stage === h.currentStage) {
      cls = 'current';
      state = `${S.current} ${pct(s.percent)}`;
    }
    return `<div class="st ${cls}"><div class="dot"></div><b>${esc(STAGE_LABELS[s.stage])}</b><div>${state}</div><div class="when">${when || '&nbsp;'}</div></div>`;
  });
  return `<section class="block"><h2>${S.stages}</h2><div class="stages">${cells.join('')}</div></section>`;
}

function moneyBlock(p: SheetProject, ctx: RenderContext): string {
  const m = p.money;
  const boxes: [string, string, string][] = [
    ['', PL.budget, m.budget === null ? '—' : money(m.budget, ctx)],
    ['', PL.raised, money(m.raised, ctx)],
    ['', PL.received, money(m.received, ctx)],
    ['gap', PL.gap, money(m.gap, ctx)],
  ];
  const cells = boxes.map(([cls, k, v]) => `<div class="${cls}"><div class="k">${esc(k)}</div><div class="v">${v}</div></div>`);
  return `<section class="block"><h2>${S.money}</h2><div class="money">${cells.join('')}</div></section>`;
}

function photos(list: readonly SheetPhoto[]): string {
  if (list.length === 0) return '<div class="spacer"></div>';
  const cols = list.length === 1 ? '1fr' : '1fr 1fr';
  const rows = list.length > 2 ? '1fr 1fr' : '1fr';
  const figures = list.map((ph) => {
    const what = ph.stage ? STAGE_LABELS[ph.stage] : PL.project;
    return `<figure><img src="${esc(ph.dataUrl)}" alt=""><figcaption>${esc(what)} · ${date(ph.date)}</figcaption></figure>`;
  });
  return `<section class="block photos"><h2>${S.photos}</h2><div class="grid" style="grid-template-columns: ${cols}; grid-template-rows: ${rows}">${figures.join('')}</div></section>`;
}

export function projectSheetHtml(p: SheetProject, photoList: readonly SheetPhoto[], ctx: RenderContext): string {
  const head = documentHead(ctx.centre, []);
  const about = p.description ? `<section class="block"><p class="about">${esc(toPersianDigits(shortened(p.description)))}</p></section>` : '';
  const body = `<div class="page">
${head}
<div class="kicker">${S.title}</div>
<h1 class="name">${esc(p.name)}</h1>
${facts(p)}
${progress(p)}
${stalledAlert(p)}
${stages(p)}
${moneyBlock(p, ctx)}
${about}
${photos(photoList.slice(0, 4))}
<div class="foot"><span>${S.thanks}</span><span class="printed">${L.printedOn}: ${date(ctx.today)}</span></div>
</div>`;
  return htmlDocument({ title: `${S.title} ${p.name}`, pageSize: 'A4', pageNumbers: false, margin: '13mm 12mm', body, css: SHEET_CSS });
}
