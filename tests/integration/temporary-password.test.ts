// Issue 23, finding 3: with a temporary password, nothing but choosing one's own. Enforced where
// the session is resolved (lib/auth/current-user.ts), so a page, its RSC request (the same
// requireUser() of the page), a server action and a route handler are all refused, not only the
// (app) layout. The session cookie is a real next-auth JWT carrying the server-side session id.
import { beforeEach, describe, expect, it, vi } from "vitest";

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined), has: (name: string) => jar.has(name) }),
  headers: async () => new Headers({ "x-passerelle-client-ip": "203.0.113.8", "sec-fetch-site": "same-origin" }),
}));
vi.mock("next/navigation", async (original) => ({
  unstable_rethrow: (await original<typeof import("next/navigation")>()).unstable_rethrow,
  redirect: (path: string) => {
    // Next's digest, so runAction's unstable_rethrow lets it through as it does the real one.
    throw Object.assign(new Error(`REDIRECT ${path}`), { digest: `NEXT_REDIRECT;replace;${path};307;` });
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { encode } from "next-auth/jwt";
import { currentActor, requireUser, signedInDestination } from "@/lib/auth/current-user";
import { authenticate } from "@/lib/domain/auth/authenticate";
import { resetUserPassword } from "@/lib/domain/users/commands";
import { approveAccount } from "@/lib/domain/users/approval";
import { createEntretienAction } from "@/lib/actions/entretiens";
import { changeOwnPasswordAction } from "@/lib/actions/auth";
import { GET as exportRoute } from "@/app/api/usagers/[id]/export/route";
import { db, resetDb } from "../helpers/db";
import { actorOf, makeUser, makeUsager, makeWorld } from "../helpers/factories";

beforeEach(async () => {
  jar.clear();
  await resetDb();
});

/** The temporary password of a social account: the activation code a responsable handed over (decision 0070). */
let TEMPORARY = "";

async function signInWithTemporaryPassword() {
  const w = await makeWorld();
  const usager = await makeUsager(w.a, { nom: "Duquesne", prenom: "Hervé" });
  // The responsable of the structure: the dossier, its entretiens and its export are theirs. The
  // ADMIN's reset puts the account back in waiting; a second responsable approves it.
  await resetUserPassword(w.actors.ADMIN, { id: w.actors.RESPONSABLE.id, password: "Provisoire-Passe-2026" });
  TEMPORARY = (await approveAccount(actorOf(await makeUser(w.a, "RESPONSABLE")), { id: w.actors.RESPONSABLE.id })).code;
  const result = await authenticate({ email: w.actors.RESPONSABLE.email, password: TEMPORARY, ip: null });
  jar.set("next-auth.session-token", await encode({ token: { sid: result!.sessionId! }, secret: process.env.NEXTAUTH_SECRET! }));
  return { w, usager };
}

describe("a temporary password opens nothing but its own change", () => {
  it("pages (and their RSC requests) are sent to the change-password page", async () => {
    await signInWithTemporaryPassword();
    await expect(requireUser()).rejects.toThrow("REDIRECT /changer-mot-de-passe");
    // Even the enrolment page of the second factor comes after.
    await expect(requireUser({ allowTotpEnrolment: true })).rejects.toThrow("REDIRECT /changer-mot-de-passe");
    expect(await signedInDestination(() => "/usagers")).toBe("/changer-mot-de-passe");
    expect((await requireUser({ allowPasswordChange: true })).mustChangePassword).toBe(true);
  });

  it("server actions do not run", async () => {
    const { usager } = await signInWithTemporaryPassword();
    await expect(
      createEntretienAction({ usagerId: usager.id, date: "2026-12-01", objets: ["BUDGET"], resume: "Ne doit pas être enregistré" }),
    ).rejects.toThrow("REDIRECT /changer-mot-de-passe");
    expect(await db.entretien.count()).toBe(0);
  });

  it("route handlers answer as to a stranger (404), until the password is changed", async () => {
    const { usager } = await signInWithTemporaryPassword();
    expect(await currentActor()).toBeNull();
    const call = () =>
      exportRoute(new Request(`http://localhost:3000/api/usagers/${usager.id}/export`, { headers: { "sec-fetch-site": "same-origin" } }), {
        params: Promise.resolve({ id: usager.id }),
      });
    expect((await call()).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: "usager.export" } })).toBe(0);

    // Choosing one's own password is the one action allowed, and then everything opens.
    await expect(
      changeOwnPasswordAction({ currentPassword: TEMPORARY, newPassword: "Mon-Propre-Passe-2026!", confirmation: "Mon-Propre-Passe-2026!" }),
    ).resolves.toMatchObject({ ok: true });
    expect((await currentActor())?.mustChangePassword).toBe(false);
    expect(await signedInDestination(() => "/usagers")).toBe("/usagers");
    expect((await call()).status).toBe(200);
  });
});
