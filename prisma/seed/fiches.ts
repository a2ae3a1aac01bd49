// Demo fiches de liaison: ~40 from five mairies de quartier over the last three months, in
// every status, with consistent timestamps and events, some linked to demo dossiers. Generated
// from a seeded PRNG (the same fiches on every run); dates are placed relative to today so the
// inbox and the agent's list always look current.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DroitOuvert, FicheStatus, RdvLieu } from "@/lib/generated/prisma/enums";
import { CONSENTEMENT_TEXTE, type FicheMotif } from "@/lib/domain/fiches/labels";
import { formatFicheReference } from "@/lib/domain/fiches/reference";
import { ORIGINS } from "./usagers-names";
import { makePerson } from "./usagers-person";
import { chance, DAY_MS, int, mulberry32, pick, shuffle, weighted, type Rng } from "./usagers-random";
import { DISPONIBILITES, EVALUATIONS, EXTRA_AGENTS, PRECISIONS, REORIENTATIONS } from "./fiches-data";

type User = { id: string; email: string; role: string; passwordHash: string; siteId: string | null };
type Site = { id: string; name: string; quartier: string | null };
/** What is needed of loadFoundation's (or seedFoundation's) result. */
type Foundation = { demo: { id: string; sites: Site[]; users: User[] } };

const HOUR = 3_600_000;
const FIVES = "Mairie de quartier de Fives";
const WORKERS = ["ts@demo.passerelle.fr", "ts2@demo.passerelle.fr", "responsable@demo.passerelle.fr"];
/** Not linked to fiches: the end-to-end tests rely on these dossiers' exact history. */
const ANCHOR_NAMES = new Set(["Lefèvre", "Dupont", "N'Diaye"]);
/** Status quotas (40 fiches); Fives takes every third fiche, so it has some of each. */
const QUOTAS: Record<FicheStatus, number> = { ENVOYEE: 6, RECUE: 5, EN_COURS: 7, RDV_FIXE: 11, REORIENTEE: 5, CLOTUREE: 6 };
/** How long ago a fiche in this status was sent, in hours [min, max]: open ones are recent. */
const AGE: Record<FicheStatus, [number, number]> = {
  ENVOYEE: [1, 96], RECUE: [30, 240], EN_COURS: [72, 600], RDV_FIXE: [130, 2150], REORIENTEE: [130, 2150], CLOTUREE: [130, 2150],
};

