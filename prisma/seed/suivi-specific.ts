// The type-specific part of the demo accompagnements: debts and Banque de France file
// (budgétaire), arrears and eviction procedure (logement), living place, domiciliation, SIAO and
// maraude contacts (errance).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccompagnementStatus, AccompagnementType, StadeExpulsion } from "@/lib/generated/prisma/enums";
import {
  CREANCIERS, DOMICILIATIONS, FSL_DOSSIERS, LIEUX_DE_VIE, LIEUX_MARAUDE, OBSERVATIONS_MARAUDE,
} from "./suivi-data";
import { dayBetween, maxDate, minDate, plus } from "./suivi-context";
import { chance, euros, int, pick, shuffle, weighted, type Rng } from "./usagers-random";

export type SpecificRows = {
  accompagnements: Prisma.AccompagnementCreateManyInput[];
  dettes: Prisma.DetteCreateManyInput[];
  etapes: Prisma.EtapeExpulsionCreateManyInput[];
  contacts: Prisma.ContactMaraudeCreateManyInput[];
};
type Spec = { id: string; type: AccompagnementType; status: AccompagnementStatus; debut: Date; end: Date; now: Date; disponibleCents: number };

const STADES: StadeExpulsion[] = ["COMMANDEMENT_DE_PAYER", "ASSIGNATION", "JUGEMENT", "COMMANDEMENT_DE_QUITTER", "CONCOURS_FORCE_PUBLIQUE"];
const CREDIT = ["Cofidis", "Cetelem", "Floa Bank"];

export function buildSpecific(rng: Rng, rows: SpecificRows, a: Spec) {
  const acc = rows.accompagnements.find((x) => x.id === a.id)!;
  if (a.type === "BUDGETAIRE") {
    let mensualites = 0;
    for (const creancier of shuffle(rng, [...CREANCIERS]).slice(0, int(rng, 1, 5))) {
      const montantCents = CREDIT.includes(creancier) ? euros(rng, 900, 9000) : euros(rng, 120, 3200);
      // Repaid over one to four years, at least 15 € a month.
      const mensualiteCents = Math.min(montantCents, Math.max(1500, Math.round(montantCents / int(rng, 12, 48) / 100) * 100));
      mensualites += mensualiteCents;
      rows.dettes.push({ accompagnementId: a.id, creancier, montantCents, mensualiteCents });
    }
    acc.surendettement = weighted(rng, {
      AUCUN: 35, EN_PREPARATION: 20, DEPOSE: 12, RECEVABLE: 10, PLAN_CONVENTIONNEL: 8, MESURES_IMPOSEES: 7, RETABLISSEMENT_PERSONNEL: 4, IRRECEVABLE: 4,
    });
    acc.resteAVivreApresPlanCents = a.status !== "PROPOSE" && chance(rng, 0.6) ? a.disponibleCents - mensualites : null;
  } else if (a.type === "LOGEMENT") {
    acc.impayesMois = int(rng, 1, 14);
    acc.impayesCents = acc.impayesMois * euros(rng, 250, 620);
    acc.numeroUnique = chance(rng, 0.7) ? `059 ${a.debut.getUTCFullYear() - int(rng, 0, 3)} ${String(int(rng, 1, 9_999_999)).padStart(7, "0")}` : null;
    acc.fslDossier = chance(rng, 0.6) ? pick(rng, FSL_DOSSIERS) : null;
    const asll = weighted(rng, { OUI: 3, NON: 3, NON_RENSEIGNE: 4 });
    acc.asll = asll === "OUI" ? true : asll === "NON" ? false : null;
    // Stages follow the legal order, a few weeks to months apart, never after today.
    let date = plus(a.debut, -int(rng, 20, 120));
    const stages = weighted(rng, { 0: 25, 1: 25, 2: 20, 3: 15, 4: 10, 5: 5 });
    for (const stade of STADES.slice(0, Number(stages))) {
      if (date.getTime() > a.now.getTime()) break;
      rows.etapes.push({ accompagnementId: a.id, stade, date: dayBetween(rng, date, plus(date, 1)) });
      date = plus(date, int(rng, 45, 140));
    }
  } else if (a.type === "ERRANCE") {
    acc.lieuVie = pick(rng, LIEUX_DE_VIE);
    if (chance(rng, 0.75)) {
      acc.domiciliationOrganisme = pick(rng, DOMICILIATIONS);
      acc.domiciliationDebut = dayBetween(rng, plus(a.debut, -30), minDate(plus(a.debut, 30), a.now));
      acc.domiciliationFin = plus(acc.domiciliationDebut, 365);
    }
    if (chance(rng, 0.8)) {
      acc.siaoDemandeLe = dayBetween(rng, a.debut, minDate(plus(a.debut, 30), a.now));
      acc.siaoStatut = a.status === "CLOS" ? weighted(rng, { HEBERGE: 4, LOGE: 2, SANS_SUITE: 2 }) : weighted(rng, { EN_ATTENTE: 5, PROPOSITION: 2, A_DEPOSER: 1 });
    }
    for (let i = int(rng, 1, 6); i > 0; i--) {
      rows.contacts.push({
        accompagnementId: a.id, date: dayBetween(rng, a.debut, maxDate(a.debut, minDate(a.end, a.now))),
        lieu: pick(rng, LIEUX_MARAUDE), observations: chance(rng, 0.8) ? pick(rng, OBSERVATIONS_MARAUDE) : null,
      });
    }
  }
}
