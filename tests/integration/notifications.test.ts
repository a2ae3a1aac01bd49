// Notifications in the app: the triggers (one call inside each command's transaction), delivered
// only to who may open what they point to, never to the actor; the recipient's list, unread
// count, mark read / all read, open; another user's notification is a 404; preferences.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { createTransmissionAction } from "@/lib/actions/transmissions";
import { createTacheAction } from "@/lib/actions/taches";
import { markAllNotificationsReadAction, markNotificationReadAction, openNotificationAction, saveNotificationPreferencesAction } from "@/lib/actions/notifications";
import { countUnreadNotifications, getNotificationPreferences, listNotifications } from "@/lib/domain/notifications/queries";
import { notify } from "@/lib/domain/notifications/notify";
import { runNotificationDeadlines } from "@/lib/domain/notifications/jobs";
import { JOBS } from "@/lib/jobs/registry";
import { assignFiche, receiveFiche } from "@/lib/domain/fiches/commands";
import { addReferentAction } from "@/lib/actions/usagers";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { teamWorld } from "../helpers/team-world";
import { sentFiche } from "../helpers/fiches-helpers";

beforeEach(resetDb);

const world = teamWorld;

describe("notifications", () => {
  it("a mention notifies the colleague (not the author), with the dossier number and no name; opening it marks it read and leads to the message", async () => {
    const { w, usager } = await world();
    actAs(w.actors.TRAVAILLEUR_SOCIAL);
    const r = await createTransmissionAction({ usagerId: usager.id, texte: "Peux-tu rappeler Madame ?", mentions: [w.users.ts2.id] });
    if (!r.ok) throw new Error(r.formError);
    expect(await countUnreadNotifications(w.actors.TS2)).toBe(1);
    expect(await countUnreadNotifications(w.actors.TRAVAILLEUR_SOCIAL)).toBe(0);
    const { rows } = await listNotifications(w.actors.TS2);
    expect(rows[0]).toMatchObject({ kind: "MENTION", href: `/usagers/${usager.id}#transmission-${r.data.id}` });
    expect(rows[0]!.title).toBe(`${w.users.ts.firstName} ${w.users.ts.lastName} vous mentionne dans une transmission (dossier n° ${usager.numeroDossier})`);
    expect(rows[0]!.title).not.toContain("Lefèvre");
    // Someone else's notification: not found, unchanged.
    for (const role of ["TRAVAILLEUR_SOCIAL", "RESPONSABLE", "OTHER_TS", "AGENT"] as const) {
      actAs(w.actors[role]);
      expect((await openNotificationAction({ notificationId: rows[0]!.id })).ok).toBe(false);
    }
    actAs(w.actors.TS2);
    const opened = await openNotificationAction({ notificationId: rows[0]!.id });
    expect(opened).toEqual({ ok: true, data: { href: `/usagers/${usager.id}#transmission-${r.data.id}` } });
    expect(await countUnreadNotifications(w.actors.TS2)).toBe(0);
  });

  it("never delivers to who could not open it: an agent, an admin, another structure, a disabled account", async () => {
    const { w, usager } = await world();
    await db.user.update({ where: { id: w.users.responsable.id }, data: { status: "DISABLED" } });
    const sent = await db.$transaction((tx) => notify(tx, w.actors.TRAVAILLEUR_SOCIAL, {
      kind: "MENTION", to: [w.users.agent.id, w.users.admin.id, w.users.otherTs.id, w.users.responsable.id, w.users.ts.id, w.users.ts2.id], usagerId: usager.id, href: `/usagers/${usager.id}`, title: "Test",
    }));
    expect(sent).toEqual([w.users.ts2.id]);
    expect(await db.notification.count()).toBe(1);
    // A notification whose dossier the recipient can no longer read (role changed) is not shown.
    await db.user.update({ where: { id: w.users.ts2.id }, data: { role: "AGENT" } });
    expect(await countUnreadNotifications({ ...w.actors.TS2, role: "AGENT" })).toBe(0);
  });

  it("a task given, a fiche assigned, a dossier given: each notifies its new holder", async () => {
    const { w, usager } = await world();
    actAs(w.actors.RESPONSABLE);
    const tomorrow = new Date(Date.parse(`${parisToday()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect((await createTacheAction({ titre: "Préparer la commission", echeance: tomorrow, assigneeId: w.users.ts.id })).ok).toBe(true);
    expect((await addReferentAction({ usagerId: usager.id, userId: w.users.ts.id })).ok).toBe(true);
    const fiche = await sentFiche(w.actors.AGENT, { nom: "Bernard" });
    await receiveFiche(w.actors.RESPONSABLE, { ficheId: fiche.id });
    await assignFiche(w.actors.RESPONSABLE, { ficheId: fiche.id, assigneeId: w.users.ts.id });
    const { rows } = await listNotifications(w.actors.TRAVAILLEUR_SOCIAL);
    expect(rows.map((n) => n.kind).sort()).toEqual(["DOSSIER_ATTRIBUE", "FICHE_ATTRIBUEE", "TACHE_ASSIGNEE"]);
    expect(JSON.stringify(rows)).not.toContain("Bernard");
    // Giving oneself a task notifies nobody.
    actAs(w.actors.TS2);
    expect((await createTacheAction({ titre: "Moi", echeance: tomorrow, assigneeId: w.users.ts2.id })).ok).toBe(true);
    expect(await countUnreadNotifications(w.actors.TS2)).toBe(0);
  });

  it("mark one read, mark all read, filter unread; preferences per kind", async () => {
    const { w, usager } = await world();
    for (let i = 0; i < 3; i++) {
      await db.$transaction((tx) => notify(tx, w.actors.TRAVAILLEUR_SOCIAL, { kind: "MENTION", to: [w.users.ts2.id], usagerId: usager.id, href: `/usagers/${usager.id}`, title: `Mention ${i}` }));
    }
    actAs(w.actors.TS2);
    const first = (await listNotifications(w.actors.TS2)).rows[0]!;
    expect((await markNotificationReadAction({ notificationId: first.id })).ok).toBe(true);
    expect((await listNotifications(w.actors.TS2, { unreadOnly: true })).total).toBe(2);
    expect((await markAllNotificationsReadAction({})).ok).toBe(true);
    expect(await countUnreadNotifications(w.actors.TS2)).toBe(0);
    expect((await listNotifications(w.actors.TS2)).total).toBe(3);
    expect((await saveNotificationPreferencesAction({ email: ["MENTION"] })).ok).toBe(true);
    const prefs = await getNotificationPreferences(w.actors.TS2);
    expect(prefs.MENTION).toBe(true);
    expect(prefs.TACHE_ASSIGNEE).toBe(false);
    const bad = await saveNotificationPreferencesAction({ email: ["PIRATE"] });
    expect(bad.ok ? null : bad.fieldErrors["email.0"]).toBe("Type de notification inconnu.");
  });

  it("the daily job: a task due tomorrow, an overdue task, a domiciliation ending within 30 days; once only", async () => {
    const { w, usager } = await world();
    expect(JOBS.map((j) => j.name)).toContain("notifications-echeances");
    const now = new Date();
    const day = (n: number) => new Date(Date.parse(`${parisToday(now)}T00:00:00Z`) + n * 86_400_000);
    await db.usagerReferent.create({ data: { usagerId: usager.id, userId: w.users.ts.id } });
    await db.tache.createMany({ data: [
      { structureId: w.a.id, titre: "Demain", echeance: day(1), assigneeId: w.users.ts.id, createdById: w.users.ts2.id },
      { structureId: w.a.id, titre: "En retard", echeance: day(-3), assigneeId: w.users.ts.id, createdById: w.users.ts2.id },
      { structureId: w.a.id, titre: "Plus tard", echeance: day(5), assigneeId: w.users.ts.id, createdById: w.users.ts2.id },
      { structureId: w.a.id, titre: "Faite", echeance: day(-3), assigneeId: w.users.ts.id, createdById: w.users.ts2.id, status: "FAITE" },
    ] });
    await db.domiciliation.create({ data: { structureId: w.a.id, usagerId: usager.id, demandeLe: day(-300), accuseReceptionLe: day(-300), liens: ["SEJOUR"], status: "ACCORDEE", decisionLe: day(-300), debut: day(-300), finValidite: day(20) } });
    expect(await runNotificationDeadlines(now)).toEqual({ echeances: 1, retards: 1, relances: 0, domiciliations: 1 });
    expect(await runNotificationDeadlines(now)).toEqual({ echeances: 0, retards: 0, relances: 0, domiciliations: 0 });
    const { rows } = await listNotifications(w.actors.TRAVAILLEUR_SOCIAL);
    expect(rows.map((n) => n.kind).sort()).toEqual(["DOMICILIATION_FIN", "TACHE_ECHEANCE", "TACHE_RETARD"]);
    expect(JSON.stringify(rows)).not.toContain("Lefèvre");
  });
});
