// One row of a commit, inside its batch's transaction: create the dossier, update the matched
// one (fill empty fields only, or replace the fields the file maps), or skip, with the dossier's
// audit row. The row is checked again with the form's schema: the file's cells are the truth.
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canCreateUsager } from "@/lib/auth/permissions";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { importTargetScope } from "@/lib/auth/scopes/import";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisYear } from "@/lib/domain/shared/paris-time";
import { columnsOf } from "@/lib/domain/usagers/commands";
import { nextNumeroDossier } from "@/lib/domain/usagers/numero";
import { searchNameOf } from "@/lib/domain/shared/normalize";
import { isPasserelleNumero } from "./analyse";
import { checkRow, type ReferentIndex } from "./row-input";
import type { ImportField } from "./fields";
import type { ImportChoice, ImportGroup, ImportOutcome } from "./schemas";

export type CommitContext = {
  actor: Actor; jobId: string; mapping: (ImportField | "")[]; referents: ReferentIndex; groupChoices: Record<string, ImportChoice>; now: Date;
  /** The batch's dossiers by file identifier, read in one query before it (run-job.ts) and kept up to date by its creations. */
  externalIds?: Map<string, string>;
  /** The batch's audit rows, written together at its end (same transaction). */
  audits?: Parameters<typeof writeAudit>[2][];
};

/** Audit rows of a batch go in one statement at its end; alone (tests), at once. */
export const auditRow = (tx: DbTx, ctx: CommitContext, entry: Parameters<typeof writeAudit>[2]) => (ctx.audits ? (ctx.audits.push(entry), Promise.resolve()) : writeAudit(tx, ctx.actor, entry));
export type RowResult = { outcome: ImportOutcome; reason: string | null; usagerId: string | null; numero: string | null };
type Row = { line: number; cells: string[]; group: string; choice: string | null; matchId: string | null; dossierNumero: string | null; cellErrors: unknown };

/** Import field → the dossier's columns it fills. */
const COLUMNS_OF_FIELD: Partial<Record<ImportField, string[]>> = {
  civilite: ["civilite"], nom: ["nom", "searchName"], nomNaissance: ["nomNaissance", "searchName"], prenom: ["prenom", "searchName"],
  dateNaissance: ["dateNaissance", "dateNaissancePrecision"], telephone: ["telephone"], email: ["email"], adresse: ["adresse"], codePostal: ["codePostal"],
  commune: ["commune"], quartier: ["quartier"], situationFamiliale: ["situationFamiliale"], logementStatut: ["logementStatut"],
  bailleur: ["bailleur"], droitsOuverts: ["droitsOuverts"],
};
const isEmpty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a instanceof Date ? a.toISOString() : a) === JSON.stringify(b instanceof Date ? b.toISOString() : b);

