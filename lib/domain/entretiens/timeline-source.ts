// Entretiens and diagnostics in the dossier history. The confidential note never appears here.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { diagnosticScope } from "@/lib/auth/scopes/diagnostic";
import { entretienScope } from "@/lib/auth/scopes/entretien";
import { colleagueScope } from "@/lib/auth/scopes/user";
import type { TimelineEvent } from "@/lib/domain/usagers/timeline";
import { CANAL_LABELS, DOMAINE_LABELS } from "./labels";

const EXCERPT = 240;
const excerpt = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT - 1)}…` : s);

export async function entretienTimelineEvents(actor: Actor, usagerId: string, names: (id: string) => string | null): Promise<TimelineEvent[]> {
  const rows = await db.entretien.findMany({
    where: { AND: [entretienScope(actor), { usagerId }] },
    select: { id: true, date: true, canal: true, dureeMinutes: true, objets: true, resume: true, authorId: true },
    orderBy: { date: "desc" },
    take: 500,
  });
  return rows.map((e) => ({
    id: `entretien-${e.id}`, at: e.date, kind: "entretien", by: names(e.authorId),
    title: `Entretien (${CANAL_LABELS[e.canal].toLowerCase()}, ${e.dureeMinutes} min) : ${e.objets.map((o) => DOMAINE_LABELS[o]).join(", ")}`,
    detail: excerpt(e.resume),
  }));
}

export async function diagnosticTimelineEvents(actor: Actor, usagerId: string, names: (id: string) => string | null): Promise<TimelineEvent[]> {
  const rows = await db.diagnostic.findMany({
    where: { AND: [diagnosticScope(actor), { usagerId }] },
    select: { id: true, numero: true, createdAt: true, authorId: true, conclusion: true },
  });
  return rows.map((d) => ({
    id: `diagnostic-${d.id}`, at: d.createdAt, kind: "diagnostic", by: names(d.authorId),
    title: `Diagnostic social n° ${d.numero}`, detail: excerpt(d.conclusion), href: `/usagers/${usagerId}/diagnostics/${d.id}`,
  }));
}

/** Authors of the structure, by id, to name who did what. */
export async function structureUserNames(actor: Actor) {
  const users = await db.user.findMany({ where: colleagueScope(actor), select: { id: true, firstName: true, lastName: true } });
  const map = new Map(users.map((u) => [u.id, `${u.firstName} ${u.lastName}`]));
  return (id: string | null | undefined) => (id ? (map.get(id) ?? null) : null);
}
