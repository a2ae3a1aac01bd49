// Linking a fiche to the person's dossier: an existing one (found through the duplicate search
// or the usagers search), or one created from what the fiche knows, by the usagers' own command
// (same numbering, duplicate check, référent and audit as any new dossier).
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { DomainError } from "@/lib/domain/errors";
import { createUsager } from "@/lib/domain/usagers/commands";
import type { UsagerCreate } from "@/lib/domain/usagers/schemas";
import { attachFicheRendezVousToUsager } from "./rendez-vous";
import { applyFicheAction, assertAction, loadFicheForCcas } from "./commands";
import type { ZFicheDossier, ZFicheLink } from "./schemas";

const alreadyLinked = () => new DomainError("Cette fiche est déjà liée à un dossier.");

export function linkFicheToUsager(actor: Actor, input: z.output<typeof ZFicheLink>, now = new Date()) {
  return applyFicheAction(actor, input.ficheId, "lier", now, async (fiche, tx) => {
    if (fiche.usagerId) throw alreadyLinked();
    const usager = await tx.usager.findFirst({ where: { AND: [usagerScope(actor), { id: input.usagerId }] }, select: { id: true } });
    if (!usager) throw new DomainError("Dossier introuvable.", { usagerId: "Choisissez un dossier de votre structure." });
    await attachFicheRendezVousToUsager(tx, fiche.id, usager.id);
    return { patch: { usagerId: usager.id }, details: { usagerId: usager.id } };
  });
}

export async function createDossierFromFiche(actor: Actor, input: z.output<typeof ZFicheDossier>, now = new Date()) {
  // Checked before the dossier exists, so a refused action creates nothing.
  const fiche = await loadFicheForCcas(db, actor, input.ficheId);
  assertAction(fiche, "creerDossier");
  if (fiche.usagerId) throw alreadyLinked();
  const dossier: UsagerCreate = {
    civilite: null, nom: input.nom, nomNaissance: null, prenom: input.prenom, dateNaissancePrecision: "EXACTE", dateNaissance: input.dateNaissance, anneeNaissance: "",
    telephone: input.telephone, email: input.email, adresse: input.adresse, codePostal: null, commune: null,
    quartier: input.quartier, siteId: null, situationFamiliale: null, logementStatut: null, bailleur: null,
    mesureProtection: "AUCUNE", mesureOrganisme: null, droitsOuverts: [], informationDonneeLe: null,
    foyer: [], budget: [], confirmNotDuplicate: input.confirmNotDuplicate,
  };
  const usager = await createUsager(actor, dossier, now);
  // createUsager commits on its own; the link follows. If another worker linked the fiche in
  // between, the new dossier stays (it is a real, audited dossier) and the worker is told.
  await applyFicheAction(actor, fiche.id, "creerDossier", now, async (current, tx) => {
    if (current.usagerId) throw alreadyLinked();
    await attachFicheRendezVousToUsager(tx, current.id, usager.id);
    return { patch: { usagerId: usager.id }, details: { usagerId: usager.id, numeroDossier: usager.numeroDossier } };
  });
  return usager;
}
