// What every signed-in page runs before its own content, counted at the driver on a real database
// (decision 0097): the session check (every request and server action) is one statement, not
// three; the header's names and the navigation's two counters are one statement, not four. What
// they return is unchanged (auth.test.ts, fiches-scoping.test.ts and notifications.test.ts cover
// expiry, disabled accounts, roles and each counter's rules).
import { beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/domain/auth/authenticate";
import { loadActorForSession } from "@/lib/domain/auth/sessions";
import { db, resetDb } from "../helpers/db";
import { TEST_PASSWORD, makeStructure, makeUser, makeWorld } from "../helpers/factories";
import { countStatements } from "../helpers/count-statements";
import { getNavigationHeader } from "@/lib/domain/navigation/header";
import { getActorContext } from "@/lib/domain/users/context";
import { ficheNotificationCount } from "@/lib/domain/fiches/counters";
import { countUnreadNotifications } from "@/lib/domain/notifications/queries";
import { countAccountsToApprove } from "@/lib/domain/users/approval-queries";
import { receiveFiche } from "@/lib/domain/fiches/commands";
import { sentFiche } from "../helpers/fiches-helpers";

beforeEach(resetDb);

describe("session check", () => {
  it("reads the session, its user and the second factor in one statement", async () => {
    const user = await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL");
    const { sessionId } = (await authenticate({ email: user.email, password: TEST_PASSWORD, ip: null }))!;
    const { result: actor, statements } = await countStatements(() => loadActorForSession(sessionId!, { ip: "198.51.100.2" }));
    expect(statements).toHaveLength(1);
    expect(actor).toMatchObject({ id: user.id, role: "TRAVAILLEUR_SOCIAL", structureId: user.structureId, email: user.email, mustChangePassword: false, maraude: false, sessionId, ip: "198.51.100.2" });
  });

  it("says an ADMIN without a second factor must enrol, and not once it is enabled", async () => {
    const user = await makeUser(await makeStructure(), "ADMIN");
    const { sessionId } = (await authenticate({ email: user.email, password: TEST_PASSWORD, ip: null }))!;
    expect((await loadActorForSession(sessionId!, { ip: null }))?.mustEnrolTotp).toBe(true);
    await db.userTotp.create({ data: { userId: user.id, secretEnc: "x", enabledAt: new Date() } });
    expect((await loadActorForSession(sessionId!, { ip: null }))?.mustEnrolTotp).toBe(false);
  });

  it("answers null to an unknown or malformed session id without asking the database for the malformed one", async () => {
    expect(await loadActorForSession(crypto.randomUUID(), { ip: null })).toBeNull();
    const { statements } = await countStatements(() => loadActorForSession("pas-un-uuid", { ip: null }));
    expect(statements).toHaveLength(0);
  });
});

describe("header of the signed-in pages", () => {
  it("reads the structure and site names, the fiche counter, the unread count and the accounts to approve in one statement, for every role", async () => {
    const w = await makeWorld();
    const first = await sentFiche(w.actors.AGENT, {});
    await sentFiche(w.actors.AGENT, { nom: "Dupont" });
    await receiveFiche(w.actors.TRAVAILLEUR_SOCIAL, { ficheId: first.id });
    await db.notification.create({ data: { structureId: w.a.id, userId: w.users.ts.id, kind: "MENTION", title: "Mention", href: "/" } });
    await makeUser(w.a, "TRAVAILLEUR_SOCIAL", { status: "PENDING_APPROVAL" });
    for (const actor of Object.values(w.actors)) {
      const { result: header, statements } = await countStatements(() => getNavigationHeader(actor));
      expect(statements).toHaveLength(1);
      expect(header).toEqual({
        ...(await getActorContext(actor)), fiches: await ficheNotificationCount(actor), unread: await countUnreadNotifications(actor),
        accountsToApprove: await countAccountsToApprove(actor),
      });
    }
    expect(await getNavigationHeader(w.actors.TRAVAILLEUR_SOCIAL)).toMatchObject({ structureName: w.a.name, fiches: 1, unread: 1 });
    expect(await getNavigationHeader(w.actors.AGENT)).toMatchObject({ fiches: 1, unread: 0, accountsToApprove: 0 });
    expect(await getNavigationHeader(w.actors.RESPONSABLE)).toMatchObject({ accountsToApprove: 1 });
  });
});
