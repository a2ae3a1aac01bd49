// The RESPONSABLE's list of accounts to approve (/parametres/comptes) and its count for the
// navigation: read through approvalScope, so an ADMIN or a TS reads nothing and another
// structure's account is not found.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canApproveAccounts } from "@/lib/auth/permissions";
import { approvalScope, approvalScopeSql } from "@/lib/auth/scopes/user";
import { nameLookup } from "@/lib/domain/shared/user-names";
import { Prisma } from "@/lib/generated/prisma/client";

export type AccountToApprove = {
  pending: boolean;
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  role: "AGENT" | "TRAVAILLEUR_SOCIAL" | "RESPONSABLE" | "ADMIN";
  siteName: string | null;
  requestedBy: string | null;
  requestedAt: Date | null;
  /** Approved, code not used yet: until when it works. */
  codeExpiresAt: Date | null;
};

export async function listAccountsToApprove(actor: Actor): Promise<{ pending: AccountToApprove[]; awaitingActivation: AccountToApprove[] }> {
  const rows = await db.user.findMany({
    where: approvalScope(actor),
    orderBy: [{ approvalRequestedAt: "asc" }, { lastName: "asc" }],
    select: {
      id: true, firstName: true, lastName: true, email: true, role: true, status: true,
      approvalRequestedById: true, approvalRequestedAt: true, passwordExpiresAt: true, updatedAt: true,
      site: { select: { name: true } },
    },
  });
  const nameOf = await nameLookup(actor, rows.map((r) => r.approvalRequestedById));
  const shaped = rows.map((r) => ({
    pending: r.status === "PENDING_APPROVAL",
    id: r.id, firstName: r.firstName, lastName: r.lastName, email: r.email, role: r.role,
    siteName: r.site?.name ?? null,
    requestedBy: r.approvalRequestedById ? nameOf(r.approvalRequestedById) : null,
    requestedAt: r.approvalRequestedAt,
    codeExpiresAt: r.status === "ACTIVE" ? r.passwordExpiresAt : null,
  }));
  return { pending: shaped.filter((r) => r.pending), awaitingActivation: shaped.filter((r) => !r.pending) };
}

/**
 * The navigation's count as one SQL expression (an integer): accounts waiting for the actor's
 * approval, 0 for anyone else. Read with the header's other figures (decision 0097).
 */
export function accountsToApproveSql(actor: Actor): Prisma.Sql {
  if (!canApproveAccounts(actor)) return Prisma.sql`0`;
  return Prisma.sql`(SELECT count(*)::int FROM "User" u WHERE ${approvalScopeSql(actor, "u")} AND u.status = 'PENDING_APPROVAL'::"UserStatus")`;
}

export async function countAccountsToApprove(actor: Actor): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT ${accountsToApproveSql(actor)} AS n`;
  return row!.n;
}
