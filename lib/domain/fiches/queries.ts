// Reads of fiches, always inside the actor's scope: a foreign or missing id gives null (404).
// The agent's reads SELECT only the agent's fields: the CCAS evaluation (notes, rights not
// opened, dossier, worker) never leaves the database for an agent, so no page can leak it.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { canListFiches, canSendFiche } from "@/lib/auth/permissions";
import { ficheAgentScope, ficheCcasScope } from "@/lib/auth/scopes/fiche";
import { colleagueScope } from "@/lib/auth/scopes/user";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { ficheAge, ficheDelays } from "./delays";
import { FINAL_STATUSES, OPEN_STATUSES } from "./state-machine";
import { isUuid } from "@/lib/domain/shared/fields";
import { instantRange } from "@/lib/domain/shared/day-range";
import { parseInboxParams, type InboxParams } from "./inbox-params";


/** Everything the agent may see of a fiche: what they typed, the status, dates and the outcome. */
export const AGENT_FICHE_SELECT = {
  id: true, reference: true, nom: true, prenom: true, dateNaissance: true, telephone: true, email: true,
  disponibilites: true, adresse: true, quartier: true, motifs: true, motifPrecision: true, urgence: true,
  consentementTexte: true, agentId: true, status: true, sentAt: true, recueAt: true, premierContactAt: true,
  rdvFixeAt: true, clotureAt: true, statusChangedAt: true, rdvDate: true, rdvLieu: true, rdvLieuPrecision: true,
  reorienteeVers: true, motifCloture: true, site: { select: { name: true } },
} as const satisfies Prisma.FicheLiaisonSelect;

const AGENT_ROW_SELECT = {
  id: true, reference: true, nom: true, prenom: true, urgence: true, agentId: true, status: true, sentAt: true,
  statusChangedAt: true, rdvDate: true, rdvLieu: true, rdvLieuPrecision: true, reorienteeVers: true, motifCloture: true,
} as const satisfies Prisma.FicheLiaisonSelect;

const AGENT_LIST_LIMIT = 200;

async function userNames(actor: Actor, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map<string, string>();
  const users = await db.user.findMany({ where: { AND: [colleagueScope(actor), { id: { in: wanted } }] }, select: { id: true, firstName: true, lastName: true } });
  return new Map(users.map((u) => [u.id, `${u.firstName} ${u.lastName}`]));
}

/** The agent's site's fiches, newest first; `changed` marks those the CCAS moved since the last visit. */
export async function listAgentFiches(actor: Actor) {
  if (!canSendFiche(actor)) return { rows: [], truncated: false };
  const [rows, me] = await Promise.all([
    db.ficheLiaison.findMany({ where: ficheAgentScope(actor), select: AGENT_ROW_SELECT, orderBy: [{ sentAt: "desc" }, { id: "asc" }], take: AGENT_LIST_LIMIT + 1 }),
    db.user.findUnique({ where: { id: actor.id }, select: { fichesVuesAt: true } }),
  ]);
  const names = await userNames(actor, rows.map((r) => r.agentId));
  const seenAt = me?.fichesVuesAt?.getTime() ?? 0;
  return {
    truncated: rows.length > AGENT_LIST_LIMIT,
    rows: rows.slice(0, AGENT_LIST_LIMIT).map(({ agentId, ...r }) => ({
      ...r, envoyeePar: names.get(agentId) ?? null, changed: r.status !== "ENVOYEE" && r.statusChangedAt.getTime() > seenAt,
    })),
  };
}
export type AgentFicheRow = Awaited<ReturnType<typeof listAgentFiches>>["rows"][number];

export async function getFicheForAgent(actor: Actor, id: string) {
  if (!isUuid(id) || !canSendFiche(actor)) return null;
  const fiche = await db.ficheLiaison.findFirst({ where: { AND: [ficheAgentScope(actor), { id }] }, select: AGENT_FICHE_SELECT });
  if (!fiche) return null;
  const names = await userNames(actor, [fiche.agentId]);
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "fiche.read", entityType: "FicheLiaison", entityId: id, details: { cote: "agent" } }));
  const { agentId, ...visible } = fiche;
  return { ...visible, envoyeePar: names.get(agentId) ?? null };
}
export type AgentFiche = NonNullable<Awaited<ReturnType<typeof getFicheForAgent>>>;

