// Demo partner directory and orientations. ~40 orientations of demo usagers, in every status, with
// events dated in order (sent → acknowledged → answered → carried out) and placed relative to
// today, so that the reminder list of ts@demo always has content. Seeded PRNG: same data each run.
// Called by prisma/seed/index.ts when the demo structure has no partner yet.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ElementTransmis, OrientationStatus } from "@/lib/domain/orientations/labels";
import type { Categorie } from "@/lib/domain/annuaire/labels";
import { searchTextOf } from "@/lib/domain/annuaire/commands";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { DEMO_PARTENAIRES, VOISIN_PARTENAIRES, type PartenaireSeed } from "./annuaire-partenaires";
import { DAY_MS, int, mulberry32, pick, shuffle, type Rng } from "./usagers-random";

type SeedStructure = { id: string; users: { id: string; email: string }[] };
type Foundation = { demo: SeedStructure; voisin: SeedStructure };

const LOCAL = ["Lille", "La Madeleine"];
const AUTHORS = ["ts@demo.passerelle.fr", "ts2@demo.passerelle.fr", "responsable@demo.passerelle.fr"];

const MOTIFS: Partial<Record<Categorie, string[]>> = {
  SERVICE_SOCIAL_DEPARTEMENT: [
    "Famille avec enfants relevant du secteur : accompagnement social global et soutien à la parentalité demandé par la personne.",
    "Déménagement sur le territoire du service : relais de l'accompagnement budgétaire en cours.",
  ],
  PMI: ["Demande de suivi par la PMI (consultations, conseils de puériculture) exprimée par la famille.", "Grossesse en cours sans suivi régulier : demande de rendez-vous avec la sage-femme de PMI."],
  PROTECTION_ENFANCE: ["Difficultés éducatives exprimées par le parent : demande d'aide éducative à domicile."],
  INSERTION_EMPLOI: ["Allocataire du RSA sans référent de parcours : demande d'orientation vers un accompagnement socioprofessionnel.", "Projet de reprise de formation : appui du référent insertion."],
  AUTONOMIE: ["Perte d'autonomie après une hospitalisation : évaluation pour une demande d'APA à domicile.", "Demande de PCH et d'aide à la constitution du dossier MDPH."],
  LOGEMENT_HEBERGEMENT: ["Personne sans solution d'hébergement : demande d'évaluation et de mise à l'abri.", "Recherche d'un premier logement autonome : accompagnement et garanties."],
  SANTE: ["Soins infirmiers réguliers nécessaires, pas de couverture complémentaire en cours.", "Personne sans couverture maladie ayant besoin de soins : accès à la PASS en attendant l'ouverture des droits."],
  ACCES_AUX_DROITS: ["Aide à la rédaction de courriers administratifs (bailleur, fournisseur d'énergie).", "Litige avec le bailleur : besoin d'un conseil juridique gratuit.", "Surendettement : aide à la constitution du dossier Banque de France."],
  ASSOCIATION_CARITATIVE: ["Reste à vivre très faible : accès à l'épicerie solidaire pour trois mois."],
};
const ELEMENTS: Partial<Record<Categorie, ElementTransmis[]>> = {
  SERVICE_SOCIAL_DEPARTEMENT: ["IDENTITE_CONTACT", "COMPOSITION_FOYER", "SYNTHESE_DIAGNOSTIC"],
  PMI: ["IDENTITE_CONTACT", "COMPOSITION_FOYER"],
  PROTECTION_ENFANCE: ["IDENTITE_CONTACT", "COMPOSITION_FOYER", "SYNTHESE_DIAGNOSTIC"],
  INSERTION_EMPLOI: ["IDENTITE_CONTACT", "DROITS_OUVERTS"],
  AUTONOMIE: ["IDENTITE_CONTACT", "LOGEMENT", "MESURE_PROTECTION"],
  LOGEMENT_HEBERGEMENT: ["IDENTITE_CONTACT", "LOGEMENT"],
  SANTE: ["IDENTITE_CONTACT", "DROITS_OUVERTS"],
  ACCES_AUX_DROITS: ["IDENTITE_CONTACT"],
  ASSOCIATION_CARITATIVE: ["IDENTITE_CONTACT", "COMPOSITION_FOYER", "RESSOURCES_CHARGES"],
};
const REFUS = [
  "La personne ne réside pas sur le secteur du service : réorienter vers le service de sa commune.",
  "La personne est déjà suivie par un autre service du Département.",
  "La situation ne relève pas des missions du service.",
];

/** Target statuses, and how many days ago each orientation was sent (so that every step fits). */
const PLAN: [OrientationStatus, number, number, number][] = [
  ["ENVOYEE", 5, 1, 12], ["ENVOYEE", 4, 20, 45], ["ACCUSEE", 4, 6, 14], ["ACCUSEE", 3, 25, 60],
  ["ACCEPTEE", 8, 15, 120], ["REFUSEE", 5, 15, 150], ["REALISEE", 8, 50, 300], ["SANS_REPONSE", 3, 50, 200],
];

