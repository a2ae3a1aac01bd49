// Demo aid requests over 2025–2026 in every status, with the audit rows of their history
// (request, instruction, decision by the responsable, payment). Old requests are decided; recent
// ones are still waiting, so the responsable's list always has content.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AideStatus, AideType, ModePaiement } from "@/lib/generated/prisma/enums";
import { AIDE_OBJETS, MOTIFS_AJOURNEMENT, MOTIFS_REFUS } from "./suivi-data";
import { audit, dayBetween, instantOn, maxDate, minDate, pickWorker, plus, type AuditRows, type SeedUsager, type Workers } from "./suivi-context";
import type { AccompagnementWindow } from "./suivi-accompagnements";
import { chance, euros, pick, weighted, type Rng } from "./usagers-random";

const FROM = new Date("2025-01-02T00:00:00Z");
const RECENT_DAYS = 40;

export type AideRows = { aides: Prisma.AideCreateManyInput[]; audit: AuditRows };

function amount(rng: Rng, type: AideType): number {
  const { min, max, round } = AIDE_OBJETS[type];
  const cents = euros(rng, min, max);
  // Bills are asked to the cent; vouchers and flat aids in round figures.
  return round ? Math.max(round, Math.round(cents / 100 / round) * round) * 100 : cents;
}

function modeFor(rng: Rng, type: AideType): ModePaiement {
  if (type === "ALIMENTAIRE") return "BON_OU_CARTE";
  if (type === "ENERGIE" || type === "EAU" || type === "LOGEMENT") return "PAIEMENT_FOURNISSEUR";
  return weighted(rng, { VIREMENT: 3, CHEQUE: 1, PAIEMENT_FOURNISSEUR: 1 });
}

/** `onlyPending`: a structure without a responsable records requests but no decisions. */
export function buildAides(
  rng: Rng, now: Date, usagers: SeedUsager[], workers: Workers, windows: AccompagnementWindow[], count: number, onlyPending = false,
): AideRows {
  const rows: AideRows = { aides: [], audit: [] };
  const actifs = usagers.filter((u) => u.status === "ACTIF");
  const recentFrom = plus(now, -RECENT_DAYS);
  for (let attempt = 0; rows.aides.length < count && attempt < count * 5; attempt++) {
    const recent = onlyPending || chance(rng, 0.22);
    // Inactive dossiers only have old requests, before their last contact.
    const u = recent || chance(rng, 0.85) ? pick(rng, actifs) : pick(rng, usagers.filter((x) => x.status === "INACTIF"));
    const lower = maxDate(FROM, u.createdAt, recent ? recentFrom : FROM);
    const upper = recent ? now : minDate(plus(recentFrom, -1), u.lastContactAt ?? now);
    if (upper.getTime() < lower.getTime()) continue;
    const demandeLe = dayBetween(rng, lower, upper);
    const type = weighted<AideType>(rng, { ALIMENTAIRE: 30, ENERGIE: 22, EAU: 6, LOGEMENT: 14, TRANSPORT: 8, SANTE: 8, SCOLARITE_ENFANCE: 8, AUTRE: 4 });
    const status: AideStatus = onlyPending ? weighted(rng, { DEMANDEE: 2, EN_INSTRUCTION: 2, ABANDONNEE: 1 })
      : recent ? weighted(rng, { DEMANDEE: 30, EN_INSTRUCTION: 38, AJOURNEE: 10, ACCORDEE: 15, REFUSEE: 3, ABANDONNEE: 4 })
        : weighted(rng, { ACCORDEE: 62, REFUSEE: 18, ABANDONNEE: 10, AJOURNEE: 3 });
    const instructeurId = pickWorker(rng, workers, u.referentIds);
    const id = randomUUID();
    const createdAt = instantOn(rng, demandeLe, now);
    const montantDemandeCents = amount(rng, type);
    const link = windows.find((w) => w.usagerId === u.id && w.from <= demandeLe && demandeLe <= w.to);
    const aide: Prisma.AideCreateManyInput = {
      id, structureId: u.structureId, usagerId: u.id, instructeurId, type, objet: pick(rng, AIDE_OBJETS[type].objets),
      montantDemandeCents, status, demandeLe, createdAt, accompagnementId: link && chance(rng, 0.6) ? link.id : null,
    };
    audit(rows.audit, createdAt, instructeurId, u.structureId, "aide.create", "Aide", id, { usagerId: u.id, type, montantDemandeCents });
    let last = createdAt;
    const step = (at: Date, actorId: string | null, de: AideStatus, vers: AideStatus, extra: Record<string, number> = {}) => {
      last = maxDate(at, last);
      audit(rows.audit, last, actorId, u.structureId, "aide.status", "Aide", id, { usagerId: u.id, de, vers, ...extra });
    };
    const abandonedEarly = status === "ABANDONNEE" && chance(rng, 0.5);
    if (status !== "DEMANDEE" && !abandonedEarly) {
      step(instantOn(rng, dayBetween(rng, plus(demandeLe, 1), minDate(plus(demandeLe, 5), now)), now), instructeurId, "DEMANDEE", "EN_INSTRUCTION");
      if (status === "EN_INSTRUCTION" && chance(rng, 0.6)) aide.commissionLe = dayBetween(rng, plus(demandeLe, 7), plus(now, 21));
    }
    if (status === "ACCORDEE" || status === "REFUSEE" || status === "AJOURNEE") {
      const commission = dayBetween(rng, minDate(plus(demandeLe, 7), now), minDate(plus(demandeLe, 21), now));
      aide.commissionLe = commission;
      aide.decisionLe = commission;
      const decidedAt = instantOn(rng, commission, now);
      if (status === "ACCORDEE") {
        aide.montantAccordeCents = chance(rng, 0.65) ? montantDemandeCents : Math.max(2000, Math.round((montantDemandeCents * (0.5 + rng() * 0.4)) / 1000) * 1000);
        step(decidedAt, workers.responsableId, "EN_INSTRUCTION", "ACCORDEE", { montantAccordeCents: aide.montantAccordeCents });
        // Most are paid within two weeks; the latest decisions still wait for their payment.
        if (commission.getTime() < plus(now, -7).getTime() && chance(rng, 0.97)) {
          aide.modePaiement = modeFor(rng, type);
          const payeLe = dayBetween(rng, plus(commission, 1), minDate(plus(commission, 14), now));
          aide.payeLe = payeLe;
          last = maxDate(instantOn(rng, payeLe, now), last);
          audit(rows.audit, last, instructeurId, u.structureId, "aide.payment", "Aide", id, {
            usagerId: u.id, modePaiement: aide.modePaiement, payeLe: payeLe.toISOString().slice(0, 10),
          });
        }
      } else {
        aide.motifRefus = status === "REFUSEE" ? pick(rng, MOTIFS_REFUS) : chance(rng, 0.8) ? pick(rng, MOTIFS_AJOURNEMENT) : null;
        step(decidedAt, workers.responsableId, "EN_INSTRUCTION", status);
      }
    }
    if (status === "ABANDONNEE") {
      step(instantOn(rng, dayBetween(rng, plus(demandeLe, 3), minDate(plus(demandeLe, 45), now)), now), instructeurId, abandonedEarly ? "DEMANDEE" : "EN_INSTRUCTION", "ABANDONNEE");
    }
    aide.updatedAt = last;
    rows.aides.push(aide);
  }
  return rows;
}
