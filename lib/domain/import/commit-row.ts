// One row of a commit, inside its batch's transaction: create the dossier (queued, written with
// the batch's others: create-dossiers.ts), update the matched one (fill empty fields only, or
// replace the fields the file maps), or skip, with the dossier's audit row. The row is checked
// again with the form's schema: the file's cells are the truth.
import type { DbTx } from "@/lib/db";
import { canCreateUsager } from "@/lib/auth/permissions";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { importTargetScope } from "@/lib/auth/scopes/import";
import { isoToDate } from "@/lib/domain/shared/fields";
import { columnsOf } from "@/lib/domain/usagers/commands";
import { searchNameOf } from "@/lib/domain/shared/normalize";
import { isPasserelleNumero } from "./analyse";
import { checkRow } from "./row-input";
import { auditRow, type CommitContext, type PendingCreate, type RowResult } from "./commit-context";
import { flushCreates, importedEntretien, queueCreate } from "./create-dossiers";
import type { ImportField } from "./fields";
import type { ImportChoice, ImportGroup } from "./schemas";

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
    // Alone (no batch), the row writes its dossier itself.
    const pending: PendingCreate[] = ctx.creates ?? [];
    const created = queueCreate(pending, {
      line: row.line,
      usager: {
        ...columnsOf(input), ...ownedBy(ctx.actor), externalId: already ? null : fileId, createdById: ctx.actor.id, createdAt: ctx.now,
        lastContactAt: extras.dernierContact ? isoToDate(extras.dernierContact) : null,
      },
      referentId: extras.referentId ?? (canCreateUsager(ctx.actor) ? ctx.actor.id : null),
      entretien: extras.observations
        ? importedEntretien(ctx, extras.referentId ?? ctx.actor.id, extras.dernierContact ? isoToDate(extras.dernierContact)! : ctx.now, extras.observations) : null,
    }, group === "MATCH" ? `Créé malgré le dossier semblable ${row.dossierNumero}.` : null);
    if (fileId && !already) ctx.externalIds?.set(fileId, created.usagerId!);
    if (!ctx.creates) await flushCreates(tx, ctx, pending);
    return created;
  }

  // A dossier queued by an earlier row of this batch (same file identifier): written first.
  if (ctx.creates?.some((p) => p.result.usagerId === targetId)) await flushCreates(tx, ctx, ctx.creates);
  const current = ctx.currents?.get(targetId) ?? await tx.usager.findFirst({ where: { AND: [importTargetScope(ctx.actor), { id: targetId }] } });
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
    const key = `${current.id}|${extras.referentId}`;
    const link = ctx.referentLinks && ctx.currents?.has(current.id) ? ctx.referentLinks.has(key)
      : await tx.usagerReferent.findUnique({ where: { usagerId_userId: { usagerId: current.id, userId: extras.referentId } } });
    if (!link) {
      await tx.usagerReferent.create({ data: { usagerId: current.id, userId: extras.referentId } });
      ctx.referentLinks?.add(key);
      referentAdded = true;
    }
  }
  const champs = Object.keys(data).filter((k) => k !== "searchName");
  if (champs.length === 0 && !referentAdded) return { outcome: "UNCHANGED", reason: `Dossier ${current.numeroDossier} : rien à compléter.`, usagerId: current.id, numero: current.numeroDossier };
  await tx.usager.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } } });
  // A later row of the batch on the same dossier sees this one's changes, as if read again.
  Object.assign(current, data, { version: current.version + 1 });
  await auditRow(tx, ctx, {
    action: "usager.update", entityType: "Usager", entityId: current.id,
    details: { champs: referentAdded ? [...champs, "referent"] : champs, importId: ctx.jobId, ligne: row.line },
  });
  return { outcome: "UPDATED", reason: champs.length ? `Champs ${mode === "UPDATE_EMPTY" ? "complétés" : "remplacés"} : ${champs.join(", ")}.` : "Référent ajouté.", usagerId: current.id, numero: current.numeroDossier };
}
