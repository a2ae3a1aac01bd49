// The sign-in actions read the client's address and write cookies through
// lib/auth/sign-in-request.ts; outside a request (Vitest) this stands in for it, in memory.
// Use in a test file:
//   vi.mock("@/lib/auth/sign-in-request", async () => (await import("../helpers/sign-in-request")).signInRequestModule);
import type { SecondFactorPending } from "@/lib/auth/sign-in-request";

let pending: SecondFactorPending | null = null;
let session: { userId: string; sessionId: string } | null = null;

/** As if the browser came back with the proof of step one (the password was accepted). */
export function setPendingSecondFactor(value: SecondFactorPending | null) {
  pending = value;
}

/** The session cookie the last successful sign-in wrote, and the pending proof, if any. */
export const signInCookies = () => ({ session, pending });

export function resetSignInCookies() {
  pending = null;
  session = null;
}

export const signInRequestModule = {
  requestIp: async () => "203.0.113.1",
  writeSessionCookie: async (value: { userId: string; sessionId: string }) => {
    session = { userId: value.userId, sessionId: value.sessionId };
  },
  writeSecondFactorCookie: async (value: SecondFactorPending) => {
    pending = value;
  },
  readSecondFactorCookie: async () => pending,
  clearSecondFactorCookie: async () => {
    pending = null;
  },
  readSessionId: async () => session?.sessionId ?? null,
  clearSessionCookie: async () => {
    session = null;
  },
};
