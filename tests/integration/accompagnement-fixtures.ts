// Test data for the accompagnement and aid tests: rows written straight to the database (the
// commands themselves are what the tests exercise), and a checksum of every suivi table.
import { db } from "@/lib/db";
import { makeUsager, makeWorld } from "../helpers/factories";

export async function suiviChecksum() {
  const tables = ["Accompagnement", "PlanObjectif", "PlanAction", "Dette", "EtapeExpulsion", "ContactMaraude", "Aide"];
  const parts = tables.map((t) => `coalesce((SELECT string_agg(x::text, '' ORDER BY x.id) FROM "${t}" x), '')`).join(" || ");
  const rows = await db.$queryRawUnsafe<{ s: string }[]>(`SELECT md5(${parts}) AS s`);
  return rows[0]!.s;
}

type AccType = "INDIVIDUEL" | "BUDGETAIRE" | "LOGEMENT" | "ERRANCE";
type AccStatus = "PROPOSE" | "EN_COURS" | "SUSPENDU" | "CLOS";

export async function makeAccompagnement(usager: { id: string; structureId: string }, referentId: string,
  fields: Partial<{ type: AccType; status: AccStatus; debut: string }> = {}) {
  return db.accompagnement.create({
    data: {
      structureId: usager.structureId, usagerId: usager.id, referentId, type: fields.type ?? "INDIVIDUEL",
      status: fields.status ?? "EN_COURS", debut: new Date(`${fields.debut ?? "2026-01-05"}T00:00:00Z`),
    },
  });
}

/** A world (structure A with every role, structure B), a dossier in A and one in B. */
export async function suiviWorld() {
  const w = await makeWorld();
  const usager = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François" });
  const foreign = await makeUsager(w.b, { nom: "Martin", prenom: "Paul" });
  return { ...w, usager, foreign };
}
export type SuiviWorld = Awaited<ReturnType<typeof suiviWorld>>;

export const isoDaysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
