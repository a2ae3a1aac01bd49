// Test data with unique names, built through Prisma on the real database.
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password-hash";

let seq = 0;
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(seq++).toString(36)}`;

export const TEST_PASSWORD = "Mot-de-passe-Test-2026";
let testHash: Promise<string> | undefined;
const passwordHash = () => (testHash ??= hashPassword(TEST_PASSWORD));

export async function makeStructure(name = unique("CCAS")) {
  return db.structure.create({
    data: {
      name, address: "1 rue du Test", postalCode: "59000", city: "Lille",
      sites: {
        create: [
          { name: "Maison des Solidarités", kind: "MAISON_DES_SOLIDARITES", address: "2 rue du Test", postalCode: "59000", city: "Lille", quartier: "Centre" },
          { name: "Mairie de quartier de Fives", kind: "MAIRIE_DE_QUARTIER", address: "3 rue du Test", postalCode: "59000", city: "Lille", quartier: "Fives" },
        ],
      },
    },
    include: { sites: { orderBy: { name: "asc" } } },
  });
}
export type TestStructure = Awaited<ReturnType<typeof makeStructure>>;

export async function makeUser(structure: TestStructure, role: Role, overrides: Partial<{ email: string; status: "ACTIVE" | "DISABLED" | "PENDING_APPROVAL"; siteId: string | null; firstName: string; lastName: string }> = {}) {
  const mairie = structure.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER");
  return db.user.create({
    data: {
      structureId: structure.id,
      siteId: role === "AGENT" ? (mairie?.id ?? null) : (structure.sites[0]?.id ?? null),
      email: unique(role.toLowerCase()) + "@test.passerelle.fr",
      firstName: "Camille",
      lastName: `Test ${role}`,
      role,
      passwordHash: await passwordHash(),
      ...overrides,
    },
  });
}

export function actorOf(user: Awaited<ReturnType<typeof makeUser>>): Actor {
  return {
    id: user.id, role: user.role, structureId: user.structureId, siteId: user.siteId,
    firstName: user.firstName, lastName: user.lastName, email: user.email,
    mustChangePassword: user.mustChangePassword, ip: "127.0.0.1",
  };
}

/** Structure A with one user of each role, and structure B with a travailleur social. */
export async function makeWorld() {
  const a = await makeStructure();
  const b = await makeStructure();
  const [agent, ts, ts2, responsable, admin, otherTs, otherAdmin] = await Promise.all([
    makeUser(a, "AGENT"), makeUser(a, "TRAVAILLEUR_SOCIAL"), makeUser(a, "TRAVAILLEUR_SOCIAL"),
    makeUser(a, "RESPONSABLE"), makeUser(a, "ADMIN"), makeUser(b, "TRAVAILLEUR_SOCIAL"), makeUser(b, "ADMIN"),
  ]);
  const actors = {
    AGENT: actorOf(agent), TRAVAILLEUR_SOCIAL: actorOf(ts), TS2: actorOf(ts2), RESPONSABLE: actorOf(responsable),
    ADMIN: actorOf(admin), OTHER_TS: actorOf(otherTs), OTHER_ADMIN: actorOf(otherAdmin),
  };
  return { a, b, users: { agent, ts, ts2, responsable, admin, otherTs, otherAdmin }, actors };
}

/**
 * makeWorld, plus structure A's two sites and one dossier at each, and a dossier of structure B:
 * what the list filters by site are tested against.
 */
export async function makeSitedWorld() {
  const w = await makeWorld();
  const mds = w.a.sites.find((s) => s.kind === "MAISON_DES_SOLIDARITES")!;
  const fives = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!;
  const atFives = await makeUsager(w.a, { nom: "Fives", prenom: "A", siteId: fives.id });
  const atMds = await makeUsager(w.a, { nom: "Mds", prenom: "B", siteId: mds.id });
  const foreign = await makeUsager(w.b, { nom: "Autre", prenom: "Z", siteId: w.b.sites[0]!.id });
  return { w, mds, fives, atFives, atMds, foreign };
}

/** A dossier written straight to the database (the command itself is tested separately). */
export async function makeUsager(
  structure: TestStructure,
  fields: { nom: string; prenom: string; dateNaissance?: string; nomNaissance?: string | null; quartier?: string; status?: "ACTIF" | "INACTIF" | "ARCHIVE"; lastContactAt?: Date | null; createdAt?: Date; siteId?: string },
) {
  const { searchNameOf } = await import("@/lib/domain/shared/normalize");
  return db.usager.create({
    data: {
      structureId: structure.id, numeroDossier: unique("2026"), nom: fields.nom, prenom: fields.prenom,
      nomNaissance: fields.nomNaissance ?? null, dateNaissance: new Date(`${fields.dateNaissance ?? "1980-01-01"}T00:00:00Z`),
      searchName: searchNameOf(fields), quartier: fields.quartier ?? null, status: fields.status ?? "ACTIF",
      lastContactAt: fields.lastContactAt ?? null, createdAt: fields.createdAt, siteId: fields.siteId ?? null,
    },
  });
}