export async function seedFiches(db: Db, foundation: Foundation, now = new Date()) {
  const { demo } = foundation;
  if ((await db.ficheLiaison.count({ where: { structureId: demo.id } })) > 0) return { fiches: 0 };
  const rng = mulberry32(0x2026_f1c0);
  const user = (email: string) => demo.users.find((u) => u.email === email) ?? fail(`Compte de démonstration introuvable : ${email}`);
  const site = (name: string) => demo.sites.find((s) => s.name === name) ?? fail(`Site introuvable : ${name}`);
  const agents = [{ id: user("agent@demo.passerelle.fr").id, site: site(FIVES) }, ...(await extraAgents(db, demo, user("agent@demo.passerelle.fr").passwordHash, site))];
  const workers = WORKERS.map((e) => user(e).id);
  const usagers = (await db.usager.findMany({
    where: { structureId: demo.id, status: "ACTIF" },
    select: { id: true, nom: true, prenom: true, dateNaissance: true, telephone: true, email: true, adresse: true, quartier: true },
    orderBy: { numeroDossier: "asc" },
  })).filter((u) => !ANCHOR_NAMES.has(u.nom));

  const statuses = shuffle(rng, (Object.entries(QUOTAS) as [FicheStatus, number][]).flatMap(([s, n]) => Array<FicheStatus>(n).fill(s)));
  const fiches: Prisma.FicheLiaisonCreateManyInput[] = [];
  const events: Prisma.FicheEventCreateManyInput[] = [];
  const emails = new Set<string>();
  const linked = new Set<string>();
  statuses.forEach((status, i) => {
    const agent = i % 3 === 0 ? agents[0]! : agents[1 + (i % (agents.length - 1))]!;
    const sentAt = officeHour(rng, new Date(now.getTime() - int(rng, AGE[status][0], AGE[status][1]) * HOUR), new Date(now.getTime() - HOUR));
    const f = makeFiche(rng, status, sentAt, now, workers);
    // About a third of the processed fiches concern someone who already has a dossier.
    const dossier = status !== "ENVOYEE" && status !== "RECUE" && chance(rng, 0.45)
      ? usagers.find((u) => !linked.has(u.id) && u.quartier === agent.site.quartier) ?? null : null;
    if (dossier) linked.add(dossier.id);
    const person = dossier ? null : makePerson(rng, ORIGINS, { kind: "lille" }, emails, { quartier: agent.site.quartier ?? undefined });
    const motifs = pickMotifs(rng);
    const id = randomUUID();
    fiches.push({
      id, structureId: demo.id, reference: "", siteId: agent.site.id, agentId: agent.id,
      nom: dossier?.nom ?? person!.nom, prenom: dossier?.prenom ?? person!.prenom,
      dateNaissance: dossier?.dateNaissance ?? (chance(rng, 0.7) ? person!.dateNaissance : null),
      telephone: (dossier ?? person)!.telephone ?? `06 ${pad(rng)} ${pad(rng)} ${pad(rng)} ${pad(rng)}`,
      email: (dossier ?? person)!.email, adresse: (dossier ?? person)!.adresse, quartier: agent.site.quartier,
      disponibilites: chance(rng, 0.7) ? pick(rng, DISPONIBILITES) : null,
      motifs, motifPrecision: chance(rng, 0.8) ? pick(rng, PRECISIONS[motifs[0]!]) : null,
      urgence: weighted(rng, { NORMALE: 60, PRIORITAIRE: 28, URGENTE: 12 }), consentementTexte: CONSENTEMENT_TEXTE,
      status, sentAt, createdAt: sentAt, usagerId: dossier?.id ?? null, ...f.fields,
    });
    events.push(...f.events.map((e) => ({ ...e, ficheId: id, actorId: e.status === "ENVOYEE" ? agent.id : e.actorId })));
  });

  // References follow the sending order within each year, as the application gives them.
  fiches.sort((a, b) => +new Date(a.sentAt!) - +new Date(b.sentAt!));
  const lastByYear = new Map<number, number>();
  for (const f of fiches) {
    const year = new Date(f.sentAt!).getUTCFullYear();
    lastByYear.set(year, (lastByYear.get(year) ?? 0) + 1);
    f.reference = formatFicheReference(year, lastByYear.get(year)!);
  }
  await db.$transaction([
    db.ficheLiaison.createMany({ data: fiches }),
    db.ficheEvent.createMany({ data: events }),
    ...[...lastByYear].map(([year, last]) => db.ficheCounter.upsert({
      where: { structureId_year: { structureId: demo.id, year } }, create: { structureId: demo.id, year, last }, update: { last },
    })),
    // The Fives agent last looked six days ago: the fiches the CCAS moved since show as new.
    db.user.update({ where: { id: agents[0]!.id }, data: { fichesVuesAt: new Date(now.getTime() - 6 * DAY_MS) } }),
  ]);
  return { fiches: fiches.length, events: events.length };
}

type Ev = { at: Date; status: FicheStatus; actorId: string | null };

