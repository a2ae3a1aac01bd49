// Server-side sessions: the JWT cookie only carries a session id; this table decides whether it
// is still valid (idle and absolute expiry, sign-out, disabled account), on every instance.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { SESSION_TOUCH_MS, isSessionExpired } from "./session-rules";
import { isTotpRequired } from "./totp-rules";

export async function loadActorForSession(
  sessionId: string,
  { ip, now = new Date() }: { ip: string | null; now?: Date },
): Promise<Actor | null> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    include: { user: { include: { totp: { select: { enabledAt: true } } } } },
  });
  if (!session) return null;
  if (session.user.status !== "ACTIVE" || isSessionExpired(session, now)) {
    await db.userSession.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    await db.userSession.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  return {
    id: user.id,
    role: user.role,
    structureId: user.structureId,
    siteId: user.siteId,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    mustChangePassword: user.mustChangePassword,
    // A provider that said multi-factor (acr/amr) stands for the TOTP the role requires (decision 0043).
    mustEnrolTotp: isTotpRequired(user.role) && !user.totp?.enabledAt && !session.oidcMultiFactor,
    maraude: user.maraude,
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
