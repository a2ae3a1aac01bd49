// The daily notifications that no user action triggers: tasks due tomorrow or overdue,
// orientations waiting past the relaunch delay, domiciliations ending within 30 days. Each is
// keyed (dedupeKey) so that a second run, or a second instance, notifies once.
import { db } from "@/lib/db";
import { calendarDaysAgo } from "@/lib/domain/orientations/queries";
import { orientationRelanceJours } from "@/lib/domain/orientations/relance";
import { PENDING_STATUSES } from "@/lib/domain/orientations/status-machine";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { dossierReferents, notify } from "./notify";

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);
const fr = (d: Date) => d.toISOString().slice(0, 10).split("-").reverse().join("/");
export const DOMICILIATION_NOTICE_DAYS = 30;

export async function runNotificationDeadlines(now = new Date()) {
  const today = dayOf(parisToday(now));
  const tomorrow = new Date(today.getTime() + DAY_MS);
  const summary = { echeances: 0, retards: 0, relances: 0, domiciliations: 0 };

  const taches = await db.tache.findMany({
    where: { status: "A_FAIRE", echeance: { lte: tomorrow } },
    select: { id: true, structureId: true, usagerId: true, assigneeId: true, echeance: true },
    take: 5_000,
  });
  for (const t of taches) {
    const late = t.echeance < today;
    if (!late && t.echeance.getTime() !== tomorrow.getTime()) continue;
    const sent = await db.$transaction((tx) => notify(tx, null, {
      kind: late ? "TACHE_RETARD" : "TACHE_ECHEANCE", to: [t.assigneeId], structureId: t.structureId, usagerId: t.usagerId, href: "/a-faire",
      title: late ? `Une de vos tâches est en retard (échéance du ${fr(t.echeance)})` : "Une de vos tâches arrive à échéance demain",
      dedupeKey: `${late ? "tache-retard" : "tache-echeance"}:${t.id}`,
    }));
    if (sent.length) summary[late ? "retards" : "echeances"]++;
  }

  const structures = await db.structure.findMany({ select: { id: true } });
  for (const s of structures) {
    const limit = calendarDaysAgo(await orientationRelanceJours(s.id), now);
    const orientations = await db.orientation.findMany({
      where: { structureId: s.id, status: { in: [...PENDING_STATUSES] }, date: { lte: limit }, OR: [{ relanceLe: null }, { relanceLe: { lte: limit } }] },
      select: { id: true, usagerId: true, authorId: true, relanceLe: true },
      take: 2_000,
    });
    for (const o of orientations) {
      const sent = await db.$transaction((tx) => notify(tx, null, {
        kind: "ORIENTATION_RELANCE", to: [o.authorId], structureId: s.id, usagerId: o.usagerId, href: `/usagers/${o.usagerId}/orientations/${o.id}`,
        title: "Une orientation attend la réponse du partenaire : relancez-le",
        // A relaunch restarts the delay: the next reminder is a new one.
        dedupeKey: `orientation-relance:${o.id}:${o.relanceLe?.toISOString().slice(0, 10) ?? "aucune"}`,
      }));
      if (sent.length) summary.relances++;
    }
  }

  const domiciliations = await db.domiciliation.findMany({
    where: { status: "ACCORDEE", finValidite: { gte: today, lte: new Date(today.getTime() + DOMICILIATION_NOTICE_DAYS * DAY_MS) } },
    select: { id: true, structureId: true, usagerId: true, finValidite: true },
    take: 5_000,
  });
  for (const d of domiciliations) {
    const sent = await db.$transaction(async (tx) => notify(tx, null, {
      kind: "DOMICILIATION_FIN", to: await dossierReferents(tx, d.usagerId), structureId: d.structureId, usagerId: d.usagerId,
      href: `/usagers/${d.usagerId}/domiciliation`, title: `Une domiciliation prend fin le ${fr(d.finValidite!)}`,
      dedupeKey: `domiciliation-fin:${d.id}:${d.finValidite!.toISOString().slice(0, 10)}`,
    }));
    if (sent.length) summary.domiciliations++;
  }
  return summary;
}
