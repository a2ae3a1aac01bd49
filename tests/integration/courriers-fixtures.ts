// A world for the courriers tests: structure A with every role and a dossier holding one record
// of each kind a letter is generated from (aids in every state, a rendez-vous, an orientation,
// domiciliations, a budgetary support with debts), structure B with a dossier; the generated
// files go to a temporary folder.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { useDocumentStorage as selectDocumentStorage } from "@/lib/storage";
import { localStorage } from "@/lib/storage/local";
import { makeUsager, makeWorld } from "../helpers/factories";
import { makePartenaire } from "../helpers/orientation-world";
import { makeAccompagnement } from "./accompagnement-fixtures";

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function temporaryStorage() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "passerelle-courriers-"));
  const storage = localStorage(root);
  selectDocumentStorage(storage);
  return {
    storage,
    async files(dir = root): Promise<number> {
      let n = 0;
      for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) n += e.isDirectory() ? await this.files(path.join(dir, e.name)) : 1;
      return n;
    },
    async close() {
      selectDocumentStorage(undefined);
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}

export async function courriersWorld(nom = "Dupont") {
  const w = await makeWorld();
  const usager = await makeUsager(w.a, { nom, prenom: "Amélie", dateNaissance: "1990-09-03" });
  await db.usager.update({
    where: { id: usager.id },
    data: {
      civilite: "MADAME", email: "amelie.dupont@exemple.example", adresse: "12 rue des Sarrazins", codePostal: "59000", commune: "Lille",
      bailleur: "Lille Métropole Habitat", createdAt: new Date("2025-10-01T09:00:00Z"),
      foyer: { create: [
        { prenom: "Léa", nom, dateNaissance: day("2019-05-14"), lien: "ENFANT" },
        { prenom: "Hugo", nom, dateNaissance: day("2015-02-01"), lien: "ENFANT" },
      ] },
    },
  });
  const foreign = await makeUsager(w.b, { nom: "Martin", prenom: "Paul" });
  const aide = (fields: Record<string, unknown>) => db.aide.create({
    data: { structureId: w.a.id, usagerId: usager.id, instructeurId: w.users.ts.id, type: "ENERGIE", objet: "Facture EDF de novembre", montantDemandeCents: 25_000, demandeLe: day("2026-11-02"), ...fields } as never,
  });
  const [accordee, refusee, ajournee, instruction] = await Promise.all([
    aide({ status: "ACCORDEE", montantAccordeCents: 18_050, commissionLe: day("2026-11-20"), decisionLe: day("2026-11-20"), modePaiement: "PAIEMENT_FOURNISSEUR" }),
    aide({ status: "REFUSEE", commissionLe: day("2026-11-20"), decisionLe: day("2026-11-20"), motifRefus: "Ressources du foyer supérieures au barème du règlement." }),
    aide({ status: "AJOURNEE", decisionLe: day("2026-11-20"), motifRefus: "Avis d'imposition 2026 manquant." }),
    aide({ status: "EN_INSTRUCTION" }),
  ]);
  const site = w.a.sites.find((s) => s.kind === "MAISON_DES_SOLIDARITES")!;
  const rdv = await db.rendezVous.create({
    data: { structureId: w.a.id, usagerId: usager.id, travailleurId: w.users.ts.id, kind: "BUREAU", siteId: site.id, objet: "Point sur le budget",
      debut: new Date("2026-12-08T09:30:00Z"), fin: new Date("2026-12-08T10:15:00Z") },
  });
  const partenaire = await makePartenaire(w.a);
  const orientation = await db.orientation.create({
    data: { structureId: w.a.id, usagerId: usager.id, partenaireId: partenaire.id, authorId: w.users.ts.id, motif: "Suivi de PMI pour Léa.",
      elementsTransmis: ["COMPOSITION_FOYER"], consentementLe: day("2026-11-18"), date: day("2026-11-20") },
  });
  const domBase = { structureId: w.a.id, usagerId: usager.id, demandeLe: day("2026-01-10"), accuseReceptionLe: day("2026-01-10"), liens: ["SEJOUR" as const] };
  const [domAccordee, domRefusee, domDemandee] = await Promise.all([
    db.domiciliation.create({ data: { ...domBase, status: "ACCORDEE", decisionLe: day("2026-01-20"), debut: day("2026-01-20"), finValidite: day("2027-01-19"), decideurId: w.users.responsable.id } }),
    db.domiciliation.create({ data: { ...domBase, status: "REFUSEE", decisionLe: day("2026-01-20"), motifRefus: "ABSENCE_LIEN_COMMUNE", motifRefusTexte: "Aucun lien avec Lille établi." } }),
    db.domiciliation.create({ data: { ...domBase, status: "DEMANDEE" } }),
  ]);
  const budget = await makeAccompagnement(usager, w.users.ts.id, { type: "BUDGETAIRE" });
  const [edf] = await Promise.all([
    db.dette.create({ data: { accompagnementId: budget.id, creancier: "EDF", montantCents: 123_456, mensualiteCents: 5_000 } }),
    db.dette.create({ data: { accompagnementId: budget.id, creancier: "Bailleur : arriérés", montantCents: 80_000, mensualiteCents: 0 } }),
  ]);
  return { ...w, usager, foreign, aides: { accordee, refusee, ajournee, instruction }, rdv, partenaire, orientation, dom: { accordee: domAccordee, refusee: domRefusee, demandee: domDemandee }, budget, edf };
}
export type CourriersWorld = Awaited<ReturnType<typeof courriersWorld>>;

export const LETTERHEAD = {
  nom: "CCAS de Lille", adresse: "Hôtel de Ville\nplace Augustin Laurent", codePostal: "59000", commune: "Lille", telephone: "03 20 49 50 50",
  email: "ccas@lille.example", signataireNom: "Martine Leroy", signataireFonction: "Directrice, par délégation du Président",
  tribunalAdministratif: "Tribunal administratif de Lille, 5 rue Geoffroy Saint-Hilaire, CS 62039, 59014 Lille Cedex", reglementAides: null,
};
