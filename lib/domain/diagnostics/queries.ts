import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { diagnosticScope } from "@/lib/auth/scopes/diagnostic";
import { namesOf } from "@/lib/domain/shared/user-names";
import { rowsByParent } from "@/lib/domain/shared/related-rows";
import { isUuid } from "@/lib/domain/shared/fields";

/** Every version of the dossier's diagnostic, newest first (domains included). */
export async function listDiagnostics(actor: Actor, usagerId: string) {
  const rows = await db.diagnostic.findMany({
    where: { AND: [diagnosticScope(actor), { usagerId }] },
    orderBy: { numero: "desc" },
  });
  // Domains and authors read only when there is a diagnostic (related-rows.ts), side by side.
  const [domaines, authors] = await Promise.all([
    rowsByParent(rows.map((r) => r.id), (ids) => db.diagnosticDomaine.findMany({ where: { diagnosticId: { in: ids } }, orderBy: { domaine: "asc" } }), (d) => d.diagnosticId),
    namesOf(actor, rows.map((r) => r.authorId)),
  ]);
  return rows.map((r) => {
    const a = authors.get(r.authorId);
    return { ...r, domaines: domaines.get(r.id) ?? [], author: a ? `${a.firstName} ${a.lastName}` : null };
  });
}
export type DiagnosticRow = Awaited<ReturnType<typeof listDiagnostics>>[number];

export async function getDiagnostic(actor: Actor, usagerId: string, diagnosticId: string) {
  if (!isUuid(diagnosticId)) return null;
  return (await listDiagnostics(actor, usagerId)).find((d) => d.id === diagnosticId) ?? null;
}
