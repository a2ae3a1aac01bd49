// Structures, sites (maisons des solidarités, mairies de quartier), accounts, settings and
// partner directories of the large seed. A few hundred rows, built in Node and written with one
// INSERT … SELECT FROM unnest(arrays) per table. The first structure, "CCAS Bench", holds the
// --usagers count (the targets are per structure); the others get a tenth each.
import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { LILLE_QUARTIERS, normalizeText } from "./names.mjs";
import { PARTENAIRES } from "./texts.mjs";

export const BENCH_PASSWORD = "Passerelle-Bench-2026";
export const BENCH_TS_EMAIL = "bench-ts@bench.passerelle.fr";
export const BENCH_RESPONSABLE_EMAIL = "bench-responsable@bench.passerelle.fr";
export const BENCH_AGENT_EMAIL = "bench-agent@bench.passerelle.fr";
/** Extra workers of the first structure: the load test signs in 50 different people. */
export const benchWorkerEmail = (n) => `bench-ts-${String(n).padStart(3, "0")}@bench.passerelle.fr`;

const COMMUNES = [
  ["Roubaix", "59100"], ["Tourcoing", "59200"], ["Villeneuve-d'Ascq", "59650"], ["Wattrelos", "59150"],
  ["Marcq-en-Barœul", "59700"], ["Lambersart", "59130"], ["Armentières", "59280"], ["Hem", "59510"], ["Croix", "59170"],
  ["Loos", "59120"], ["Mons-en-Barœul", "59370"], ["Wasquehal", "59290"], ["Halluin", "59250"], ["La Madeleine", "59110"],
  ["Faches-Thumesnil", "59155"], ["Ronchin", "59790"], ["Seclin", "59113"], ["Haubourdin", "59320"], ["Comines", "59560"],
];
const SMALL_TOWN_QUARTIERS = {
  Centre: { weight: 5, rues: ["rue de la République", "place du Général de Gaulle", "rue Jean Jaurès"] },
  Gare: { weight: 3, rues: ["avenue de la Gare", "rue Pasteur", "rue Victor Hugo"] },
  "Les Prés": { weight: 2, rues: ["allée des Tilleuls", "rue des Écoles", "rue Émile Zola"] },
};
// Mairies de quartier answer for Lille's quartiers, like the demo's.
const LILLE = Object.fromEntries(Object.entries(LILLE_QUARTIERS).map(([q, v]) => [q, { weight: v.weight, rues: v.rues, code: v.codes[0] }]));

/** The plan of every structure: names, sizes, quartiers. Nothing is written yet. */
export function planStructures({ usagers, fiches, structures }) {
  return Array.from({ length: structures }, (_, k) => {
    const [city, postalCode] = k === 0 ? ["Lille", "59000"] : COMMUNES[(k - 1) % COMMUNES.length];
    const name = k === 0 ? "CCAS Bench" : `CCAS de ${city}${k > COMMUNES.length ? ` ${Math.ceil(k / COMMUNES.length)}` : ""}`;
    const share = k === 0 ? 1 : 0.1;
    const nUsagers = Math.max(1, Math.round(usagers * share));
    return {
      k, id: randomUUID(), name, city, postalCode, nUsagers, nFiches: Math.round(fiches * share),
      quartiers: k === 0 ? LILLE : SMALL_TOWN_QUARTIERS,
      // About one worker for 1,700 open dossiers, as in a large CCAS; the load test needs 50.
      nWorkers: Math.max(4, Math.round(nUsagers / 1700), k === 0 ? 50 : 0),
    };
  });
}

