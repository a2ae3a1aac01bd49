// Demo accompagnements of every type and status, with their plan, the audit rows of their history
// (opened, started, suspended, closed), and the type-specific part (suivi-specific.ts).
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccompagnementStatus, AccompagnementType, PlanActionStatus } from "@/lib/generated/prisma/enums";
import { PLAN_TEMPLATES } from "./suivi-data";
import { audit, dayBetween, instantOn, maxDate, minDate, pickWorker, plus, type AuditRows, type SeedUsager, type Workers } from "./suivi-context";
import { buildSpecific, type SpecificRows } from "./suivi-specific";
import { chance, int, shuffle, weighted, type Rng } from "./usagers-random";

export type AccompagnementWindow = { id: string; usagerId: string; from: Date; to: Date };
export type AccompagnementRows = SpecificRows & {
  accompagnements: Prisma.AccompagnementCreateManyInput[];
  objectifs: Prisma.PlanObjectifCreateManyInput[];
  actions: Prisma.PlanActionCreateManyInput[];
  audit: AuditRows;
  windows: AccompagnementWindow[];
};

const SANS_LOGEMENT = ["SANS_DOMICILE", "HABITAT_PRECAIRE", "HEBERGEMENT_URGENCE_CHRS", "HEBERGE_CHEZ_UN_TIERS"];
const LOCATAIRE = ["LOCATAIRE_PARC_SOCIAL", "LOCATAIRE_PARC_PRIVE"];

function typeFor(rng: Rng, u: SeedUsager): AccompagnementType {
  if (u.logementStatut && SANS_LOGEMENT.includes(u.logementStatut) && chance(rng, 0.7)) return "ERRANCE";
  if (u.logementStatut && LOCATAIRE.includes(u.logementStatut) && chance(rng, 0.3)) return "LOGEMENT";
  return weighted(rng, { INDIVIDUEL: 45, BUDGETAIRE: 40, LOGEMENT: u.logementStatut && LOCATAIRE.includes(u.logementStatut) ? 15 : 0 });
}

function statusFor(rng: Rng, u: SeedUsager): AccompagnementStatus {
  if (u.status === "ARCHIVE") return "CLOS";
  if (u.status === "INACTIF") return weighted(rng, { CLOS: 7, SUSPENDU: 3 });
  return weighted(rng, { EN_COURS: 48, PROPOSE: 10, SUSPENDU: 9, CLOS: 33 });
}

export function buildAccompagnements(rng: Rng, now: Date, usagers: SeedUsager[], workers: Workers, count: number): AccompagnementRows {
  const rows: AccompagnementRows = { accompagnements: [], objectifs: [], actions: [], audit: [], windows: [], dettes: [], etapes: [], contacts: [] };
  const pool = shuffle(rng, [...usagers]);
  for (const u of pool.slice(0, count)) {
    const id = randomUUID();
    const type = typeFor(rng, u);
    const status = statusFor(rng, u);
    const referentId = pickWorker(rng, workers, u.referentIds);
    const earliest = maxDate(u.createdAt, new Date("2024-01-15T00:00:00Z"));
    const latest = minDate(now, u.status === "ACTIF" ? now : (u.lastContactAt ?? now));
    // When it started and, for the closed ones, ended.
    const debut = status === "PROPOSE" ? dayBetween(rng, maxDate(earliest, plus(now, -20)), plus(now, 15))
      : status === "CLOS" ? dayBetween(rng, earliest, maxDate(earliest, plus(latest, -60)))
        : dayBetween(rng, maxDate(earliest, plus(now, -540)), maxDate(earliest, plus(now, -20)));
    const finPrevue = chance(rng, 0.85) ? plus(debut, 30 * int(rng, 6, 24)) : null;
    const closDay = status === "CLOS" ? maxDate(debut, dayBetween(rng, minDate(plus(debut, 30), latest), minDate(latest, plus(debut, 540)))) : null;
    const createdAt = instantOn(rng, status === "PROPOSE" ? dayBetween(rng, maxDate(earliest, plus(now, -20)), minDate(debut, now)) : debut, now);

    // History: opened (as proposed, or started at once), then started, suspended or closed.
    const events: { at: Date; de: AccompagnementStatus; vers: AccompagnementStatus; motif?: string }[] = [];
    const refusedAtStart = status === "CLOS" && chance(rng, 0.15);
    const opensAs: AccompagnementStatus = status === "PROPOSE" || refusedAtStart || chance(rng, 0.6) ? "PROPOSE" : "EN_COURS";
    const startedAt = instantOn(rng, plus(debut, int(rng, 0, 10)), now);
    if (opensAs === "PROPOSE" && !refusedAtStart && status !== "PROPOSE") events.push({ at: maxDate(startedAt, createdAt), de: "PROPOSE", vers: "EN_COURS" });
    if (status === "SUSPENDU") events.push({ at: instantOn(rng, dayBetween(rng, plus(debut, 30), maxDate(plus(debut, 31), plus(now, -5))), now), de: "EN_COURS", vers: "SUSPENDU" });
    if (status === "CLOS") {
      const motif = refusedAtStart ? weighted(rng, { REFUS_PERSONNE: 1, ABANDON: 1 })
        : weighted(rng, { OBJECTIFS_ATTEINTS: 40, FIN_DE_DUREE: 15, ABANDON: 20, ORIENTATION: 10, DEMENAGEMENT: 8, REFUS_PERSONNE: 7 });
      events.push({ at: maxDate(instantOn(rng, closDay!, now), createdAt), de: refusedAtStart ? "PROPOSE" : "EN_COURS", vers: "CLOS", motif });
    }
    const last = events.at(-1)?.at ?? createdAt;
    const motif = events.find((e) => e.vers === "CLOS")?.motif;
    rows.accompagnements.push({
      id, structureId: u.structureId, usagerId: u.id, type, referentId, debut, finPrevue, status,
      motifCloture: motif ? MOTIF_TEXT[motif] : null, closAt: status === "CLOS" ? last : null, statusChangedAt: last,
      createdAt, updatedAt: last,
    });
    audit(rows.audit, createdAt, referentId, u.structureId, "accompagnement.open", "Accompagnement", id, { usagerId: u.id, type, referentId, status: opensAs });
    for (const e of events) {
      audit(rows.audit, e.at, referentId, u.structureId, "accompagnement.status", "Accompagnement", id, { usagerId: u.id, de: e.de, vers: e.vers, motif: e.motif ?? null });
    }
    const end = status === "CLOS" ? last : now;
    rows.windows.push({ id, usagerId: u.id, from: debut, to: end });
    // A refused proposal has no plan; a proposal sometimes has a draft one.
    if (status === "PROPOSE" ? chance(rng, 0.4) : !refusedAtStart) buildPlan(rng, rows, { id, type, status, debut, finPrevue, end, now, male: workers.male.has(referentId) });
    buildSpecific(rng, rows, { id, type, status, debut, end, now, disponibleCents: u.disponibleCents });
  }
  return rows;
}

