// Writes on the partner directory: ADMIN or RESPONSABLE of the structure. A partner that has been
// used in orientations cannot be deleted (their history names it): it is deactivated instead.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canEditAnnuaire } from "@/lib/auth/permissions";
import { partenaireScope } from "@/lib/auth/scopes/partenaire";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { NotFoundError } from "@/lib/domain/errors";
import { normalizeText } from "@/lib/domain/usagers/normalize";
import type { z } from "zod";
import type { Partenaire, PartenaireUpdate, ZPartenaireActif } from "./schemas";

export const searchTextOf = (p: { nom: string; organisme: string | null; commune: string | null }) =>
  normalizeText([p.nom, p.organisme ?? "", p.commune ?? ""].join(" "));

function columnsOf(p: Partenaire) {
  return {
    nom: p.nom, organisme: p.organisme, categorie: p.categorie, adresse: p.adresse, codePostal: p.codePostal, commune: p.commune,
    telephone: p.telephone, email: p.email, horaires: p.horaires, siteWeb: p.siteWeb, notes: p.notes, searchText: searchTextOf(p),
  };
}

async function writePermanences(tx: DbTx, partenaireId: string, input: Partenaire) {
  await tx.partenairePermanence.deleteMany({ where: { partenaireId } });
  await tx.partenairePermanence.createMany({ data: input.permanences.map((p) => ({ ...p, partenaireId })) });
}

async function loadEditable(tx: DbTx, actor: Actor, id: string) {
  if (!canEditAnnuaire(actor)) throw new NotFoundError();
  const partenaire = await tx.partenaire.findFirst({ where: { AND: [partenaireScope(actor), { id }] }, select: { id: true, actif: true } });
  if (!partenaire) throw new NotFoundError();
  return partenaire;
}

export async function createPartenaire(actor: Actor, input: Partenaire) {
  if (!canEditAnnuaire(actor)) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const created = await tx.partenaire.create({ data: { ...columnsOf(input), ...ownedBy(actor) }, select: { id: true } });
    await writePermanences(tx, created.id, input);
    await writeAudit(tx, actor, {
      action: "partenaire.create", entityType: "Partenaire", entityId: created.id,
      details: { categorie: input.categorie, permanences: input.permanences.length },
    });
    return created;
  });
}

export async function updatePartenaire(actor: Actor, input: PartenaireUpdate) {
  return db.$transaction(async (tx) => {
    const { id, ...rest } = input;
    await loadEditable(tx, actor, id);
    await tx.partenaire.update({ where: { id }, data: columnsOf(rest) });
    await writePermanences(tx, id, rest);
    await writeAudit(tx, actor, {
      action: "partenaire.update", entityType: "Partenaire", entityId: id,
      details: { categorie: rest.categorie, permanences: rest.permanences.length },
    });
    return { id };
  });
}

/** Deactivated partners leave the directory and the orientation form; past orientations keep them. */
export async function setPartenaireActif(actor: Actor, input: z.output<typeof ZPartenaireActif>) {
  return db.$transaction(async (tx) => {
    const current = await loadEditable(tx, actor, input.id);
    if (current.actif === input.actif) return { id: input.id };
    await tx.partenaire.update({ where: { id: input.id }, data: { actif: input.actif } });
    await writeAudit(tx, actor, { action: input.actif ? "partenaire.reactivate" : "partenaire.deactivate", entityType: "Partenaire", entityId: input.id });
    return { id: input.id };
  });
}
