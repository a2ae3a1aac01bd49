// Rendez-vous in a dossier's history: each one at its date, with its outcome.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { rendezVousScope } from "@/lib/auth/scopes/rendez-vous";
import type { TimelineEvent } from "@/lib/domain/shared/dossier-part";
import { rowsById } from "@/lib/domain/shared/related-rows";
import { RDV_KIND_LABELS, RDV_STATUS_LABELS } from "./labels";

export async function rendezVousTimelineEvents(actor: Actor, usagerId: string, names: (id: string) => string | null): Promise<TimelineEvent[]> {
  const rows = await db.rendezVous.findMany({
    where: { AND: [rendezVousScope(actor), { usagerId }] },
    select: { id: true, debut: true, kind: true, status: true, travailleurId: true, siteId: true },
    orderBy: { debut: "desc" },
    take: 200,
  });
  const sites = await rowsById(rows.map((r) => r.siteId), (ids) => db.site.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }));
  return rows.map((r) => ({
    id: `rdv-${r.id}`, at: r.debut, kind: "rendezvous" as const,
    title: `Rendez-vous ${RDV_STATUS_LABELS[r.status].toLowerCase()}`,
    detail: [RDV_KIND_LABELS[r.kind], (r.siteId ? sites.get(r.siteId)?.name : null)].filter(Boolean).join(" · "),
    by: names(r.travailleurId), href: `/agenda/rendez-vous/${r.id}`,
  }));
}