const MOTIF_TEXT: Record<string, string> = {
  OBJECTIFS_ATTEINTS: "Objectifs atteints", FIN_DE_DUREE: "Fin de la durée prévue", REFUS_PERSONNE: "Refus de la personne",
  ABANDON: "Abandon ou perte de contact", ORIENTATION: "Orientation vers un autre service", DEMENAGEMENT: "Déménagement hors du territoire",
};

type PlanSpec = { id: string; type: AccompagnementType; status: AccompagnementStatus; debut: Date; finPrevue: Date | null; end: Date; now: Date; male: boolean };

function buildPlan(rng: Rng, rows: AccompagnementRows, a: PlanSpec) {
  const templates = shuffle(rng, [...PLAN_TEMPLATES[a.type]]).slice(0, int(rng, a.type === "INDIVIDUEL" ? 2 : 1, 3));
  // A closed accompagnement had its deadlines before it closed.
  const horizon = a.status === "CLOS" ? a.end : (a.finPrevue ?? plus(a.debut, 365));
  let forcedSoon = a.status !== "EN_COURS";
  templates.forEach((t, ordre) => {
    const objectifId = randomUUID();
    rows.objectifs.push({ id: objectifId, accompagnementId: a.id, libelle: t.libelle, ordre });
    for (const action of t.actions.slice(0, int(rng, 1, t.actions.length))) {
      // An open accompagnement always has one action due around now: the "à faire" list has content.
      let echeance = chance(rng, 0.85) ? dayBetween(rng, plus(a.debut, 14), maxDate(plus(a.debut, 15), horizon)) : null;
      if (!forcedSoon) {
        echeance = dayBetween(rng, plus(a.now, -10), plus(a.now, 20));
        forcedSoon = true;
      }
      rows.actions.push({
        objectifId, libelle: action.libelle, echeance, status: actionStatus(rng, a, echeance),
        porteur: a.male ? action.porteur.replace("La travailleuse sociale", "Le travailleur social") : action.porteur,
      });
    }
  });
}

function actionStatus(rng: Rng, a: PlanSpec, echeance: Date | null): PlanActionStatus {
  if (a.status === "PROPOSE") return "A_FAIRE";
  if (a.status === "CLOS") return weighted(rng, { FAITE: 70, ABANDONNEE: 20, A_FAIRE: 10 });
  if (echeance && echeance.getTime() < plus(a.now, -30).getTime()) return weighted(rng, { FAITE: 70, ABANDONNEE: 10, EN_COURS: 10, A_FAIRE: 10 });
  return weighted(rng, { A_FAIRE: 55, EN_COURS: 35, FAITE: 10 });
}
