// Reads, always inside the actor's scope: a foreign or missing id gives null (the page answers
// 404). Opening an accompagnement is a read of the dossier: it goes to the audit log.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { accompagnementScope } from "@/lib/auth/scopes/accompagnement";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { planProgress } from "./progress";
import { isUuid } from "@/lib/domain/shared/fields";
import { namesOf } from "@/lib/domain/shared/user-names";
import { rowsByParent } from "@/lib/domain/shared/related-rows";

const STATUS_ORDER = { EN_COURS: 0, PROPOSE: 1, SUSPENDU: 2, CLOS: 3 } as const;

/** The accompagnements of one dossier: open ones first, then the most recent. */
export async function listAccompagnementsForUsager(actor: Actor, usagerId: string) {
  if (!isUuid(usagerId)) return [];
  const rows = await db.accompagnement.findMany({
    where: { AND: [accompagnementScope(actor), { usagerId }] },
    select: {
      id: true, usagerId: true, type: true, status: true, referentId: true, debut: true, finPrevue: true, closAt: true,
    },
    orderBy: [{ debut: "desc" }, { createdAt: "desc" }],
  });
  // The plans' actions (by their objective's accompagnement) and the référents, read only when
  // there is an accompagnement (related-rows.ts), side by side.
  const ids = rows.map((r) => r.id);
  const [objectifs, actions, names] = await Promise.all([
    rowsByParent(ids, (wanted) => db.planObjectif.findMany({ where: { accompagnementId: { in: wanted } }, select: { id: true, accompagnementId: true } }), (o) => o.accompagnementId),
    rowsByParent(ids, (wanted) => db.planAction.findMany({ where: { objectif: { accompagnementId: { in: wanted } } }, select: { status: true, objectifId: true } }), (a) => a.objectifId),
    namesOf(actor, rows.map((r) => r.referentId)),
  ]);
  return rows
    .map((r) => ({
      ...r,
      referent: names.get(r.referentId) ?? null,
      progress: planProgress((objectifs.get(r.id) ?? []).flatMap((o) => actions.get(o.id) ?? [])),
    }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}
export type AccompagnementListRow = Awaited<ReturnType<typeof listAccompagnementsForUsager>>[number];

function findDetail(actor: Actor, usagerId: string, id: string) {
  return db.accompagnement.findFirst({
    where: { AND: [accompagnementScope(actor), { id, usagerId }] },
    include: {
      usager: { select: { id: true, nom: true, prenom: true, numeroDossier: true, status: true } },
      objectifs: {
        orderBy: { ordre: "asc" },
        include: { actions: { orderBy: [{ echeance: { sort: "asc", nulls: "last" } }, { libelle: "asc" }] } },
      },
      dettes: { orderBy: { montantCents: "desc" } },
      etapesExpulsion: { orderBy: { date: "asc" } },
      contactsMaraude: { orderBy: { date: "desc" } },
    },
  });
}

/** One accompagnement of one dossier (both ids must match), with its plan and specific part. */
export async function getAccompagnement(actor: Actor, usagerId: string, id: string, { audit = true } = {}) {
  if (!isUuid(usagerId) || !isUuid(id)) return null;
  const acc = await findDetail(actor, usagerId, id);
  if (!acc) return null;
  if (audit) {
    await db.$transaction((tx) =>
      writeAudit(tx, actor, { action: "accompagnement.read", entityType: "Accompagnement", entityId: id, details: { usagerId } }));
  }
  const names = await namesOf(actor, [acc.referentId]);
  return {
    ...acc,
    referent: names.get(acc.referentId) ?? null,
    progress: planProgress(acc.objectifs.flatMap((o) => o.actions)),
  };
}
export type AccompagnementDetail = NonNullable<Awaited<ReturnType<typeof getAccompagnement>>>;

/**
 * Accompagnements an aid can be linked to: those of the same dossier that are not closed, plus
 * `alsoId` (the one an aid is already linked to, even if closed since).
 */
export async function listLinkableAccompagnements(actor: Actor, usagerId: string, alsoId?: string | null) {
  if (!isUuid(usagerId)) return [];
  return db.accompagnement.findMany({
    where: { AND: [accompagnementScope(actor), { usagerId }, { OR: [{ status: { not: "CLOS" } }, ...(alsoId ? [{ id: alsoId }] : [])] }] },
    select: { id: true, type: true, debut: true },
    orderBy: { debut: "desc" },
  });
}
