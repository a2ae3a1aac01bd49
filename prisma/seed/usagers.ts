// Demo usagers of both structures: ~140 dossiers in the CCAS de Démo, 12 in the CCAS Voisin, with
// foyer, budget, référents, dossier counters and reste-à-vivre settings. Every person is
// GENERATED from a seeded PRNG, so the data is the same on every run; only the contact dates are
// placed relative to today, so that the "no contact for 90 days" views always have content.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UsagerStatus } from "@/lib/generated/prisma/enums";
import { searchNameOf } from "@/lib/domain/shared/normalize";
import { DEFAULT_CHARGES_RETENUES } from "@/lib/domain/usagers/budget-types";
import type { seedFoundation } from "./foundation";
import { makeBudget } from "./usagers-budget";
import { AFRIQUE_OUEST, NORD, ORIGINS, VOISIN_ORIGINS, type Origin } from "./usagers-names";
import { makePerson, type Fixed, type Place } from "./usagers-person";
import { atMidnight, chance, DAY_MS, instantBetween, int, mulberry32, shuffle, utcDate, weighted, type Rng } from "./usagers-random";

type Foundation = Awaited<ReturnType<typeof seedFoundation>>;
type SeededStructure = Foundation["demo"] | Foundation["voisin"];

const TS = "ts@demo.passerelle.fr";
const TS2 = "ts2@demo.passerelle.fr";
const RESPONSABLE = "responsable@demo.passerelle.fr";
const TS_VOISIN = "ts@autre.passerelle.fr";
const MDS_CENTRE = "Maison des Solidarités Centre";

/** People the end-to-end tests look for: exact values, never generated twice. */
type Anchor = { fixed: Fixed; referents: string[] };
const DEMO_ANCHORS: Anchor[] = [
  { fixed: { origin: NORD, sexe: "M", nom: "Lefèvre", prenom: "François", nomNaissance: null, dateNaissance: utcDate(1978, 4, 12), quartier: "Fives" }, referents: [TS] },
  {
    fixed: { origin: NORD, sexe: "F", nom: "Dupont", prenom: "Amélie", nomNaissance: null, dateNaissance: utcDate(1990, 9, 3), quartier: "Wazemmes", situationFamiliale: "CELIBATAIRE" },
    referents: [TS2],
  },
  {
    fixed: { origin: AFRIQUE_OUEST, sexe: "F", nom: "N'Diaye", prenom: "Aïssatou", nomNaissance: "Sarr", dateNaissance: utcDate(1985, 2, 20), quartier: "Moulins", situationFamiliale: "MARIE" },
    referents: [],
  },
];
/** Same surname as a demo anchor, in the other structure: proves isolation between structures. */
const VOISIN_ANCHORS: Anchor[] = [
  { fixed: { origin: NORD, sexe: "M", nom: "Lefèvre", prenom: "Gérard", nomNaissance: null, dateNaissance: utcDate(1960, 6, 30) }, referents: [TS_VOISIN] },
];

// Dossiers were opened from January 2024 to the end of October 2026 (year = numéro's year).
const CREATED_FROM = new Date("2024-01-03T08:00:00Z");
const CREATED_TO = new Date("2026-10-30T17:00:00Z");
const ARCHIVE_CREATED_TO = new Date("2024-09-30T17:00:00Z");
const INACTIF_CREATED_TO = new Date("2026-04-30T17:00:00Z");

type Spec = {
  structure: SeededStructure;
  seed: number;
  generated: number;
  origins: readonly Origin[];
  place: Place;
  anchors: Anchor[];
  author: string;
  /** Where dossiers are followed; the anchors always are there. */
  mainSite: string;
  /** Who the référents are, as e-mails of the structure's accounts. */
  referents: (rng: Rng) => string[];
  site: (rng: Rng, quartier: string | null) => string;
};