/**
 * The CCAS inbox, one page: open fiches the most urgent and then the oldest first with their age;
 * the treated ones the most recently closed first; all of them the most recently sent first.
 * The filters mean what the dashboard's figures count (lib/domain/dashboard/fiches.ts).
 */
export async function listFicheInbox(actor: Actor, params: InboxParams = parseInboxParams({}), now = new Date()) {
  const empty = { rows: [], total: 0, page: params.page, pageSize: params.taille };
  if (!canListFiches(actor) || canSendFiche(actor)) return empty;
  const view = params.vue;
  const sentAt = instantRange(params.du, params.au);
  const where: Prisma.FicheLiaisonWhereInput = {
    AND: [
      ficheCcasScope(actor),
      view === "traitees" ? { status: { in: [...FINAL_STATUSES] } }
      : view === "miennes" ? { assigneeId: actor.id, status: { in: [...OPEN_STATUSES] } }
      : view === "toutes" ? {}
      : { status: { in: [...OPEN_STATUSES] } },
      // A site of another structure matches nothing here: an empty list, not an error.
      params.site ? { siteId: params.site } : {},
      sentAt ? { sentAt } : {},
      params.attribuee ? { assigneeId: params.attribuee } : {},
    ],
  };
  const orderBy: Prisma.FicheLiaisonOrderByWithRelationInput[] =
    view === "traitees" ? [{ statusChangedAt: "desc" }] : view === "toutes" ? [{ sentAt: "desc" }] : [{ urgence: "desc" }, { sentAt: "asc" }];
  const [total, rows] = await Promise.all([
    db.ficheLiaison.count({ where }),
    db.ficheLiaison.findMany({
      where,
      select: {
        id: true, reference: true, nom: true, prenom: true, urgence: true, status: true, motifs: true, sentAt: true,
        recueAt: true, premierContactAt: true, rdvFixeAt: true, rdvDate: true, assigneeId: true, site: { select: { name: true } },
      },
      orderBy: [...orderBy, { id: "asc" }],
      skip: (params.page - 1) * params.taille,
      take: params.taille,
    }),
  ]);
  const names = await userNames(actor, rows.map((r) => r.assigneeId));
  return {
    ...empty,
    total,
    rows: rows.map((r) => ({
      ...r, age: ficheAge(r.sentAt, now), delays: ficheDelays(r), assignee: r.assigneeId ? (names.get(r.assigneeId) ?? null) : null,
    })),
  };
}
export type InboxRow = Awaited<ReturnType<typeof listFicheInbox>>["rows"][number];

/** The whole fiche for the CCAS, with its events and people named; the opening is audited. */
export async function getFicheForCcas(actor: Actor, id: string, { audit = true } = {}) {
  if (!isUuid(id) || canSendFiche(actor)) return null;
  const fiche = await db.ficheLiaison.findFirst({
    where: { AND: [ficheCcasScope(actor), { id }] },
    include: {
      site: { select: { name: true } },
      usager: { select: { id: true, numeroDossier: true, nom: true, prenom: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }] },
    },
  });
  if (!fiche) return null;
  const names = await userNames(actor, [fiche.agentId, fiche.assigneeId, fiche.evaluatedById, ...fiche.events.map((e) => e.actorId)]);
  if (audit) await db.$transaction((tx) => writeAudit(tx, actor, { action: "fiche.read", entityType: "FicheLiaison", entityId: id, details: { cote: "ccas" } }));
  const name = (uid: string | null) => (uid ? (names.get(uid) ?? null) : null);
  return {
    ...fiche,
    envoyeePar: name(fiche.agentId), assignee: name(fiche.assigneeId), evaluatedBy: name(fiche.evaluatedById),
    events: fiche.events.map((e) => ({ ...e, by: name(e.actorId) })),
    delays: ficheDelays(fiche),
  };
}
export type CcasFiche = NonNullable<Awaited<ReturnType<typeof getFicheForCcas>>>;
