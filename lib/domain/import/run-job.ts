// The commit of an import, as a job: rows in order, in batches of BATCH_SIZE, each batch one
// transaction that also moves the job's cursor and counts. A failure rolls its batch back, stops
// the job at that row's line and keeps every earlier batch; resuming starts again at the cursor.
// Progress is in the database (the page polls it). Once done, the file's cells are cleared.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { importJobScope } from "@/lib/auth/scopes/import";
import { notify } from "@/lib/domain/notifications/notify";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { DomainError } from "@/lib/domain/errors";
import { log } from "@/lib/log";
import { importTargetScope } from "@/lib/auth/scopes/import";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { isPasserelleNumero, loadReferents } from "./analyse";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DbTx } from "@/lib/db";
import { commitRow } from "./commit-row";
import type { CommitContext, RowResult } from "./commit-context";
import { flushCreates } from "./create-dossiers";
import { commitSheetRow } from "./commit-sheet-row";
import { commitPartenaireRow } from "./partenaires";
import { PARTENAIRE_KIND } from "./partenaire-fields";
import type { ImportSheet } from "./sheet-fields";
import { loadImportJob } from "./commands";
import type { ImportField } from "./fields";
import type { ImportChoice } from "./schemas";
import { STALE_AFTER_MS } from "./queries";

export const BATCH_SIZE = 200;

export type RunOptions = {
  batchSize?: number;
  now?: Date;
  /** Called before each row is written (tests: a failure at a chosen row; benchmarks: timing). */
  beforeRow?: (row: { line: number; position: number }) => void;
};

/** Marks the job running if it may start or resume; false when another run holds it. */
export async function claimImportJob(actor: Actor, jobId: string, now = new Date()) {
  const job = await loadImportJob(actor, jobId);
  if (job.status === "DONE" || job.status === "CANCELLED") throw new DomainError("Cet import est terminé.");
  if (job.status === "MAPPING") throw new DomainError("Associez d'abord les colonnes et vérifiez l'aperçu.");
  const { count } = await db.importJob.updateMany({
    where: {
      AND: [importJobScope(actor), { id: jobId }],
      OR: [{ status: { in: ["PREVIEW", "FAILED"] } }, { status: "RUNNING", heartbeatAt: { lt: new Date(now.getTime() - STALE_AFTER_MS) } }],
    },
    data: { status: "RUNNING", heartbeatAt: now, startedAt: job.startedAt ?? now, failedLine: null, failure: null },
  });
  if (count === 0) throw new DomainError("Cet import est déjà en cours : suivez sa progression sur cette page.");
  return { jobId };
}

const failureText = (line: number, done: number, error: unknown) =>
  `L'import s'est arrêté à la ligne ${line}${error instanceof DomainError ? ` : ${error.message}` : " : une erreur inattendue s'est produite."} `
  + `Les ${done.toLocaleString("fr-FR")} premières lignes sont enregistrées ; corrigez si besoin, puis reprenez l'import : il repart de cette ligne.`;

/** The dossiers of the structure a batch's identifiers name (file identifiers, not Passerelle numbers). */
async function batchExternalIds(actor: Actor, rows: { cells: string[] }[], mapping: string[]) {
  const column = mapping.indexOf("numeroDossier");
  const ids = column < 0 ? [] : [...new Set(rows.map((r) => (r.cells[column] ?? "").trim()).filter((v) => v && !isPasserelleNumero(v)))];
  const found = ids.length ? await db.usager.findMany({ where: { AND: [importTargetScope(actor), { externalId: { in: ids } }] }, select: { id: true, externalId: true } }) : [];
  return new Map(found.map((u) => [u.externalId!, u.id]));
}

/** The dossiers the batch's rows match (preview) or name by identifier, and their référents: one query each. */
async function batchCurrents(tx: DbTx, actor: Actor, rows: { matchId: string | null }[], externalIds: Map<string, string>) {
  const ids = [...new Set([...rows.flatMap((r) => (r.matchId ? [r.matchId] : [])), ...externalIds.values()])];
  if (!ids.length) return { currents: new Map(), referentLinks: new Set<string>() };
  const found = await tx.usager.findMany({ where: { AND: [importTargetScope(actor), { id: { in: ids } }] } });
  const links = await tx.usagerReferent.findMany({ where: { usagerId: { in: found.map((u) => u.id) } }, select: { usagerId: true, userId: true } });
  return { currents: new Map(found.map((u) => [u.id, u])), referentLinks: new Set(links.map((l) => `${l.usagerId}|${l.userId}`)) };
}

async function storeResults(tx: DbTx, results: { id: string; r: RowResult }[]) {
  if (!results.length) return;
  await tx.$executeRaw(Prisma.sql`
    UPDATE "ImportRow" r SET outcome = v.o, reason = v.re, "usagerId" = v.u::uuid, "dossierNumero" = v.n
    FROM unnest(${results.map((x) => x.id)}::uuid[], ${results.map((x) => x.r.outcome)}::text[], ${results.map((x) => x.r.reason)}::text[],
                ${results.map((x) => x.r.usagerId)}::text[], ${results.map((x) => x.r.numero)}::text[]) AS v(id, o, re, u, n)
    WHERE r.id = v.id`);
}