export async function seedUsagers(db: Db, structures: Foundation) {
  const now = new Date();
  const { demo, voisin } = structures;
  const specs: Spec[] = [
    {
      structure: demo, seed: 0x2026_0cca, generated: 140 - DEMO_ANCHORS.length, origins: ORIGINS, place: { kind: "lille" },
      anchors: DEMO_ANCHORS, author: TS, mainSite: MDS_CENTRE,
      referents: (rng) => {
        const r = weighted(rng, { TS: 38, TS2: 38, BOTH: 8, NONE: 8, RESP: 3, RESP_TS: 3 });
        return r === "TS" ? [TS] : r === "TS2" ? [TS2] : r === "BOTH" ? [TS, TS2] : r === "RESP" ? [RESPONSABLE] : r === "RESP_TS" ? [RESPONSABLE, TS] : [];
      },
      // Most files are followed at the Maison des Solidarités, some from the mairie de quartier.
      site: (rng, quartier) => (chance(rng, 0.82) || !quartier ? MDS_CENTRE : `Mairie de quartier de ${quartier}`),
    },
    {
      structure: voisin, seed: 0x2026_0bad, generated: 12 - VOISIN_ANCHORS.length, origins: VOISIN_ORIGINS,
      place: { kind: "voisin", commune: voisin.city, codePostal: voisin.postalCode },
      anchors: VOISIN_ANCHORS, author: TS_VOISIN, mainSite: "Maison des Solidarités du Voisin",
      referents: (rng) => (chance(rng, 0.85) ? [TS_VOISIN] : []),
      site: () => "Maison des Solidarités du Voisin",
    },
  ];
  const built = specs.map((spec) => buildStructure(spec, now));
  const usagers = built.flatMap((b) => b.usagers);
  const foyer = built.flatMap((b) => b.foyer);
  const budget = built.flatMap((b) => b.budget);
  const referents = built.flatMap((b) => b.referents);
  const counters = built.flatMap((b) => b.counters);

  // Four bulk inserts, a few counter rows and the settings, in one transaction: all or nothing.
  await db.$transaction([
    db.usager.createMany({ data: usagers }),
    db.foyerMembre.createMany({ data: foyer }),
    db.ligneBudget.createMany({ data: budget }),
    db.usagerReferent.createMany({ data: referents }),
    // Later dossiers take last + 1 (lib/domain/usagers/numero.ts): no collision with the seed.
    ...counters.map((c) => db.dossierCounter.upsert({
      where: { structureId_year: { structureId: c.structureId, year: c.year } },
      create: c,
      update: { last: c.last },
    })),
    db.structureSettings.createMany({
      data: specs.map((s) => ({ structureId: s.structure.id, chargesRetenues: [...DEFAULT_CHARGES_RETENUES] })),
      skipDuplicates: true,
    }),
  ]);
  return { usagers: usagers.length, foyer: foyer.length, budget: budget.length, referents: referents.length, counters: counters.length };
}

function buildStructure(spec: Spec, now: Date) {
  const rng = mulberry32(spec.seed);
  const { structure } = spec;
  const userId = (email: string) => {
    const user = structure.users.find((u) => u.email === email);
    if (!user) throw new Error(`Compte de démonstration introuvable : ${email}`);
    return user.id;
  };
  const siteId = (name: string) => structure.sites.find((s) => s.name === name)?.id ?? null;
  const emails = new Set<string>();
  const statuses = statusQuotas(rng, spec.generated);
  const people = [
    ...spec.anchors.map((a) => ({ anchor: a, fixed: a.fixed, status: "ACTIF" as UsagerStatus })),
    ...statuses.map((status) => ({ anchor: null, fixed: {}, status })),
  ].map(({ anchor, fixed, status }) => {
    const person = makePerson(rng, spec.origins, spec.place, emails, fixed);
    const { lignes, droits } = makeBudget(rng, person);
    const { createdAt, lastContactAt } = history(rng, status, now, anchor !== null);
    const later = (maxDays: number) => new Date(Math.min(now.getTime(), createdAt.getTime() + int(rng, 0, maxDays) * DAY_MS));
    return {
      person, lignes, droits, createdAt, status, lastContactAt,
      // Most people were given the data-processing notice at the first interview.
      informationDonneeLe: anchor || chance(rng, 0.88) ? atMidnight(chance(rng, 0.6) ? createdAt : later(21)) : null,
      site: anchor ? spec.mainSite : spec.site(rng, person.quartier),
      referents: (anchor ? anchor.referents : spec.referents(rng)).map((email) => ({ email, assignedAt: later(10) })),
    };
  });

  // Numbers follow creation order within each year, as the app would have given them.
  people.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lastByYear = new Map<number, number>();
  const usagers: Prisma.UsagerCreateManyInput[] = [];
  const foyer: Prisma.FoyerMembreCreateManyInput[] = [];
  const budget: Prisma.LigneBudgetCreateManyInput[] = [];
  const referents: Prisma.UsagerReferentCreateManyInput[] = [];
  for (const p of people) {
    const year = p.createdAt.getUTCFullYear();
    const seq = (lastByYear.get(year) ?? 0) + 1;
    lastByYear.set(year, seq);
    const id = randomUUID();
    const { person: x } = p;
    usagers.push({
      id, structureId: structure.id, numeroDossier: `${year}-${String(seq).padStart(6, "0")}`,
      civilite: x.civilite, nom: x.nom, nomNaissance: x.nomNaissance, prenom: x.prenom, dateNaissance: x.dateNaissance,
      searchName: searchNameOf({ nom: x.nom, nomNaissance: x.nomNaissance, prenom: x.prenom }),
      telephone: x.telephone, email: x.email, adresse: x.adresse, codePostal: x.codePostal, commune: x.commune,
      quartier: x.quartier, siteId: siteId(p.site), situationFamiliale: x.situationFamiliale,
      logementStatut: x.logementStatut, bailleur: x.bailleur, mesureProtection: x.mesureProtection,
      mesureOrganisme: x.mesureOrganisme, droitsOuverts: p.droits, informationDonneeLe: p.informationDonneeLe,
      status: p.status, lastContactAt: p.lastContactAt, createdAt: p.createdAt, updatedAt: p.lastContactAt ?? p.createdAt,
      createdById: userId(spec.author),
    });
    for (const m of x.foyer) foyer.push({ id: m.id, usagerId: id, nom: m.nom, prenom: m.prenom, dateNaissance: m.dateNaissance, lien: m.lien });
    for (const l of p.lignes) budget.push({ usagerId: id, membreId: l.membreId, kind: l.kind, type: l.type, montantCents: l.montantCents });
    for (const r of p.referents) referents.push({ usagerId: id, userId: userId(r.email), assignedAt: r.assignedAt });
  }
  const counters = [...lastByYear].map(([year, last]) => ({ structureId: structure.id, year, last }));
  return { usagers, foyer, budget, referents, counters };
}

