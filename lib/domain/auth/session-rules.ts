// Session lifetimes (CNIL and the issue: 8 hours at most, 30 minutes idle).
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** lastSeenAt is written at most once a minute per session, not on every request. */
export const SESSION_TOUCH_MS = 60 * 1000;

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MS = 15 * 60 * 1000;

export function isSessionExpired(session: { createdAt: Date; lastSeenAt: Date }, now: Date) {
  return (
    now.getTime() - session.createdAt.getTime() > SESSION_ABSOLUTE_MS ||
    now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS
  );
}
