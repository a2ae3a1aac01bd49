// What the top of a dossier shows before any section: the alerts of its sticky header
// (domiciliation ending, aid waiting, rendez-vous today) and the summary (open accompagnements
// with the progress of their plan, pending items). One round trip: the dossier page is
// benchmarked, and each figure is a small aggregate over indexed rows of one person. Every row is
// read through its feature's scope, like the sections below it.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { accompagnementScopeSql, planActionScopeSql } from "@/lib/auth/scopes/accompagnement";
import { aideScopeSql } from "@/lib/auth/scopes/aide";
import { domiciliationScopeSql } from "@/lib/auth/scopes/domiciliation";
import { orientationScopeSql } from "@/lib/auth/scopes/orientation";
import { rendezVousScopeSql } from "@/lib/auth/scopes/rendez-vous";
import { parisLocalToDate, parisToday } from "@/lib/domain/shared/paris-time";

/** A domiciliation whose validity ends within this many days is an alert. */
export const DOMICILIATION_ALERT_DAYS = 60;

export type OpenAccompagnement = { id: string; type: string; status: string; debut: Date; actions: number; faites: number };
export type DossierSummary = {
  domiciliationFin: Date | null;
  /** The validity ended before today. */
  domiciliationEchue: boolean;
  aidesEnAttente: number;
  rendezVousAujourdhui: Date[];
  orientationsEnAttente: number;
  actionsEnRetard: number;
  accompagnements: OpenAccompagnement[];
};

type Row = {
  domiciliationFin: Date | null; aidesEnAttente: number; rdv: string[] | null; orientationsEnAttente: number;
  actionsEnRetard: number; accompagnements: { id: string; type: string; status: string; debut: string; actions: number; faites: number }[] | null;
};

export async function getDossierSummary(actor: Actor, usagerId: string, now = new Date()): Promise<DossierSummary> {
  const today = parisToday(now);
  const dayStart = parisLocalToDate(`${today}T00:00`) ?? now;
  const tomorrow = parisLocalToDate(`${dateAfter(today)}T00:00`) ?? now;
  const alertUntil = new Date(`${today}T00:00:00Z`);
  alertUntil.setUTCDate(alertUntil.getUTCDate() + DOMICILIATION_ALERT_DAYS);
  const [row] = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT
      (SELECT min(d."finValidite") FROM "Domiciliation" d
        WHERE d."usagerId" = ${usagerId}::uuid AND d.status = 'ACCORDEE' AND d."finValidite" IS NOT NULL
          AND d."finValidite" <= ${alertUntil}::date AND ${domiciliationScopeSql(actor, "d")}) AS "domiciliationFin",
      (SELECT count(*)::int FROM "Aide" a
        WHERE a."usagerId" = ${usagerId}::uuid AND a.status IN ('DEMANDEE', 'EN_INSTRUCTION') AND ${aideScopeSql(actor, "a")}) AS "aidesEnAttente",
      (SELECT array_agg(r.debut ORDER BY r.debut) FROM "RendezVous" r
        WHERE r."usagerId" = ${usagerId}::uuid AND r.status = 'PREVU' AND r.debut >= ${dayStart} AND r.debut < ${tomorrow}
          AND ${rendezVousScopeSql(actor, "r")}) AS rdv,
      (SELECT count(*)::int FROM "Orientation" o
        WHERE o."usagerId" = ${usagerId}::uuid AND o.status IN ('ENVOYEE', 'ACCUSEE') AND ${orientationScopeSql(actor, "o")}) AS "orientationsEnAttente",
      (SELECT count(*)::int FROM "PlanAction" pa
        JOIN "PlanObjectif" po ON po.id = pa."objectifId"
        JOIN "Accompagnement" ac ON ac.id = po."accompagnementId"
        WHERE ac."usagerId" = ${usagerId}::uuid AND ac.status <> 'CLOS' AND pa.status IN ('A_FAIRE', 'EN_COURS')
          AND pa.echeance < ${today}::date AND ${planActionScopeSql(actor, "pa")}) AS "actionsEnRetard",
      (SELECT json_agg(x ORDER BY x.debut DESC) FROM (
        SELECT ac.id, ac.type, ac.status, ac.debut,
          (SELECT count(*)::int FROM "PlanAction" pa JOIN "PlanObjectif" po ON po.id = pa."objectifId"
            WHERE po."accompagnementId" = ac.id AND pa.status <> 'ABANDONNEE') AS actions,
          (SELECT count(*)::int FROM "PlanAction" pa JOIN "PlanObjectif" po ON po.id = pa."objectifId"
            WHERE po."accompagnementId" = ac.id AND pa.status = 'FAITE') AS faites
        FROM "Accompagnement" ac
        WHERE ac."usagerId" = ${usagerId}::uuid AND ac.status <> 'CLOS' AND ${accompagnementScopeSql(actor, "ac")}
      ) x) AS accompagnements`);
  return {
    domiciliationFin: row?.domiciliationFin ?? null,
    domiciliationEchue: row?.domiciliationFin ? row.domiciliationFin.toISOString().slice(0, 10) < today : false,
    aidesEnAttente: row?.aidesEnAttente ?? 0,
    rendezVousAujourdhui: (row?.rdv ?? []).map((d) => new Date(d)),
    orientationsEnAttente: row?.orientationsEnAttente ?? 0,
    actionsEnRetard: row?.actionsEnRetard ?? 0,
    accompagnements: (row?.accompagnements ?? []).map((a) => ({ ...a, debut: new Date(a.debut) })),
  };
}

function dateAfter(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
