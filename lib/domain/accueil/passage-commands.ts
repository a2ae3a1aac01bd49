// Recording a passage at the desk: who (a dossier, or a first name / initials), why, what answer,
// when. One row and its audit line in one transaction; the audit carries codes, never free text.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ownedBy } from "@/lib/auth/scopes/structure";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { assertAccueil, loadDeskSite, loadNamedDossier, loadPartenaire } from "./access";
import type { Passage } from "./schemas";

export async function recordPassage(actor: Actor, input: Passage) {
  assertAccueil(actor);
  return db.$transaction(async (tx) => {
    const site = await loadDeskSite(tx, actor, input.siteId);
    const usager = await loadNamedDossier(tx, actor, input.usagerId);
    const partenaire = input.reponse === "ORIENTATION_PARTENAIRE" ? await loadPartenaire(tx, actor, input.partenaireId) : null;
    const passage = await tx.passage.create({
      data: {
        ...ownedBy(actor), siteId: site.id, usagerId: usager?.id ?? null,
        // A dossier is named by the dossier: no first name or description is kept beside it.
        prenom: usager ? null : input.prenom, sexe: usager ? null : input.sexe, trancheAge: usager ? null : input.trancheAge,
        motifs: [...new Set(input.motifs)], reponse: input.reponse, partenaireId: partenaire?.id ?? null,
        survenuLe: input.survenuLe, enregistreParId: actor.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "passage.record", entityType: "Passage", entityId: passage.id,
      details: { siteId: site.id, usagerId: usager?.id ?? null, motifs: input.motifs, reponse: input.reponse },
    });
    return passage;
  });
}
