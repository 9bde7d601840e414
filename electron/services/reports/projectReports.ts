// The projects' reports: housing builds' progress and the summary by kind and status (PDF, XLSX,
// CSV through the treasury's report machinery), and the one-page sheet of a project for donors
// (PDF). Figures come from the projects service (electron/services/projects/list.ts, detail.ts)
// so a report never disagrees with the projects screen.
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { currentStage, type HousingStage } from '../../../shared/domain/housing.ts';
import type { FilePayload } from '../../../shared/validation/fields.ts';
import type { ReportFormat } from '../../../shared/contract/treasury.ts';
import type { ReportModel } from '../../reports/model.ts';
import { PDF_MIME, renderReport } from '../../reports/render.ts';
import { housingProgressModel } from '../../reports/housingProgress.ts';
import { projectsSummaryModel } from '../../reports/projectsSummary.ts';
import { projectSheetHtml, type SheetPhoto } from '../../reports/projectSheet.ts';
import { PL } from '../../reports/labels.ts';
import { fileDate } from '../../reports/columns.ts';
import { stmt } from '../../store/statements.ts';
import type { Db } from '../../store/database.ts';
import { effectiveStatus, loadProjectRows } from '../projects/list.ts';
import { loadProjectDetail } from '../projects/detail.ts';
import { loadStages, readStallDays } from '../projects/figures.ts';
import { readAttachmentBytes } from '../../store/attachmentFiles.ts';
import { renderContextOf } from './queries.ts';

type ProjectReportChannels = 'reports.housingProgress' | 'reports.projectsSummary' | 'reports.projectSheet';

/** Reads in one snapshot, then renders (printing is asynchronous and outside the transaction).
 *  The treasury's handlers.ts has the same three lines privately; importing them from there would
 *  make the two modules import each other, since handlers.ts spreads these handlers. */
async function produce(ctx: Ctx, format: ReportFormat, build: () => ReportModel): Promise<FilePayload> {
  const model = ctx.db.transaction(build)();
  return renderReport(model, renderContextOf(ctx), format, (html, opts) => ctx.core.printPdf(html, opts));
}

const PHOTO_LIMIT = 4;

interface PhotoRow {
  sha256: string;
  mime_type: string;
  stage: HousingStage | null;
  created_at: string;
}

/** The sheet's photos: images only, a build's stage photos before general ones, newest first;
 *  a few more than are printed, to stand in for any whose file is missing. */
function photoRows(db: Db, projectId: string): PhotoRow[] {
  return stmt<[string], PhotoRow>(
    db,
    `SELECT sha256, mime_type, stage, created_at FROM attachments
     WHERE project_id = ? AND removed_at IS NULL AND mime_type IN ('image/jpeg', 'image/png', 'image/webp')
     ORDER BY stage IS NULL, created_at DESC, id LIMIT ${PHOTO_LIMIT * 2}`,
  ).all(projectId);
}

/** Photos as data: URLs (the printed page never reaches for a file). A photo whose file is
 *  missing from the data folder or damaged is left out rather than failing the sheet: the donor
 *  still gets the page, with the next photo in its place. */
function loadPhotos(ctx: Ctx, projectId: string): SheetPhoto[] {
  const out: SheetPhoto[] = [];
  for (const r of photoRows(ctx.db, projectId)) {
    if (out.length === PHOTO_LIMIT) break;
    let bytes: Buffer;
    try {
      bytes = readAttachmentBytes(ctx.core.dataDir, r.sha256);
    } catch (err) {
      if (err instanceof AppError) continue; // attachments.missing / attachments.damaged
      throw err;
    }
    out.push({ dataUrl: `data:${r.mime_type};base64,${bytes.toString('base64')}`, stage: r.stage, date: todayIso(new Date(r.created_at)) });
  }
  return out;
}

export const projectReportsHandlers: Pick<AreaHandlers<'reports'>, ProjectReportChannels> = {
  'reports.housingProgress'(ctx, input) {
    return produce(ctx, input.format, () => {
      const today = todayIso(ctx.clock.now());
      const asOf = input.asOf ?? today;
      // Stalled days are counted to `asOf`; stages and money are as recorded now.
      const rows = loadProjectRows(ctx.db, { kind: 'housing', includeClosed: input.includeClosed, includeArchived: false }, asOf);
      const stages = loadStages(ctx.db, null);
      return housingProgressModel({
        asOf,
        today,
        stallDays: readStallDays(ctx.db),
        includeClosed: input.includeClosed,
        entries: rows.map((row) => {
          const own = stages.get(row.id) ?? [];
          const current = currentStage(own);
          const dueOf = row.stalled?.stage ?? current;
          return { row, currentStage: current, status: effectiveStatus(row), due: own.find((s) => s.stage === dueOf)?.plannedEnd ?? null };
        }),
      });
    });
  },

  'reports.projectsSummary'(ctx, input) {
    return produce(ctx, input.format, () => {
      const today = todayIso(ctx.clock.now());
      const rows = loadProjectRows(ctx.db, { includeClosed: true, includeArchived: false }, today);
      return projectsSummaryModel({
        today,
        projects: rows.map((r) => ({ kind: r.kind, status: effectiveStatus(r), ...r.money })),
      });
    });
  },

  async 'reports.projectSheet'(ctx, input) {
    const { project, photos } = ctx.db.transaction(() => ({
      project: loadProjectDetail(ctx.db, input.projectId, todayIso(ctx.clock.now())),
      photos: loadPhotos(ctx, input.projectId),
    }))();
    const pdf = await ctx.core.printPdf(projectSheetHtml(project, photos, renderContextOf(ctx)), { pageSize: 'A4' });
    return { fileName: `${PL.sheet.file}-${fileDate(todayIso(ctx.clock.now()))}-${project.id.slice(0, 8)}.pdf`, mimeType: PDF_MIME, base64: pdf.toString('base64') };
  },
};
