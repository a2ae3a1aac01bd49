// One row of a members or contacts sheet, inside its batch's transaction (after every dossier of
// the file: their rows come first). The dossier is the one its row of the file created or
// matched, or the structure's dossier the preview found; what the dossier already holds (same
// member, same imported contact) is never written twice, so a re-import creates nothing.
import type { DbTx } from "@/lib/db";
import { importTargetScope } from "@/lib/auth/scopes/import";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { isoToDate } from "@/lib/domain/shared/fields";
import { normalizeText } from "@/lib/domain/shared/normalize";
import { IMPORTED_OBJET } from "./analyse-sheets";
import { checkSheetRow, type ImportSheet } from "./sheet-fields";
import type { CommitContext, RowResult } from "./commit-context";
import { importedEntretien } from "./create-dossiers";

type Row = { line: number; cells: string[]; group: string; choice: string | null; matchId: string | null; parentRowId: string | null; dossierNumero: string | null; cellErrors: unknown };

export async function commitSheetRow(tx: DbTx, ctx: CommitContext, sheet: ImportSheet | undefined, row: Row): Promise<RowResult> {
  const result = (outcome: RowResult["outcome"], reason: string, usagerId: string | null = null, numero: string | null = row.dossierNumero): RowResult => ({ outcome, reason, usagerId, numero });
  const reasons = () => Object.values((row.cellErrors ?? {}) as Record<string, string>).join(" ; ");
  if (row.group === "ERROR" || !sheet?.role) return result("ERROR", reasons() || "Feuille non importée.", null, null);
  if (row.group === "FILE_DUPLICATE") return result("SKIPPED", `Ignorée : ${reasons()}`);
  if (row.group === "MATCH") return result("UNCHANGED", sheet.role === "foyer" ? "Déjà dans le foyer du dossier." : "Contact déjà repris dans le dossier.");
  if (row.choice === "SKIP") return result("SKIPPED", "Ignorée sur votre choix.");

  const check = checkSheetRow(sheet.role, row.cells, sheet.mapping, ctx.referents, ctx.now);
  if (!check.ok) return result("ERROR", Object.values(check.errors).join(" ; "), null, null);
  let usagerId = row.matchId;
  if (row.parentRowId) {
    const parent = await tx.importRow.findUnique({ where: { id: row.parentRowId }, select: { line: true, usagerId: true, matchId: true, group: true } });
    usagerId = parent?.usagerId ?? (parent?.group === "MATCH" ? parent.matchId : null);
    if (!usagerId) return result("SKIPPED", `Ignorée : le dossier de la ligne ${parent?.line ?? "?"} n'a pas été importé.`);
  }
  const usager = usagerId ? await tx.usager.findFirst({ where: { AND: [importTargetScope(ctx.actor), { id: usagerId }] }, select: { id: true, numeroDossier: true, status: true, lastContactAt: true } }) : null;
  if (!usager) return result("ERROR", "Le dossier correspondant n'existe plus.", null, null);
  if (usager.status === "ARCHIVE") return result("SKIPPED", `Le dossier ${usager.numeroDossier} est archivé : il n'est pas modifié.`, usager.id, usager.numeroDossier);

  if ("lien" in check.value) {
    const m = check.value;
    const birth = isoToDate(m.dateNaissance)!;
    const same = await tx.foyerMembre.findMany({ where: { usagerId: usager.id, dateNaissance: birth }, select: { nom: true, prenom: true } });
    if (same.some((s) => normalizeText(s.nom) === normalizeText(m.nom) && normalizeText(s.prenom) === normalizeText(m.prenom))) {
      return result("UNCHANGED", "Déjà dans le foyer du dossier.", usager.id, usager.numeroDossier);
    }
    await tx.foyerMembre.create({ data: { usagerId: usager.id, nom: m.nom, prenom: m.prenom, dateNaissance: birth, lien: m.lien } });
    await writeAudit(tx, ctx.actor, { action: "usager.update", entityType: "Usager", entityId: usager.id, details: { champs: ["foyer"], importId: ctx.jobId, ligne: row.line, feuille: sheet.name } });
    return result("CREATED", "Membre du foyer ajouté.", usager.id, usager.numeroDossier);
  }

  const e = check.value;
  const date = isoToDate(e.date)!;
  const same = await tx.entretien.findMany({ where: { usagerId: usager.id, date, objetPrecision: IMPORTED_OBJET }, select: { resume: true } });
  if (same.some((s) => normalizeText(s.resume).slice(0, 200) === normalizeText(e.resume).slice(0, 200))) {
    return result("UNCHANGED", "Contact déjà repris dans le dossier.", usager.id, usager.numeroDossier);
  }
  const entretien = await tx.entretien.create({
    data: { ...importedEntretien(ctx, e.authorId ?? ctx.actor.id, date, e.resume), usagerId: usager.id },
    select: { id: true },
  });
  if (!usager.lastContactAt || usager.lastContactAt < date) await tx.usager.update({ where: { id: usager.id }, data: { lastContactAt: date } });
  await writeAudit(tx, ctx.actor, {
    action: "entretien.create", entityType: "Usager", entityId: usager.id,
    details: { entretienId: entretien.id, canal: "BUREAU", noteConfidentielle: false, importId: ctx.jobId, ligne: row.line, feuille: sheet.name },
  });
  return result("CREATED", "Contact repris comme entretien.", usager.id, usager.numeroDossier);
}