export async function commitRow(tx: DbTx, ctx: CommitContext, row: Row): Promise<RowResult> {
  const group = row.group as ImportGroup;
  const skip = (reason: string): RowResult => ({ outcome: "SKIPPED", reason, usagerId: null, numero: row.dossierNumero });
  if (group === "ERROR") return { outcome: "ERROR", reason: Object.values((row.cellErrors ?? {}) as Record<string, string>).join(" ; "), usagerId: null, numero: null };
  const choice = (row.choice ?? ctx.groupChoices[group] ?? "SKIP") as ImportChoice;
  if (choice === "SKIP") {
    return skip(group === "FILE_DUPLICATE" ? `Ignorée : ${(row.cellErrors as { _row?: string } | null)?._row ?? "doublon dans le fichier."}`
      : group === "MATCH" ? `Ignorée : le dossier ${row.dossierNumero} existe déjà.` : "Ignorée sur votre choix.");
  }
  const check = checkRow(row.cells, ctx.mapping, ctx.referents, ctx.now);
  if (!check.ok) return { outcome: "ERROR", reason: Object.values(check.errors).join(" ; "), usagerId: null, numero: null };
  const { input, extras, mapped } = check;
  const fileId = extras.numeroDossier && !isPasserelleNumero(extras.numeroDossier) ? extras.numeroDossier : null;
  // Already brought in by an earlier run (same identifier): never twice.
  const already = !fileId ? null
    : ctx.externalIds ? (ctx.externalIds.has(fileId) ? { id: ctx.externalIds.get(fileId)! } : null)
    : await tx.usager.findFirst({ where: { AND: [importTargetScope(ctx.actor), { externalId: fileId }] }, select: { id: true } });
  const targetId = choice === "CREATE" ? (already && group !== "MATCH" ? already.id : null) : row.matchId;
  const mode = choice === "CREATE" ? "UPDATE_EMPTY" : choice;

  if (!targetId) {
    const numeroDossier = await nextNumeroDossier(tx, ctx.actor.structureId, parisYear(ctx.now));
    const usager = await tx.usager.create({
      data: {
        ...columnsOf(input), ...ownedBy(ctx.actor), numeroDossier, externalId: already ? null : fileId, createdById: ctx.actor.id, createdAt: ctx.now,
        lastContactAt: extras.dernierContact ? isoToDate(extras.dernierContact) : null,
      },
      select: { id: true },
    });
    const referentId = extras.referentId ?? (canCreateUsager(ctx.actor) ? ctx.actor.id : null);
    if (referentId) await tx.usagerReferent.create({ data: { usagerId: usager.id, userId: referentId } });
    if (extras.observations) {
      await tx.entretien.create({
        data: {
          ...ownedBy(ctx.actor), usagerId: usager.id, authorId: extras.referentId ?? ctx.actor.id, date: extras.dernierContact ? isoToDate(extras.dernierContact)! : ctx.now,
          dureeMinutes: 0, canal: "BUREAU", objetPrecision: "Repris d'un fichier", resume: extras.observations,
        },
      });
    }
    if (fileId && !already) ctx.externalIds?.set(fileId, usager.id);
    await auditRow(tx, ctx, { action: "usager.create", entityType: "Usager", entityId: usager.id, details: { numeroDossier, importId: ctx.jobId, ligne: row.line } });
    return { outcome: "CREATED", reason: group === "MATCH" ? `Créé malgré le dossier semblable ${row.dossierNumero}.` : null, usagerId: usager.id, numero: numeroDossier };
  }

  const current = await tx.usager.findFirst({ where: { AND: [importTargetScope(ctx.actor), { id: targetId }] } });
  if (!current) return { outcome: "ERROR", reason: "Le dossier correspondant n'existe plus.", usagerId: null, numero: null };
  if (current.status === "ARCHIVE") return { outcome: "SKIPPED", reason: `Le dossier ${current.numeroDossier} est archivé : il n'est pas modifié.`, usagerId: current.id, numero: current.numeroDossier };
  const next = columnsOf(input) as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  const columns = new Set<string>();
  for (const f of mapped) for (const c of COLUMNS_OF_FIELD[f] ?? (f.startsWith("droit:") ? ["droitsOuverts"] : [])) columns.add(c);
  for (const c of columns) {
    if (c === "searchName") continue;
    const was = (current as Record<string, unknown>)[c];
    const value = next[c];
    // An empty cell never erases what the dossier holds.
    if (isEmpty(value) || same(was, value)) continue;
    if (mode === "UPDATE_EMPTY" && !isEmpty(was)) continue;
    data[c] = value;
  }
  if ("nom" in data || "prenom" in data || "nomNaissance" in data) data.searchName = searchNameOf({ ...current, ...(data as object) } as never);
  if (fileId && !current.externalId && !already) {
    data.externalId = fileId;
    ctx.externalIds?.set(fileId, current.id);
  }
  const contact = extras.dernierContact ? isoToDate(extras.dernierContact)! : null;
  if (contact && (!current.lastContactAt || contact > current.lastContactAt)) data.lastContactAt = contact;
  let referentAdded = false;
  if (extras.referentId) {
    const link = await tx.usagerReferent.findUnique({ where: { usagerId_userId: { usagerId: current.id, userId: extras.referentId } } });
    if (!link) {
      await tx.usagerReferent.create({ data: { usagerId: current.id, userId: extras.referentId } });
      referentAdded = true;
    }
  }
  const champs = Object.keys(data).filter((k) => k !== "searchName");
  if (champs.length === 0 && !referentAdded) return { outcome: "UNCHANGED", reason: `Dossier ${current.numeroDossier} : rien à compléter.`, usagerId: current.id, numero: current.numeroDossier };
  await tx.usager.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } } });
  await auditRow(tx, ctx, {
    action: "usager.update", entityType: "Usager", entityId: current.id,
    details: { champs: referentAdded ? [...champs, "referent"] : champs, importId: ctx.jobId, ligne: row.line },
  });
  return { outcome: "UPDATED", reason: champs.length ? `Champs ${mode === "UPDATE_EMPTY" ? "complétés" : "remplacés"} : ${champs.join(", ")}.` : "Référent ajouté.", usagerId: current.id, numero: current.numeroDossier };
}
