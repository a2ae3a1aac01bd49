// Test data for orientations: a world (makeWorld), partners in both structures, and a dossier
// with a household and a budget, so that minimisation can be checked on real content.
import { db } from "@/lib/db";
import { searchTextOf } from "@/lib/domain/annuaire/commands";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { makeUsager, makeWorld, type TestStructure } from "./factories";

export async function makePartenaire(structure: TestStructure, fields: Partial<{ nom: string; categorie: "PMI" | "SERVICE_SOCIAL_DEPARTEMENT" | "INSERTION_EMPLOI"; actif: boolean }> = {}) {
  const nom = fields.nom ?? "PMI de La Madeleine";
  const p = { nom, organisme: "Maison Nord Solidarités", commune: "La Madeleine" };
  return db.partenaire.create({
    data: {
      structureId: structure.id, ...p, categorie: fields.categorie ?? "PMI", adresse: "14 rue du Président Pompidou", codePostal: "59110",
      telephone: "03 53 01 10 24", actif: fields.actif ?? true, searchText: searchTextOf(p),
    },
  });
}

export async function makeOrientationWorld() {
  const w = await makeWorld();
  const usager = await makeUsager(w.a, { nom: "Dupont", prenom: "Amélie", dateNaissance: "1990-09-03" });
  await db.usager.update({
    where: { id: usager.id },
    data: {
      civilite: "MADAME", telephone: "06 39 98 00 01", adresse: "12 rue des Sarrazins", codePostal: "59000", commune: "Lille",
      droitsOuverts: ["RSA"], mesureProtection: "CURATELLE", mesureOrganisme: "UDAF du Nord",
      foyer: { create: [{ prenom: "Léa", nom: "Dupont", dateNaissance: new Date("2019-05-14T00:00:00Z"), lien: "ENFANT" }] },
      budget: { create: [{ kind: "RESSOURCE", type: "RSA", montantCents: 123456 }, { kind: "CHARGE", type: "LOYER", montantCents: 45000 }] },
      referents: { create: [{ userId: w.users.ts.id }] },
    },
  });
  const [pmi, ssp, foreign, inactive] = await Promise.all([
    makePartenaire(w.a), makePartenaire(w.a, { nom: "Service social de proximité", categorie: "SERVICE_SOCIAL_DEPARTEMENT" }),
    makePartenaire(w.b, { nom: "PMI du Voisin" }), makePartenaire(w.a, { nom: "Ancien service", actif: false }),
  ]);
  return { ...w, usager, pmi, ssp, foreign, inactive };
}

/** yyyy-mm-dd, `days` days before today in Paris. */
export const daysAgo = (days: number) => new Date(Date.parse(`${parisToday()}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

export const orientationInput = (usagerId: string, partenaireId: string, patch: Record<string, unknown> = {}) => ({
  usagerId, partenaireId, motif: "Grossesse sans suivi : rendez-vous avec la sage-femme de PMI.", elementsTransmis: ["COMPOSITION_FOYER"],
  consentement: true, consentementLe: daysAgo(1), date: daysAgo(0), urgence: "PRIORITAIRE", ...patch,
});

export async function orientationChecksum() {
  const rows = await db.$queryRawUnsafe<{ s: string }[]>(`SELECT md5(coalesce((SELECT string_agg(o::text, '' ORDER BY o.id) FROM "Orientation" o), '')
    || coalesce((SELECT string_agg(e::text, '' ORDER BY e.id) FROM "OrientationEvent" e), '')) AS s`);
  return rows[0]!.s;
}