/** The CCAS side of a fiche: each step a few hours after the previous one, never after `now`. */
function makeFiche(rng: Rng, status: FicheStatus, sentAt: Date, now: Date, workers: string[]) {
  const order: FicheStatus[] = ["ENVOYEE", "RECUE", "EN_COURS", status];
  const reached = status === "ENVOYEE" ? 1 : status === "RECUE" ? 2 : status === "EN_COURS" ? 3 : 4;
  const worker = pick(rng, workers);
  const evs: Ev[] = [{ at: sentAt, status: "ENVOYEE", actorId: null }];
  let t = sentAt.getTime();
  for (let k = 1; k < reached; k++) {
    // Never in the future, never before the previous step.
    t = Math.max(t + 60_000, Math.min(now.getTime() - HOUR / 2, duringOffice(rng, t + int(rng, 1, k === 1 ? 24 : 40) * HOUR)));
    evs.push({ at: new Date(t), status: order[k]!, actorId: worker });
  }
  const atOf = (s: FicheStatus) => evs.find((e) => e.status === s)?.at ?? null;
  const last = evs[evs.length - 1]!.at;
  const closing = status === "CLOTUREE" ? weighted(rng, { CONTACT_IMPOSSIBLE: 3, SITUATION_REGLEE: 2, REFUS_PERSONNE: 1 }) : null;
  const contacted = reached >= 3 && closing !== "CONTACT_IMPOSSIBLE";
  const rdvLieu: RdvLieu | null = status === "RDV_FIXE" ? weighted(rng, { MAISON_DES_SOLIDARITES: 6, MAIRIE_DE_QUARTIER: 3, DOMICILE: 1 }) : null;
  const droits: DroitOuvert[] = contacted && chance(rng, 0.4) ? [pick(rng, ["CSS", "APL", "PRIME_ACTIVITE", "RSA", "ASPA"] as DroitOuvert[])] : [];
  const fields: Partial<Prisma.FicheLiaisonCreateManyInput> = {
    recueAt: atOf("RECUE"), statusChangedAt: last,
    premierContactAt: contacted ? atOf("EN_COURS") : null,
    evaluationNotes: contacted ? pick(rng, EVALUATIONS) : null, droitsNonOuverts: droits,
    evaluatedAt: contacted ? atOf("EN_COURS") : null, evaluatedById: contacted ? worker : null,
    assigneeId: reached >= 3 ? worker : null,
    rdvFixeAt: atOf("RDV_FIXE"), rdvLieu,
    rdvDate: status === "RDV_FIXE" ? officeHour(rng, new Date(last.getTime() + int(rng, 2, 15) * DAY_MS)) : null,
    rdvLieuPrecision: rdvLieu === "MAISON_DES_SOLIDARITES" ? "Maison des Solidarités Centre, 12 rue de Paris" : null,
    reorienteeVers: status === "REORIENTEE" ? pick(rng, REORIENTATIONS) : null,
    motifCloture: closing, clotureAt: status === "REORIENTEE" || status === "CLOTUREE" ? last : null,
  };
  return { fields, events: evs };
}

/** Accounts of the other mairies' agents, created once (same demo password as the others). */
async function extraAgents(db: Db, demo: Foundation["demo"], passwordHash: string, site: (name: string) => Site) {
  const out: { id: string; site: Site }[] = [];
  for (const a of EXTRA_AGENTS) {
    const s = site(a.site);
    const u = await db.user.upsert({
      where: { email: a.email }, update: {},
      create: { structureId: demo.id, siteId: s.id, email: a.email, firstName: a.firstName, lastName: a.lastName, role: "AGENT", passwordHash },
      select: { id: true },
    });
    out.push({ id: u.id, site: s });
  }
  return out;
}

function pickMotifs(rng: Rng): FicheMotif[] {
  const weights: Partial<Record<FicheMotif, number>> = { ACCES_AUX_DROITS: 6, BUDGET_DETTES: 6, LOGEMENT: 5, SANTE: 2, FAMILLE: 2, EMPLOI: 2, ISOLEMENT: 2, AUTRE: 1 };
  const first = weighted(rng, weights);
  if (!chance(rng, 0.35)) return [first];
  const second = weighted(rng, weights);
  return second === first ? [first] : [first, second];
}

/** The same day at an office hour (8:30–17:00 in Paris, roughly: UTC+1/+2), not after `notAfter`. */
function officeHour(rng: Rng, d: Date, notAfter?: Date): Date {
  const day = Math.floor(d.getTime() / DAY_MS) * DAY_MS;
  const at = new Date(day + int(rng, 7 * 60 + 30, 15 * 60) * 60_000);
  return notAfter && at > notAfter ? notAfter : at;
}

/** Workers act in office hours: a time in the evening or at night moves to the next morning. */
function duringOffice(rng: Rng, t: number): number {
  const day = Math.floor(t / DAY_MS) * DAY_MS;
  const minutes = (t - day) / 60_000;
  if (minutes >= 7 * 60 + 30 && minutes <= 16 * 60 + 30) return t;
  const morning = minutes < 7 * 60 + 30 ? day : day + DAY_MS;
  return morning + int(rng, 7 * 60 + 30, 10 * 60) * 60_000;
}

const pad = (rng: Rng) => String(int(rng, 0, 99)).padStart(2, "0");
function fail(message: string): never {
  throw new Error(message);
}
