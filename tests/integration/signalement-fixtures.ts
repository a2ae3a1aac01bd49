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
