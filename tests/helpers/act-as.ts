// Server actions read the signed-in actor from the session cookie; in Vitest the test chooses it.
// Use in a test file:
//   vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
//   vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
import type { Actor } from "@/lib/auth/actor";

let current: Actor | null = null;

export function actAs(actor: Actor | null) {
  current = actor;
}

/** What the real requireUser() throws when signed out: Next's redirect, recognised by its digest
 *  (runAction lets Next's control flow through with unstable_rethrow, so the double must too). */
export class RedirectToSignIn extends Error {
  readonly digest = "NEXT_REDIRECT;replace;/connexion;307;";
}

export const currentUserModule = {
  currentActor: async () => current,
  requireUser: async () => {
    if (!current) throw new RedirectToSignIn("redirection vers /connexion");
    return current;
  },
};
