// Test data for the workshop tests: a world, persons, workshops written straight to the database
// (the commands are what the tests exercise), and a checksum of the workshop tables and audit.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import { makeUsager, makeWorld, type TestStructure } from "../helpers/factories";

export async function ateliersChecksum() {
  const parts = ["Atelier", "AtelierInscription", "AuditLog"]
    .map((t) => `coalesce((SELECT string_agg(x::text, '' ORDER BY x.id) FROM "${t}" x), '')`).join(" || ");
  const rows = await db.$queryRawUnsafe<{ s: string }[]>(`SELECT md5(${parts}) AS s`);
  return rows[0]!.s;
}

export async function ateliersWorld() {
  const w = await makeWorld();
  const [amelie, francois, aissatou, foreign] = await Promise.all([
    makeUsager(w.a, { nom: "Dupont", prenom: "Amélie" }),
    makeUsager(w.a, { nom: "Lefèvre", prenom: "François" }),
    makeUsager(w.a, { nom: "N'Diaye", prenom: "Aïssatou" }),
    makeUsager(w.b, { nom: "Martin", prenom: "Paul" }),
  ]);
  return { ...w, amelie, francois, aissatou, foreign };
}
export type AteliersWorld = Awaited<ReturnType<typeof ateliersWorld>>;

const DAY = 86_400_000;
/** Paris local "yyyy-mm-ddThh:mm" some days from now, at 14:00. */
export const parisInDays = (days: number) => `${dateToParisLocal(new Date(Date.now() + days * DAY)).slice(0, 10)}T14:00`;

export async function makeAtelier(structure: TestStructure, animateurId: string, fields: Partial<{
  debut: Date; capacite: number; listeAttente: boolean; status: "PLANIFIE" | "REALISE" | "ANNULE"; theme: "PARENTALITE" | "SANTE" | "BUDGET" | "NUMERIQUE"; siteId: string | null;
}> = {}) {
  return db.atelier.create({
    data: {
      structureId: structure.id, titre: "Atelier budget", theme: fields.theme ?? "BUDGET", debut: fields.debut ?? new Date(Date.now() + 7 * DAY),
      dureeMinutes: 120, siteId: fields.siteId === undefined ? structure.sites[0]!.id : fields.siteId, capacite: fields.capacite ?? 12,
      listeAttente: fields.listeAttente ?? true, animateurId, status: fields.status ?? "PLANIFIE",
    },
  });
}

export async function inscrire(atelier: { id: string; structureId: string }, usagerId: string, status: "INSCRIT" | "ATTENTE" = "INSCRIT", presence: "PRESENT" | "ABSENT" | "EXCUSE" | null = null) {
  return db.atelierInscription.create({ data: { structureId: atelier.structureId, atelierId: atelier.id, usagerId, status, presence } });
}

export function validCreate(w: AteliersWorld, patch: Record<string, unknown> = {}) {
  return {
    titre: "Bien gérer son budget", theme: "BUDGET", debut: parisInDays(10), dureeMinutes: "120", siteId: w.a.sites[0]!.id, adresse: "",
    capacite: "12", listeAttente: true, animateurId: w.users.ts.id, partenaireId: "", description: "", ...patch,
  };
}

/** Runs a command that must be refused: a DomainError, and not a row changed. */
export async function refusal(run: () => Promise<unknown>) {
  const before = await ateliersChecksum();
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(await ateliersChecksum()).toBe(before);
  return error as DomainError;
}