function partenaireData(structureId: string, p: PartenaireSeed): Prisma.PartenaireCreateInput {
  const { permanences = [], ...fields } = p;
  return {
    ...fields, searchText: searchTextOf(p), structure: { connect: { id: structureId } },
    permanences: { create: permanences.map((x) => ({ ...x, modalites: x.modalites ?? null })) },
  };
}

async function seedPartenaires(db: Db, structureId: string, list: PartenaireSeed[]) {
  const created = [];
  for (const p of list) created.push(await db.partenaire.create({ data: partenaireData(structureId, p), select: { id: true, categorie: true, commune: true } }));
  return created;
}

function steps(rng: Rng, status: OrientationStatus, sentDaysAgo: number) {
  const d = { sent: sentDaysAgo } as { sent: number; accuse?: number; reponse?: number; realisee?: number; sansReponse?: number };
  if (status === "SANS_REPONSE") d.sansReponse = Math.max(0, sentDaysAgo - int(rng, 30, 45));
  if (["ACCUSEE", "ACCEPTEE", "REFUSEE", "REALISEE"].includes(status)) d.accuse = sentDaysAgo - int(rng, 2, 5);
  if (["ACCEPTEE", "REFUSEE", "REALISEE"].includes(status)) d.reponse = d.accuse! - int(rng, 3, Math.min(12, d.accuse! - 1));
  if (status === "REALISEE") d.realisee = Math.max(0, d.reponse! - int(rng, 7, 30));
  return d;
}

export async function seedAnnuaireEtOrientations(db: Db, foundation: Foundation) {
  const rng = mulberry32(0x2026_0a0e);
  const partenaires = await seedPartenaires(db, foundation.demo.id, DEMO_PARTENAIRES);
  await seedPartenaires(db, foundation.voisin.id, VOISIN_PARTENAIRES);

  const usagers = await db.usager.findMany({
    where: { structureId: foundation.demo.id, status: "ACTIF" }, select: { id: true, structureId: true }, orderBy: { numeroDossier: "asc" },
  });
  const people = shuffle(rng, [...usagers]);
  const author = (email: string) => foundation.demo.users.find((u) => u.email === email)!.id;
  const todayMidnight = Date.parse(`${parisToday()}T00:00:00Z`);
  const day = (ago: number) => new Date(todayMidnight - ago * DAY_MS);
  // Office hours in Paris (UTC+1/+2): 8h–16h UTC stays within the working day all year.
  const at = (ago: number) => new Date(Math.min(Date.now(), todayMidnight - ago * DAY_MS + int(rng, 8 * 60, 16 * 60) * 60_000));

  let count = 0;
  for (const [status, n, minAgo, maxAgo] of PLAN) {
    for (let i = 0; i < n && people.length > 0; i++) {
      const usager = people.pop()!;
      // Mostly the services around Lille; a few to other Départements (the person has moved).
      const partenaire = pick(rng, partenaires.filter((p) => LOCAL.includes(p.commune ?? "") === rng() < 0.85));
      const authorId = author(i === 0 && (status === "ENVOYEE" || status === "ACCUSEE") ? AUTHORS[0]! : pick(rng, AUTHORS));
      const s = steps(rng, status, int(rng, minAgo, maxAgo));
      const events: Prisma.OrientationEventCreateWithoutOrientationInput[] = [{ status: "ENVOYEE", at: at(s.sent), actorId: authorId }];
      if (s.accuse !== undefined) events.push({ status: "ACCUSEE", at: at(s.accuse), actorId: authorId });
      const motifRefus = status === "REFUSEE" ? pick(rng, REFUS) : null;
      if (s.reponse !== undefined) events.push({ status: status === "REFUSEE" ? "REFUSEE" : "ACCEPTEE", at: at(s.reponse), actorId: authorId, note: motifRefus });
      if (s.realisee !== undefined) events.push({ status: "REALISEE", at: at(s.realisee), actorId: authorId });
      if (s.sansReponse !== undefined) events.push({ status: "SANS_REPONSE", at: at(s.sansReponse), actorId: authorId });
      await db.orientation.create({
        data: {
          structureId: usager.structureId, usager: { connect: { id: usager.id } }, partenaire: { connect: { id: partenaire.id } }, authorId,
          motif: pick(rng, MOTIFS[partenaire.categorie] ?? MOTIFS.ACCES_AUX_DROITS!),
          elementsTransmis: ELEMENTS[partenaire.categorie] ?? ["IDENTITE_CONTACT"],
          consentementLe: day(s.sent + int(rng, 0, 3)), date: day(s.sent),
          urgence: pick(rng, ["NORMALE", "NORMALE", "NORMALE", "PRIORITAIRE", "URGENTE"] as const), status,
          statusChangedAt: events[events.length - 1]!.at!,
          accuseLe: s.accuse !== undefined ? day(s.accuse) : null, reponseLe: s.reponse !== undefined ? day(s.reponse) : null,
          realiseeLe: s.realisee !== undefined ? day(s.realisee) : null, motifRefus,
          createdAt: events[0]!.at!,
          events: { create: events },
        },
      });
      count++;
    }
  }
  return { partenaires: DEMO_PARTENAIRES.length + VOISIN_PARTENAIRES.length, orientations: count };
}