/** Exact shares of the generated dossiers, in a seeded random order. */
function statusQuotas(rng: Rng, n: number): UsagerStatus[] {
  const archive = Math.round(n * 0.03);
  const inactif = Math.round(n * 0.1);
  const list: UsagerStatus[] = Array.from({ length: n }, (_, i) => (i < archive ? "ARCHIVE" : i < archive + inactif ? "INACTIF" : "ACTIF"));
  return shuffle(rng, list);
}

/**
 * Creation (fixed dates) and last contact (relative to today). Archived: no contact for over two
 * years (the CNIL retention rule), so opened in early 2024. Inactive: no contact for six months
 * or more. Active: mostly recent contacts, some older than 90 days, a few never met yet.
 */
function history(rng: Rng, status: UsagerStatus, now: Date, anchor: boolean): { createdAt: Date; lastContactAt: Date | null } {
  const days = (n: number) => new Date(now.getTime() - n * DAY_MS);
  const latest = (...d: Date[]) => new Date(Math.max(...d.map((x) => x.getTime())));
  const earliest = (...d: Date[]) => new Date(Math.min(...d.map((x) => x.getTime())));
  const createdTo = earliest(CREATED_TO, days(2));
  if (status === "ARCHIVE") {
    const createdAt = instantBetween(rng, CREATED_FROM, earliest(ARCHIVE_CREATED_TO, createdTo));
    return { createdAt, lastContactAt: instantBetween(rng, createdAt, latest(createdAt, earliest(new Date(createdAt.getTime() + 120 * DAY_MS), days(735)))) };
  }
  if (status === "INACTIF") {
    const createdAt = instantBetween(rng, CREATED_FROM, earliest(INACTIF_CREATED_TO, createdTo));
    return { createdAt, lastContactAt: instantBetween(rng, latest(createdAt, days(730)), latest(createdAt, days(180))) };
  }
  const createdAt = instantBetween(rng, CREATED_FROM, createdTo);
  if (!anchor && chance(rng, 0.06)) return { createdAt, lastContactAt: null };
  const band = anchor ? "recent" : weighted(rng, { recent: 68, older: 24, oldest: 8 });
  const [lo, hi] = band === "recent" ? [90, 0] : band === "older" ? [365, 91] : [730, 366];
  const from = latest(createdAt, days(lo));
  const to = days(hi);
  return { createdAt, lastContactAt: from < to ? instantBetween(rng, from, to) : instantBetween(rng, createdAt, now) };
}
