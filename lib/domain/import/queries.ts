// Reads of imports, always through the import scopes (another structure's job: not found).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canImportDossiers } from "@/lib/auth/permissions";
import { importJobScope, importRowScope } from "@/lib/auth/scopes/import";
import { NotFoundError } from "@/lib/domain/errors";
import type { ImportGroup } from "./schemas";

export const ROWS_PER_PAGE = 50;

export async function listImportJobs(actor: Actor) {
  if (!canImportDossiers(actor)) return [];
  return db.importJob.findMany({
    where: importJobScope(actor), orderBy: { createdAt: "desc" }, take: 50,
    select: { id: true, kind: true, fileName: true, status: true, totalRows: true, created: true, updated: true, skipped: true, errors: true, createdAt: true, createdById: true },
  });
}

/** A running job whose heartbeat is older than this was interrupted (server restarted): it may be resumed. */
export const STALE_AFTER_MS = 2 * 60_000;

export async function getImportJob(actor: Actor, jobId: string, now = new Date()) {
  const job = await db.importJob.findFirst({ where: { AND: [importJobScope(actor), { id: jobId }] } });
  if (!job) throw new NotFoundError();
  const stale = job.status === "RUNNING" && (!job.heartbeatAt || now.getTime() - job.heartbeatAt.getTime() > STALE_AFTER_MS);
  return { ...job, stale };
}

/** Counts per group of one sheet (0: the dossiers; n: the job's sheets[n - 1]). */
export async function importGroupCounts(actor: Actor, jobId: string, sheet = 0): Promise<Record<ImportGroup, number>> {
  const counts = await db.importRow.groupBy({ by: ["group"], where: { AND: [importRowScope(actor), { jobId, sheet }] }, _count: { _all: true } });
  const out: Record<ImportGroup, number> = { NEW: 0, MATCH: 0, FILE_DUPLICATE: 0, ERROR: 0 };
  for (const c of counts) out[c.group as ImportGroup] = c._count._all;
  return out;
}

export async function listImportRows(actor: Actor, jobId: string, options: { group?: ImportGroup | null; page?: number; sheet?: number }) {
  const where = { AND: [importRowScope(actor), { jobId, sheet: options.sheet ?? 0 }, options.group ? { group: options.group } : {}] };
  const page = Math.max(1, Math.min(options.page ?? 1, 10_000));
  const [rows, total] = await Promise.all([
    db.importRow.findMany({
      where, orderBy: { position: "asc" }, skip: (page - 1) * ROWS_PER_PAGE, take: ROWS_PER_PAGE,
      select: { id: true, line: true, label: true, group: true, cellErrors: true, dossierNumero: true, choice: true, outcome: true, reason: true, cells: true },
    }),
    db.importRow.count({ where }),
  ]);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / ROWS_PER_PAGE)) };
}

/** Every row with its outcome, for the report (screen, CSV, XLSX). */
export async function importReportRows(actor: Actor, jobId: string) {
  return db.importRow.findMany({
    where: { AND: [importRowScope(actor), { jobId }] }, orderBy: { position: "asc" },
    select: { sheet: true, line: true, label: true, group: true, outcome: true, reason: true, dossierNumero: true, cellErrors: true },
  });
}
