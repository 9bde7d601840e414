// The filtered households list as XLSX or CSV, through the reports' table model and renderers.
// Sensitive columns (income, disability) only for roles that may see them; sensitive groups are
// left out of the groups column for the others.
import type { Ctx } from '../../core/context.ts';
import type { FilePayload } from '../../../shared/validation/fields.ts';
import type { VulnerabilityGroup } from '../../../shared/contract/households.ts';
import type { Column, ReportModel } from '../../reports/model.ts';
import { renderReport } from '../../reports/render.ts';
import { renderContextOf } from '../reports/queries.ts';
import { listHouseholds, filtersHidden, toSummary, type HouseholdSearch } from './search.ts';
import { callerSeesSensitive } from './redact.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';

export const GROUP_LABELS: Record<VulnerabilityGroup, string> = {
  womanHead: 'زن سرپرست خانوار',
  disability: 'معلولیت',
  chronicIllness: 'بیماری مزمن',
  recoveredAddiction: 'بهبودیافته از اعتیاد',
  elderlyAlone: 'سالمند تنها',
  orphans: 'فرزندان بی‌سرپرست',
  prisonerFamily: 'خانوادهٔ زندانی',
};

const BASE_COLUMNS: Column[] = [
  { key: 'name', label: 'سرپرست خانوار', kind: 'text' },
  { key: 'nationalId', label: 'کد ملی', kind: 'text' },
  { key: 'city', label: 'شهر', kind: 'text' },
  { key: 'village', label: 'روستا', kind: 'text' },
  { key: 'fileNo', label: 'شمارهٔ پرونده', kind: 'text' },
  { key: 'groups', label: 'گروه‌ها', kind: 'text' },
  { key: 'members', label: 'تعداد اعضا', kind: 'number' },
  { key: 'openNeeds', label: 'نیازهای باز', kind: 'number' },
  { key: 'waitingDays', label: 'روزهای انتظار', kind: 'number' },
  { key: 'caseWorker', label: 'مددکار', kind: 'text' },
];
const SENSITIVE_COLUMNS: Column[] = [
  { key: 'income', label: 'درآمد ماهانه', kind: 'money' },
  { key: 'disability', label: 'نوع معلولیت', kind: 'text' },
];

export async function exportHouseholds(ctx: Ctx, input: HouseholdSearch & { format: 'xlsx' | 'csv' }): Promise<FilePayload> {
  const sensitive = callerSeesSensitive(ctx);
  const today = todayIso(ctx.clock.now());
  const model = ctx.db.transaction((): ReportModel => {
    const rows = filtersHidden(input, sensitive) ? [] : listHouseholds(ctx.db, input, today, null).rows;
    return {
      title: 'فهرست خانوارهای تحت حمایت',
      subtitle: [`تعداد: ${rows.length}`],
      sheetName: 'خانوارها',
      fileBase: `households-${today}`,
      landscape: true,
      sections: [
        {
          columns: sensitive ? [...BASE_COLUMNS, ...SENSITIVE_COLUMNS] : BASE_COLUMNS,
          rows: rows.map((r) => {
            const s = toSummary(r, today, sensitive);
            return {
              cells: {
                name: s.displayName,
                nationalId: s.nationalId,
                city: s.city,
                village: s.village,
                fileNo: s.agencyFileNo,
                groups: s.groups.map((g) => GROUP_LABELS[g]).join('، '),
                members: s.memberCount,
                openNeeds: s.openNeeds,
                waitingDays: s.waitingDays,
                caseWorker: s.caseWorkerName,
                ...(sensitive ? { income: r.monthlyIncome, disability: r.disabilityKind } : {}),
              },
            };
          }),
        },
      ],
    };
  })();
  return renderReport(model, renderContextOf(ctx), input.format, (html, opts) => ctx.core.printPdf(html, opts));
}
