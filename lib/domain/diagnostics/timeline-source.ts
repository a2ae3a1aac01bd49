// Diagnostics in the dossier history: the number and the start of the conclusion, linking to it.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { diagnosticScope } from "@/lib/auth/scopes/diagnostic";
import type { TimelineEvent } from "@/lib/domain/shared/dossier-part";
import { excerpt } from "@/lib/domain/shared/excerpt";

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