/** Runs a claimed job to its end (or its first failure). */
export async function continueImportJob(actor: Actor, jobId: string, options: RunOptions = {}) {
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const referents = await loadReferents(actor);
  for (;;) {
    const job = await loadImportJob(actor, jobId);
    if (job.status !== "RUNNING") return job.status;
    const ctx: CommitContext = {
      actor, jobId, mapping: job.mapping as (ImportField | "")[], referents, groupChoices: job.groupChoices as Record<string, ImportChoice>, now: options.now ?? new Date(),
    };
    const sheets = job.sheets as ImportSheet[];
    const rows = await db.importRow.findMany({ where: { jobId, position: { gte: job.cursor } }, orderBy: { position: "asc" }, take: batchSize });
    if (rows.length === 0) break;
    let current = rows[0]!;
    const dossierRows = job.kind === PARTENAIRE_KIND ? [] : rows.filter((r) => r.sheet === 0);
    if (dossierRows.length) ctx.externalIds = await batchExternalIds(actor, dossierRows, job.mapping);
    ctx.audits = [];
    ctx.creates = [];
    try {
      await db.$transaction(async (tx) => {
        if (dossierRows.length) Object.assign(ctx, await batchCurrents(tx, actor, dossierRows, ctx.externalIds!));
        const counts = { created: 0, updated: 0, skipped: 0, errors: 0 };
        const results: { id: string; r: RowResult }[] = [];
        // The batch's new dossiers, then the outcomes of its rows, in a few statements; before a
        // member or contact, whose dossier may be a row of this very batch.
        const flush = async () => {
          // A failure while writing them is reported at the first of their lines.
          const at = current;
          if (ctx.creates!.length) current = rows.find((r) => r.line === ctx.creates![0]!.line && r.sheet === 0) ?? current;
          await flushCreates(tx, ctx, ctx.creates!);
          current = at;
          await storeResults(tx, results.splice(0));
          await tx.auditLog.createMany({ data: ctx.audits!.splice(0).map((e) => ({ actorId: actor.id, ...ownedBy(actor), action: e.action, entityType: e.entityType, entityId: e.entityId ?? null, ip: actor.ip ?? null, details: (e.details ?? undefined) as never })) });
        };
        for (const row of rows) {
          current = row;
          if (row.sheet > 0 && results.length) await flush();
          options.beforeRow?.({ line: row.line, position: row.position });
          // Members and contacts come after every dossier of the file (their positions follow).
          const r = job.kind === PARTENAIRE_KIND ? await commitPartenaireRow(tx, ctx, row)
            : row.sheet === 0 ? await commitRow(tx, ctx, row) : await commitSheetRow(tx, ctx, sheets[row.sheet - 1], row);
          results.push({ id: row.id, r });
          if (r.outcome === "CREATED") counts.created++;
          else if (r.outcome === "UPDATED") counts.updated++;
          else if (r.outcome === "ERROR") counts.errors++;
          else counts.skipped++;
        }
        await flush();
        await tx.importJob.update({
          where: { id: jobId },
          data: {
            cursor: rows.at(-1)!.position + 1, heartbeatAt: new Date(),
            created: { increment: counts.created }, updated: { increment: counts.updated }, skipped: { increment: counts.skipped }, errors: { increment: counts.errors },
          },
        });
      }, { timeout: 120_000, maxWait: 30_000 });
    } catch (error) {
      if (!(error instanceof DomainError)) log.error({ err: error instanceof Error ? error.message : String(error), jobId, line: current.line }, "import_batch_failed");
      await db.importJob.update({ where: { id: jobId }, data: { status: "FAILED", failedLine: current.line, failure: failureText(current.line, job.cursor, error), heartbeatAt: new Date() } });
      return "FAILED" as const;
    }
  }
  await db.$transaction(async (tx) => {
    const job = await tx.importJob.update({ where: { id: jobId }, data: { status: "DONE", finishedAt: new Date() } });
    // The file is not kept: its cells go, the outcome of each row stays for the report.
    await tx.importRow.updateMany({ where: { jobId }, data: { cells: [] } });
    await writeAudit(tx, actor, {
      action: "import.run", entityType: "ImportJob", entityId: jobId,
      details: { fichier: job.fileName, lignes: job.totalRows, crees: job.created, misAJour: job.updated, ignores: job.skipped, erreurs: job.errors },
    });
    await notify(tx, null, { kind: "IMPORT_TERMINE", to: [job.createdById], structureId: job.structureId, href: `/parametres/import/${jobId}`, title: `L'import ${job.kind === PARTENAIRE_KIND ? "de l'annuaire" : "de dossiers"} est terminé (${job.created} créés, ${job.updated} mis à jour)` });
  });
  return "DONE" as const;
}

export async function runImportJob(actor: Actor, jobId: string, options: RunOptions = {}) {
  await claimImportJob(actor, jobId, options.now);
  return continueImportJob(actor, jobId, options);
}
