// The annuaire's import, preview and commit: rows checked with the annuaire form's schema, then
// grouped — in error, the same partner as an earlier row, already in the annuaire (same name and
// organisme), or new — and committed as the form would (create, complete the empty fields, or
// replace the file's fields), each with its audit row. Matching again at the commit keeps a
// resumed or repeated import from creating a partner twice.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { partenaireScope } from "@/lib/auth/scopes/partenaire";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { searchTextOf } from "@/lib/domain/annuaire/commands";
import { checkPartenaireRow, partenaireKey, type PartenaireField } from "./partenaire-fields";
import type { CommitContext, RowResult } from "./commit-context";
import type { ImportChoice, ImportGroup } from "./schemas";

type Analysed = { id: string; group: ImportGroup; errors: Record<string, string> | null; matchId: string | null; numero: string | null; label: string };

async function partnersByKey(actor: Actor) {
  const all = await db.partenaire.findMany({ where: partenaireScope(actor), select: { id: true, nom: true, organisme: true } });
  return new Map(all.map((p) => [partenaireKey(p), p]));
}

export async function analysePartenaireRows(actor: Actor, rows: { id: string; line: number; cells: string[] }[], mapping: (PartenaireField | "")[]): Promise<Analysed[]> {
  const known = await partnersByKey(actor);
  const first = new Map<string, number>();
  return rows.map((r) => {
    const c = checkPartenaireRow(r.cells, mapping);
    if (!c.ok) return { id: r.id, group: "ERROR", errors: c.errors, matchId: null, numero: null, label: c.label };
    const label = [c.input.nom, c.input.organisme].filter(Boolean).join(" — ");
    const earlier = first.get(c.key);
    if (earlier !== undefined) return { id: r.id, group: "FILE_DUPLICATE", errors: { _row: `Même service que la ligne ${earlier} du fichier.` }, matchId: null, numero: null, label };
    first.set(c.key, r.line);
    const match = known.get(c.key);
    return match ? { id: r.id, group: "MATCH", errors: null, matchId: match.id, numero: null, label } : { id: r.id, group: "NEW", errors: null, matchId: null, numero: null, label };
  });
}

type Row = { line: number; cells: string[]; group: string; choice: string | null; matchId: string | null; cellErrors: unknown };

export async function commitPartenaireRow(tx: DbTx, ctx: CommitContext, row: Row): Promise<RowResult> {
  const out = (outcome: RowResult["outcome"], reason: string | null): RowResult => ({ outcome, reason, usagerId: null, numero: null });
  const group = row.group as ImportGroup;
  if (group === "ERROR") return out("ERROR", Object.values((row.cellErrors ?? {}) as Record<string, string>).join(" ; "));
  const choice = (row.choice ?? ctx.groupChoices[group] ?? "SKIP") as ImportChoice;
  if (choice === "SKIP") return out("SKIPPED", group === "MATCH" ? "Ignorée : ce service est déjà dans l'annuaire." : group === "FILE_DUPLICATE" ? "Ignorée : doublon dans le fichier." : "Ignorée sur votre choix.");
  const c = checkPartenaireRow(row.cells, ctx.mapping as (PartenaireField | "")[]);
  if (!c.ok) return out("ERROR", Object.values(c.errors).join(" ; "));
  const columns = {
    nom: c.input.nom, organisme: c.input.organisme, categorie: c.input.categorie, adresse: c.input.adresse, codePostal: c.input.codePostal, commune: c.input.commune,
    telephone: c.input.telephone, email: c.input.email, horaires: c.input.horaires, siteWeb: c.input.siteWeb, notes: c.input.notes,
  };
  // An earlier batch or run may have created it since the preview: the same key finds it.
  const sameName = await tx.partenaire.findMany({ where: { AND: [partenaireScope(ctx.actor), { nom: { equals: c.input.nom, mode: "insensitive" } }] }, select: { id: true, nom: true, organisme: true } });
  const already = sameName.find((p) => partenaireKey(p) === c.key);
  const targetId = choice === "CREATE" ? (group === "MATCH" ? null : already?.id ?? null) : (row.matchId ?? already?.id ?? null);
  if (!targetId) {
    const created = await tx.partenaire.create({ data: { ...columns, searchText: searchTextOf(columns), ...ownedBy(ctx.actor) }, select: { id: true } });
    await writeAudit(tx, ctx.actor, { action: "partenaire.create", entityType: "Partenaire", entityId: created.id, details: { categorie: columns.categorie, importId: ctx.jobId, ligne: row.line } });
    return out("CREATED", null);
  }
  const current = await tx.partenaire.findFirst({ where: { AND: [partenaireScope(ctx.actor), { id: targetId }] } });
  if (!current) return out("ERROR", "Ce service n'est plus dans l'annuaire.");
  const mode = choice === "CREATE" ? "UPDATE_EMPTY" : choice;
  const data: Record<string, unknown> = {};
  for (const f of c.mapped) {
    const value = (columns as Record<string, unknown>)[f];
    const was = (current as Record<string, unknown>)[f];
    // An empty cell never erases; "Autre" (no category given) never replaces a real one.
    if (value === null || value === "" || value === was || (f === "categorie" && value === "AUTRE")) continue;
    if (mode === "UPDATE_EMPTY" && was !== null && was !== "" && !(f === "categorie" && was === "AUTRE")) continue;
    data[f] = value;
  }
  const champs = Object.keys(data);
  if (champs.length === 0) return out("UNCHANGED", "Rien à compléter.");
  await tx.partenaire.update({ where: { id: current.id }, data: { ...data, searchText: searchTextOf({ ...current, ...(data as object) }) } });
  await writeAudit(tx, ctx.actor, { action: "partenaire.update", entityType: "Partenaire", entityId: current.id, details: { champs, importId: ctx.jobId, ligne: row.line } });
  return out("UPDATED", `Champs ${mode === "UPDATE_EMPTY" ? "complétés" : "remplacés"} : ${champs.join(", ")}.`);
}
