// Structures, sites and accounts of the demo. Quartiers are those of a large northern city;
// every person is generated.
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password-hash";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, OTHER_STRUCTURE_ACCOUNT } from "./demo-accounts";

const QUARTIERS = [
  "Fives", "Wazemmes", "Moulins", "Lille-Sud", "Bois-Blancs", "Vauban-Esquermes",
  "Faubourg de Béthune", "Saint-Maurice Pellevoisin", "Vieux-Lille", "Lille-Centre",
];

export async function seedFoundation(db: Db) {
  const demo = await db.structure.create({
    data: {
      name: "CCAS de Démo",
      kind: "CCAS",
      address: "Hôtel de Ville, place Augustin Laurent",
      postalCode: "59000",
      city: "Lille",
      phone: "03 20 00 00 00",
      sites: {
        create: [
          { name: "Maison des Solidarités Centre", kind: "MAISON_DES_SOLIDARITES", address: "12 rue de Paris", postalCode: "59000", city: "Lille", quartier: "Lille-Centre", phone: "03 20 00 01 00" },
          { name: "Hôtel de Ville", kind: "HOTEL_DE_VILLE", address: "place Augustin Laurent", postalCode: "59000", city: "Lille", quartier: "Lille-Centre" },
          ...QUARTIERS.map((q, i) => ({
            name: `Mairie de quartier de ${q}`,
            kind: "MAIRIE_DE_QUARTIER" as const,
            quartier: q,
            address: `${10 + i * 7} rue principale de ${q}`,
            postalCode: "59000",
            city: "Lille",
          })),
        ],
      },
    },
    include: { sites: true },
  });
  const voisin = await db.structure.create({
    data: {
      name: "CCAS Voisin",
      kind: "CCAS",
      address: "2 place de la Mairie",
      postalCode: "59350",
      city: "Saint-André-lez-Lille",
      sites: { create: [{ name: "Maison des Solidarités du Voisin", kind: "MAISON_DES_SOLIDARITES", address: "67 rue du Général Leclerc", postalCode: "59350", city: "Saint-André-lez-Lille" }] },
    },
    include: { sites: true },
  });

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const siteId = (sites: { id: string; name: string }[], name: string) => sites.find((s) => s.name === name)?.id ?? null;
  // Returned with each structure: the usagers seed needs the accounts (référents, author).
  const demoUsers = [];
  for (const account of DEMO_ACCOUNTS) {
    demoUsers.push(await db.user.create({
      data: {
        structureId: demo.id, siteId: siteId(demo.sites, account.site), email: account.email,
        firstName: account.firstName, lastName: account.lastName, role: account.role, passwordHash,
      },
    }));
  }
  const other = OTHER_STRUCTURE_ACCOUNT;
  const voisinUser = await db.user.create({
    data: {
      structureId: voisin.id, siteId: siteId(voisin.sites, other.site), email: other.email,
      firstName: other.firstName, lastName: other.lastName, role: other.role, passwordHash,
    },
  });
  return { demo: { ...demo, users: demoUsers }, voisin: { ...voisin, users: [voisinUser] } };
}

/** The same shape as seedFoundation's result, read back from a database seeded earlier. */
export async function loadFoundation(db: Db) {
  const load = (name: string) =>
    db.structure.findUniqueOrThrow({ where: { name }, include: { sites: true, users: true } });
  return { demo: await load("CCAS de Démo"), voisin: await load("CCAS Voisin") };
}