/** Inserts structures, sites, users, settings and partners; returns the plan with the ids. */
export async function seedStructures(client, plan, { chargesRetenues }) {
  const sites = [];
  const users = [];
  const passwordHash = await hash(BENCH_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  for (const s of plan) {
    const domain = s.k === 0 ? "bench.passerelle.fr" : `s${s.k + 1}.bench.passerelle.fr`;
    const site = (name, kind, quartier) => {
      const row = { id: randomUUID(), structureId: s.id, name, kind, quartier, address: `${10 + sites.length} rue de la Mairie`, postalCode: s.postalCode, city: s.city };
      sites.push(row);
      return row;
    };
    const quartierNames = Object.keys(s.quartiers);
    s.mds = site("Maison des Solidarités Centre", "MAISON_DES_SOLIDARITES", quartierNames.find((q) => /Centre/.test(q)) ?? quartierNames[0]);
    site("Hôtel de Ville", "HOTEL_DE_VILLE", null);
    s.mairies = quartierNames.map((q) => site(`Mairie de quartier de ${q}`, "MAIRIE_DE_QUARTIER", q));
    const user = (email, role, firstName, lastName, siteId) => {
      const row = { id: randomUUID(), structureId: s.id, siteId, email, firstName, lastName, role };
      users.push(row);
      return row;
    };
    s.responsable = user(s.k === 0 ? BENCH_RESPONSABLE_EMAIL : `responsable@${domain}`, "RESPONSABLE", "Claire", "Responsable", s.mds.id);
    user(s.k === 0 ? "bench-admin@bench.passerelle.fr" : `admin@${domain}`, "ADMIN", "Alain", "Admin", null);
    const ts = [user(s.k === 0 ? BENCH_TS_EMAIL : `ts@${domain}`, "TRAVAILLEUR_SOCIAL", "Bénédicte", "Travailleuse", s.mds.id)];
    for (let n = 1; n < s.nWorkers; n++) {
      ts.push(user(s.k === 0 ? benchWorkerEmail(n) : `ts-${n}@${domain}`, "TRAVAILLEUR_SOCIAL", "Camille", `Sociale ${n}`, s.mds.id));
    }
    s.workerIds = ts.map((u) => u.id);
    s.agents = s.mairies.map((m, i) =>
      user(s.k === 0 && i === 0 ? BENCH_AGENT_EMAIL : `agent-${i + 1}@${domain}`, "AGENT", "Nadia", `Accueil ${i + 1}`, m.id));
  }
  const col = (rows, key) => rows.map((r) => r[key]);
  await client.query(
    `INSERT INTO "Structure" (id, name, kind, address, "postalCode", city, phone)
     SELECT id, name, 'CCAS', 'Hôtel de Ville', pc, city, '03 20 00 00 00' FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS t(id, name, pc, city)`,
    [col(plan, "id"), col(plan, "name"), col(plan, "postalCode"), col(plan, "city")],
  );
  await client.query(
    `INSERT INTO "Site" (id, "structureId", name, kind, quartier, address, "postalCode", city)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::"SiteKind"[], $5::text[], $6::text[], $7::text[], $8::text[])`,
    ["id", "structureId", "name", "kind", "quartier", "address", "postalCode", "city"].map((k) => col(sites, k)),
  );
  await client.query(
    `INSERT INTO "User" (id, "structureId", "siteId", email, "firstName", "lastName", role, "passwordHash", "updatedAt")
     SELECT t.*, $8, now() FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::"Role"[]) AS t`,
    [...["id", "structureId", "siteId", "email", "firstName", "lastName", "role"].map((k) => col(users, k)), passwordHash],
  );
  await client.query(
    `INSERT INTO "StructureSettings" ("structureId", "chargesRetenues", "updatedAt") SELECT id, $2::text[], now() FROM unnest($1::uuid[]) AS id`,
    [col(plan, "id"), chargesRetenues],
  );
  const partners = plan.flatMap((s) => PARTENAIRES.map(([nom, organisme, categorie]) => ({
    id: randomUUID(), structureId: s.id, nom, organisme, categorie, commune: s.city, searchText: normalizeText(`${nom} ${organisme} ${s.city}`),
  })));
  plan.forEach((s) => (s.partenaireIds = partners.filter((p) => p.structureId === s.id).map((p) => p.id)));
  await client.query(
    `INSERT INTO "Partenaire" (id, "structureId", nom, organisme, categorie, commune, "searchText", "updatedAt")
     SELECT t.*, now() FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::"PartenaireCategorie"[], $6::text[], $7::text[]) AS t`,
    ["id", "structureId", "nom", "organisme", "categorie", "commune", "searchText"].map((k) => col(partners, k)),
  );
  console.log(`  structures ${plan.length}, sites ${sites.length}, comptes ${users.length}, partenaires ${partners.length}`);
  return plan;
}
