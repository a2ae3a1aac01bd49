// Reads of the agenda, always inside the actor's scope: TS and RESPONSABLE see the structure's
// whole agenda; an agent reads none of it (they get free/busy through booking.ts).
import { db } from "@/lib/db";
import { rowsById } from "@/lib/domain/shared/related-rows";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { canViewAgenda } from "@/lib/auth/permissions";
import { permanenceScope } from "@/lib/auth/scopes/permanence";
import { rendezVousScope } from "@/lib/auth/scopes/rendez-vous";
import { siteScope } from "@/lib/auth/scopes/site";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { isUuid } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { addDays, mondayOf, parisRange } from "./calendar";
import { occurrences, ruleOf } from "./recurrence";

const RDV_SELECT = {
  id: true, kind: true, status: true, debut: true, fin: true, lieuPrecision: true, objet: true, version: true,
  travailleurId: true, usagerId: true, ficheId: true, entretienId: true, permanenceId: true, rappelConsenti: true, rappelEnvoyeAt: true, rappelCanal: true,
  usager: { select: { id: true, nom: true, prenom: true, numeroDossier: true, telephone: true } },
  fiche: { select: { id: true, reference: true, nom: true, prenom: true, telephone: true } },
  site: { select: { id: true, name: true } },
  travailleur: { select: { id: true, firstName: true, lastName: true } },
} as const satisfies Prisma.RendezVousSelect;
export type AgendaRendezVous = Prisma.RendezVousGetPayload<{ select: typeof RDV_SELECT }>;

/** The person of a rendez-vous: the dossier, or the fiche's name before a dossier exists. */
export function personOf(r: Pick<AgendaRendezVous, "usager" | "fiche">): string {
  if (r.usager) return `${r.usager.nom.toLocaleUpperCase("fr-FR")} ${r.usager.prenom}`;
  if (r.fiche) return `${r.fiche.nom.toLocaleUpperCase("fr-FR")} ${r.fiche.prenom} (fiche ${r.fiche.reference})`;
  return "—";
}

export type AgendaFilter = { date: string; vue: "semaine" | "jour"; travailleurId?: string; siteId?: string };

/** A week (from Monday) or a day, for one worker or one site (or everyone). */
export async function getAgenda(actor: Actor, filter: AgendaFilter) {
  if (!canViewAgenda(actor)) return null;
  const first = filter.vue === "jour" ? filter.date : mondayOf(filter.date);
  const days = filter.vue === "jour" ? 1 : 7;
  const { from, to } = parisRange(first, days);
  const travailleurId = filter.travailleurId && isUuid(filter.travailleurId) ? filter.travailleurId : undefined;
  const siteId = filter.siteId && isUuid(filter.siteId) ? filter.siteId : undefined;
  const where: Prisma.RendezVousWhereInput = { debut: { lt: to }, fin: { gt: from }, ...(travailleurId ? { travailleurId } : {}), ...(siteId ? { siteId } : {}) };
  const [rendezVous, perms] = await Promise.all([
    db.rendezVous.findMany({ where: { AND: [rendezVousScope(actor), where] }, select: RDV_SELECT, orderBy: [{ debut: "asc" }, { id: "asc" }], take: 1000 }),
    db.permanence.findMany({
      where: { AND: [permanenceScope(actor), { actif: true, ...(travailleurId ? { travailleurId } : {}), ...(siteId ? { siteId } : {}) }] },
      include: { exceptions: true, site: { select: { name: true } }, travailleur: { select: { firstName: true, lastName: true } } },
    }),
  ]);
  const last = addDays(first, days - 1);
  const permanences = perms.flatMap((p) => occurrences(ruleOf(p), first, last).map((o) => ({
    permanenceId: p.id, date: o.date, debut: o.debut, fin: o.fin, site: p.site.name, travailleur: `${p.travailleur.firstName} ${p.travailleur.lastName}`,
  })));
  const dates = Array.from({ length: days }, (_, i) => addDays(first, i));
  return { dates, rendezVous, permanences };
}

export async function getRendezVous(actor: Actor, id: string) {
  if (!isUuid(id) || !canViewAgenda(actor)) return null;
  const rdv = await db.rendezVous.findFirst({ where: { AND: [rendezVousScope(actor), { id }] }, select: RDV_SELECT });
  if (!rdv) return null;
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "rendezvous.read", entityType: "RendezVous", entityId: id }));
  return rdv;
}

/** A dossier's rendez-vous, the coming ones first, then the past ones (most recent first). */
export async function listUsagerRendezVous(actor: Actor, usagerId: string, now = new Date()) {
  if (!isUuid(usagerId) || !canViewAgenda(actor)) return { aVenir: [], passes: [] };
  // What the dossier's card shows, its site and worker read only when there is a rendez-vous (related-rows.ts).
  const found = await db.rendezVous.findMany({
    where: { AND: [rendezVousScope(actor), { usagerId }] },
    select: { id: true, kind: true, status: true, debut: true, fin: true, usagerId: true, entretienId: true, siteId: true, travailleurId: true },
    orderBy: { debut: "desc" }, take: 100,
  });
  const [sites, travailleurs] = await Promise.all([
    rowsById(found.map((r) => r.siteId), (ids) => db.site.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
    rowsById(found.map((r) => r.travailleurId), (ids) => db.user.findMany({ where: { id: { in: ids } }, select: { id: true, firstName: true, lastName: true } })),
  ]);
  const rows = found.map(({ siteId, travailleurId, ...r }) => ({
    ...r, site: siteId ? (sites.get(siteId) ?? null) : null, travailleur: travailleurs.get(travailleurId) ?? { id: travailleurId, firstName: "", lastName: "" },
  }));
  return {
    aVenir: rows.filter((r) => r.fin >= now).reverse(),
    passes: rows.filter((r) => r.fin < now).slice(0, 10),
  };
}

/** The structure's permanences with their coming exceptions. */
export async function listPermanences(actor: Actor, now = new Date()) {
  if (!canViewAgenda(actor)) return [];
  return db.permanence.findMany({
    where: { AND: [permanenceScope(actor), { actif: true }] },
    include: {
      site: { select: { name: true } }, travailleur: { select: { id: true, firstName: true, lastName: true } },
      exceptions: { where: { date: { gte: new Date(now.getTime() - 86_400_000) } }, orderBy: { date: "asc" } },
    },
    orderBy: [{ jour: "asc" }, { debut: "asc" }],
  });
}

export function listSites(actor: Actor) {
  if (!canViewAgenda(actor)) return Promise.resolve([]);
  return db.site.findMany({ where: siteScope(actor), select: { id: true, name: true, kind: true }, orderBy: { name: "asc" } });
}

/**
 * A rendez-vous an entretien may be written up from: honoured, or still planned on a day up to
 * today (Ma journée's "Saisir l'entretien": saving the entretien marks it honoured), not written up yet.
 */
export function writableRendezVousWhere(now = new Date()): Prisma.RendezVousWhereInput {
  return { entretienId: null, OR: [{ status: "HONORE" }, { status: "PREVU", debut: { lt: parisRange(parisToday(now), 1).to } }] };
}

/** For the entretien form: what such a rendez-vous prefills (its own dossier only). */
export async function getRendezVousForEntretien(actor: Actor, usagerId: string, id: string | undefined, now = new Date()) {
  if (!id || !isUuid(id) || !canViewAgenda(actor)) return null;
  return db.rendezVous.findFirst({
    where: { AND: [rendezVousScope(actor), { id, usagerId }, writableRendezVousWhere(now)] },
    select: { id: true, debut: true, fin: true, kind: true, objet: true },
  });
}
