// Server-side sessions: the JWT cookie only carries a session id; this table decides whether it
// is still valid (idle and absolute expiry, sign-out, disabled account), on every instance.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/domain/shared/fields";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { SESSION_TOUCH_MS, isSessionExpired } from "./session-rules";
import { isTotpRequired } from "./totp-rules";

/** What the session check reads: the session, its user and whether a TOTP is enabled, in one row. */
type SessionRow = Pick<Actor, "role" | "structureId" | "siteId" | "firstName" | "lastName" | "email" | "mustChangePassword"> & {
  createdAt: Date;
  lastSeenAt: Date;
  oidcMultiFactor: boolean;
  userId: string;
  status: string;
  maraude: boolean;
  totpEnabledAt: Date | null;
};

/**
 * The actor of a session, or null. Runs on every request and every server action, hence one
 * statement (session, user and TOTP joined) rather than the three a Prisma include sends
 * (decision 0097).
 */
export async function loadActorForSession(
  sessionId: string,
  { ip, now = new Date() }: { ip: string | null; now?: Date },
): Promise<Actor | null> {
  // The id comes from a signed cookie; a malformed one must not reach the uuid cast.
  if (!isUuid(sessionId)) return null;
  const [session] = await db.$queryRaw<SessionRow[]>`
    SELECT s."createdAt", s."lastSeenAt", s."oidcMultiFactor", u.id AS "userId", u.role::text AS role, u.status::text AS status,
           u."structureId", u."siteId", u."firstName", u."lastName", u.email, u."mustChangePassword", u.maraude,
           t."enabledAt" AS "totpEnabledAt"
    FROM "UserSession" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "UserTotp" t ON t."userId" = u.id
    WHERE s.id = ${sessionId}::uuid`;
  if (!session) return null;
  if (session.status !== "ACTIVE" || isSessionExpired(session, now)) {
    await db.userSession.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    await db.userSession.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return {
    id: session.userId,
    role: session.role,
    structureId: session.structureId,
    siteId: session.siteId,
    firstName: session.firstName,
    lastName: session.lastName,
    email: session.email,
    mustChangePassword: session.mustChangePassword,
    // A provider that said multi-factor (acr/amr) stands for the TOTP the role requires (decision 0043).
    mustEnrolTotp: isTotpRequired(session.role) && !session.totpEnabledAt && !session.oidcMultiFactor,
    maraude: session.maraude,
    sessionId,
    ip,
  };
}

/** Ends the session; says which OpenID Connect provider opened it (for its logout), if one did. */
export async function endSession(sessionId: string, ip: string | null): Promise<{ oidcProvider: string; oidcIdToken: string | null } | null> {
  const session = await db.userSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session) return null;
  await db.$transaction(async (tx) => {
    await tx.userSession.deleteMany({ where: { id: sessionId } });
    await writeAudit(
      tx,
      { ...session.user, ip, mustChangePassword: session.user.mustChangePassword },
      { action: "auth.sign_out", entityType: "User", entityId: session.userId, details: session.oidcProvider ? { fournisseur: session.oidcProvider } : undefined },
    );
  });
  return session.oidcProvider ? { oidcProvider: session.oidcProvider, oidcIdToken: session.oidcIdToken } : null;
}
