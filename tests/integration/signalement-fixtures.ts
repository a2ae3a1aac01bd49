// Signalement test data: a structure whose public page is open, and a valid public payload with a
// timestamp old enough to pass the minimum time to fill.
import { db } from "@/lib/db";
import { issueFormToken } from "@/lib/domain/signalements/form-token";
import { unique, type TestStructure } from "../helpers/factories";

export async function openSignalementPage(structure: { id: string }, patch: { communes?: string[]; code?: string } = {}) {
  const code = patch.code ?? unique("ccas").toLowerCase();
  await db.structureSettings.upsert({
    where: { structureId: structure.id },
    create: { structureId: structure.id, chargesRetenues: [], signalementActif: true, signalementCode: code, signalementCommunes: patch.communes ?? ["Lille", "Lomme"] },
    update: { signalementActif: true, signalementCode: code, signalementCommunes: patch.communes ?? ["Lille", "Lomme"] },
  });
  return code;
}

/** A payload as the page would send it, filled `ageMs` after the page was shown. */
export function publicPayload(structure: Pick<TestStructure, "id">, patch: Record<string, unknown> = {}, ageMs = 30_000) {
  return {
    structureId: structure.id, jeton: issueFormToken(structure.id, new Date(Date.now() - ageMs)), siteInternet: "",
    reporterNom: "Claire Passante", reporterTelephone: "06 11 22 33 44", reporterEmail: "claire.passante@exemple.fr",
    personne: "Un homme d'une cinquantaine d'années avec un chien", lieu: "Sous le porche du 12 rue Nationale, le soir",
    commune: "Lille", quartier: "", situation: "Il dort là depuis une semaine, il tousse beaucoup.",
    ...patch,
  };
}

/** A report of `structure` in `status`, with its reporter (as the public page stores it). */
export async function makeSignalement(structure: { id: string }, status: "NOUVEAU" | "EQUIPE_ENVOYEE" | "RENCONTREE" | "NON_TROUVEE" | "LIE" | "CLOS" = "NOUVEAU", patch: { createdAt?: Date; premiereVisiteAt?: Date | null } = {}) {
  const createdAt = patch.createdAt ?? new Date();
  return db.signalement.create({
    data: {
      structureId: structure.id, reference: unique("S"), reporterNom: "Claire Passante", reporterTelephone: "06 11 22 33 44", reporterEmail: "claire.passante@exemple.fr",
      personne: "Marc, la cinquantaine", lieu: "Parvis de la gare", commune: "Lille", quartier: null, situation: "Il a froid.",
      status, statusChangedAt: createdAt, createdAt,
      premiereVisiteAt: patch.premiereVisiteAt !== undefined ? patch.premiereVisiteAt : ["RENCONTREE", "NON_TROUVEE", "LIE"].includes(status) ? createdAt : null,
      events: { create: { status: "NOUVEAU", at: createdAt } },
    },
  });
}
