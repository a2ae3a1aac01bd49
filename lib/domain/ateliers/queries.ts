// Reads, always inside the actor's scope: a foreign or missing id gives null (the page answers
// 404). Opening a workshop shows who takes part: that read goes to the audit log.
import { db } from "@/lib/db";
import { rowsById } from "@/lib/domain/shared/related-rows";
import type { Actor } from "@/lib/auth/actor";
import { canListAteliers } from "@/lib/auth/permissions";
import { atelierInscriptionScope, atelierScope } from "@/lib/auth/scopes/atelier";
import { siteScope } from "@/lib/auth/scopes/site";
import { workerScope } from "@/lib/auth/scopes/user";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { listPartenaireOptions } from "@/lib/domain/annuaire/queries";
import { instantRange } from "@/lib/domain/shared/day-range";
import { isUuid } from "@/lib/domain/shared/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AtelierListParams } from "./list-params";

const personName = { select: { id: true, firstName: true, lastName: true } } as const;

/**
 * One page of workshops: upcoming ones soonest first, others most recent first. `total` counts
 * every matching workshop; `participations` (presences marked "présent") and `personnes`
 * (distinct persons present) are those of the held sessions among them, as the dashboard counts.
 */
export async function listAteliers(actor: Actor, params: AtelierListParams, now = new Date()) {
  const empty = { rows: [] as AtelierListRow[], total: 0, page: params.page, pageSize: params.taille, participations: 0, personnes: 0 };
  if (!canListAteliers(actor)) return empty;
  const debut = instantRange(params.du, params.au);
  const where: Prisma.AtelierWhereInput = {
    AND: [
      atelierScope(actor),
      params.periode === "a-venir" ? { debut: { gte: now } } : params.periode === "passes" ? { debut: { lt: now } } : {},
      debut ? { debut } : {},
      params.theme ? { theme: params.theme } : {},
      params.statut ? { status: params.statut } : {},
      // A site of another structure matches no workshop of this one: an empty list, not an error.
      params.site ? { siteId: params.site } : {},
      params.animateur ? { animateurId: params.animateur === "moi" ? actor.id : params.animateur } : {},
    ],
  };
  const present = { status: "INSCRIT" as const, presence: "PRESENT" as const, atelier: { AND: [where, { status: "REALISE" as const }] } };
  const [total, participations, personnes, rows] = await Promise.all([
    db.atelier.count({ where }),
    db.atelierInscription.count({ where: present }),
    db.atelierInscription.groupBy({ by: ["usagerId"], where: present }),
    db.atelier.findMany({
      where,
      select: {
        id: true, titre: true, theme: true, debut: true, dureeMinutes: true, capacite: true, status: true, adresse: true,
        site: { select: { name: true } }, animateur: personName,
      },
      orderBy: [{ debut: params.periode === "a-venir" ? "asc" : "desc" }, { id: "asc" }],
      skip: (params.page - 1) * params.taille,
      take: params.taille,
    }),
  ]);
  const counts = await db.atelierInscription.groupBy({
    by: ["atelierId", "status"], where: { atelierId: { in: rows.map((r) => r.id) }, status: { in: ["INSCRIT", "ATTENTE"] } }, _count: { _all: true },
  });
  const count = (id: string, status: string) => counts.find((c) => c.atelierId === id && c.status === status)?._count._all ?? 0;
  return {
    ...empty, total, participations, personnes: personnes.length,
    rows: rows.map((r) => ({ ...r, inscrits: count(r.id, "INSCRIT"), enAttente: count(r.id, "ATTENTE") })),
  };
}
type AtelierListRowBase = Prisma.AtelierGetPayload<{
  select: {
    id: true; titre: true; theme: true; debut: true; dureeMinutes: true; capacite: true; status: true; adresse: true;
    site: { select: { name: true } }; animateur: typeof personName;
  };
}>;
export type AtelierListRow = AtelierListRowBase & { inscrits: number; enAttente: number };
export type AtelierListPage = Awaited<ReturnType<typeof listAteliers>>;

export async function getAtelier(actor: Actor, id: string, { audit = true } = {}) {
  if (!isUuid(id)) return null;
  const atelier = await db.atelier.findFirst({
    where: { AND: [atelierScope(actor), { id }] },
    include: {
      site: { select: { id: true, name: true, address: true, postalCode: true, city: true } },
      partenaire: { select: { id: true, nom: true, organisme: true } },
      animateur: personName,
      inscriptions: {
        include: { usager: { select: { id: true, nom: true, prenom: true, numeroDossier: true } } },
        orderBy: [{ inscritLe: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!atelier) return null;
  if (audit) await db.$transaction((tx) => writeAudit(tx, actor, { action: "atelier.read", entityType: "Atelier", entityId: id }));
  return atelier;
}
export type AtelierDetail = NonNullable<Awaited<ReturnType<typeof getAtelier>>>;

/** The choices of the workshop form: sites, facilitators (TS and RESPONSABLE), partners. */
export async function atelierFormOptions(actor: Actor) {
  const [sites, animateurs, partenaires] = await Promise.all([
    db.site.findMany({ where: siteScope(actor), select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.user.findMany({
      where: { AND: [workerScope(actor), { status: "ACTIVE" }] },
      select: { id: true, firstName: true, lastName: true }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    }),
    listPartenaireOptions(actor),
  ]);
  return { sites, animateurs, partenaires: partenaires.map((p) => ({ id: p.id, nom: p.organisme ? `${p.nom} (${p.organisme})` : p.nom })) };
}
export type AtelierFormOptions = Awaited<ReturnType<typeof atelierFormOptions>>;

/** The workshops of one person (registered, waiting or unregistered), most recent first. */
export async function listAteliersForUsager(actor: Actor, usagerId: string) {
  if (!isUuid(usagerId)) return [];
  const rows = await db.atelierInscription.findMany({
    where: { AND: [atelierInscriptionScope(actor), { usagerId }] },
    select: { id: true, status: true, presence: true, atelierId: true },
    orderBy: { atelier: { debut: "desc" } },
    take: 50,
  });
  // The workshops read only when the person has one (related-rows.ts).
  const ateliers = await rowsById(rows.map((r) => r.atelierId), (ids) => db.atelier.findMany({
    where: { id: { in: ids } }, select: { id: true, titre: true, theme: true, debut: true, status: true },
  }));
  return rows.map(({ atelierId, ...r }) => ({ ...r, atelier: ateliers.get(atelierId)! }));
}
