// The ICS downloads: one rendez-vous, or the actor's own coming weeks. The events carry the dossier
// number (or the fiche reference), never the person's name: the file goes to a calendar outside
// Passerelle. The download is audited.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canViewAgenda } from "@/lib/auth/permissions";
import { rendezVousScope } from "@/lib/auth/scopes/rendez-vous";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { isUuid } from "@/lib/domain/shared/fields";
import { buildIcs, icsEventOf } from "./ics";

const SELECT = {
  id: true, debut: true, fin: true, kind: true, status: true, version: true, lieuPrecision: true,
  site: { select: { name: true } }, usager: { select: { numeroDossier: true } }, fiche: { select: { reference: true } },
} as const;

const label = (r: { usager: { numeroDossier: string } | null; fiche: { reference: string } | null }) =>
  r.usager ? `dossier ${r.usager.numeroDossier}` : r.fiche ? `fiche ${r.fiche.reference}` : "";

const WEEKS_AHEAD = 12;

export async function rendezVousIcs(actor: Actor, id: string, now = new Date()) {
  if (!isUuid(id) || !canViewAgenda(actor)) return null;
  const rdv = await db.rendezVous.findFirst({ where: { AND: [rendezVousScope(actor), { id }] }, select: SELECT });
  if (!rdv) return null;
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "rendezvous.ics", entityType: "RendezVous", entityId: id }));
  return { filename: `rendez-vous-${rdv.debut.toISOString().slice(0, 10)}.ics`, body: buildIcs([icsEventOf({ ...rdv, person: label(rdv) })], now) };
}

/** The actor's own rendez-vous, from a week ago to twelve weeks ahead. */
export async function myAgendaIcs(actor: Actor, now = new Date()) {
  if (!canViewAgenda(actor)) return null;
  const rows = await db.rendezVous.findMany({
    where: { AND: [rendezVousScope(actor), { travailleurId: actor.id, debut: { gte: new Date(now.getTime() - 7 * 86_400_000), lt: new Date(now.getTime() + WEEKS_AHEAD * 7 * 86_400_000) } }] },
    select: SELECT, orderBy: { debut: "asc" }, take: 2000,
  });
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "rendezvous.ics", entityType: "User", entityId: actor.id, details: { count: rows.length } }));
  return { filename: "mon-agenda.ics", body: buildIcs(rows.map((r) => icsEventOf({ ...r, person: label(r) })), now) };
}
