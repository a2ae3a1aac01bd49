// Server actions read the signed-in actor from the session cookie; in Vitest the test chooses it.
// Use in a test file:
//   vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
//   vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
import type { Actor } from "@/lib/auth/actor";

let current: Actor | null = null;

export function actAs(actor: Actor | null) {
  current = actor;
}

export class RedirectToSignIn extends Error {}

export const currentUserModule = {
  currentActor: async () => current,
  requireUser: async () => {
    if (!current) throw new RedirectToSignIn("redirection vers /connexion");
    return current;
  },
};
