import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { diagnosticScope } from "@/lib/auth/scopes/diagnostic";
import { colleagueScope } from "@/lib/auth/scopes/user";
import { isUuid } from "@/lib/domain/shared/fields";

const WITH_DOMAINES = { domaines: { orderBy: { domaine: "asc" as const } } };

/** Every version of the dossier's diagnostic, newest first (domains included). */
export async function listDiagnostics(actor: Actor, usagerId: string) {
  const rows = await db.diagnostic.findMany({
    where: { AND: [diagnosticScope(actor), { usagerId }] },
    include: WITH_DOMAINES,
    orderBy: { numero: "desc" },
  });
  const authors = await db.user.findMany({
    where: { AND: [colleagueScope(actor), { id: { in: [...new Set(rows.map((r) => r.authorId))] } }] },
    select: { id: true, firstName: true, lastName: true },
  });
  return rows.map((r) => {
    const a = authors.find((x) => x.id === r.authorId);
    return { ...r, author: a ? `${a.firstName} ${a.lastName}` : null };
  });
}
export type DiagnosticRow = Awaited<ReturnType<typeof listDiagnostics>>[number];

export async function getDiagnostic(actor: Actor, usagerId: string, diagnosticId: string) {
  if (!isUuid(diagnosticId)) return null;
  return (await listDiagnostics(actor, usagerId)).find((d) => d.id === diagnosticId) ?? null;
}
