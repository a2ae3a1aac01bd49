// The daily e-mail digest, against a real SMTP server on loopback: counts by kind and a link, no
// name, no title, no dossier number; only the kinds a user opted in; nothing for a user who opted
// out; counted once; a mail server that refuses or is down leaves the notifications in the app
// (still unread, counted again next run) and logs codes only.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { sendNotificationDigests } from "@/lib/domain/notifications/digest";
import { notify } from "@/lib/domain/notifications/notify";
import { countUnreadNotifications } from "@/lib/domain/notifications/queries";
import { setEmailTransportForTests } from "@/lib/notifications/email";
import { JOBS } from "@/lib/jobs/registry";
import { log } from "@/lib/log";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { closedSmtpUrl, startSmtpServer, type TestSmtp } from "../helpers/smtp-server";

let smtp: TestSmtp;
beforeAll(async () => { smtp = await startSmtpServer(); });
afterAll(async () => { setEmailTransportForTests(undefined); await smtp.close(); });
beforeEach(async () => { await resetDb(); smtp.received.length = 0; smtp.refuse = false; setEmailTransportForTests(smtp.url); });

async function world() {
  const w = await makeWorld();
  const usager = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François" });
  const send = (kind: "MENTION" | "TACHE_ASSIGNEE", userId: string) => db.$transaction((tx) => notify(tx, w.actors.RESPONSABLE, {
    kind, to: [userId], usagerId: usager.id, href: `/usagers/${usager.id}`, title: `${w.users.responsable.firstName} ${w.users.responsable.lastName} vous mentionne`,
  }));
  await db.notificationPreference.createMany({ data: [
    { userId: w.users.ts.id, kind: "MENTION", email: true },
    { userId: w.users.ts.id, kind: "TACHE_ASSIGNEE", email: false },
    { userId: w.users.ts2.id, kind: "MENTION", email: false },
  ] });
  await send("MENTION", w.users.ts.id);
  await send("MENTION", w.users.ts.id);
  await send("TACHE_ASSIGNEE", w.users.ts.id);
  await send("MENTION", w.users.ts2.id);
  return { w, usager };
}

describe("daily e-mail digest", () => {
  it("sends counts and a link only, for the opted-in kinds, to who opted in; once", async () => {
    const { w, usager } = await world();
    expect(JOBS.map((j) => j.name)).toContain("notifications-recapitulatif");
    expect(await sendNotificationDigests()).toEqual({ users: 1, sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.envelopeTo).toEqual([w.users.ts.email]);
    expect(mail.subject).toBe("Passerelle : 2 notifications en attente");
    expect(mail.text).toContain("- On me mentionne dans une transmission : 2");
    expect(mail.text).toContain("http://localhost:3000/notifications");
    expect(mail.text).not.toContain("On me confie une tâche");
    const whole = `${mail.subject}\n${mail.text}\n${mail.html || ""}`;
    for (const personal of ["Lefèvre", "François", usager.numeroDossier, w.users.responsable.lastName, w.users.ts.lastName]) expect(whole, personal).not.toContain(personal);
    // ts2 opted out: nothing. A second run: nothing new to count.
    expect(await sendNotificationDigests()).toEqual({ users: 0, sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    // In the app, they are still unread.
    expect(await countUnreadNotifications(w.actors.TRAVAILLEUR_SOCIAL)).toBe(3);
  });

  it("a refusing or down mail server: logged by code only, notifications left in the app for the next run", async () => {
    const { w } = await world();
    const errors = vi.spyOn(log, "error");
    try {
      smtp.refuse = true;
      expect(await sendNotificationDigests()).toEqual({ users: 1, sent: 0, failed: 1 });
      setEmailTransportForTests(await closedSmtpUrl());
      expect(await sendNotificationDigests()).toEqual({ users: 1, sent: 0, failed: 1 });
      const logged = errors.mock.calls.filter((c) => c[1] === "email_send_failed").map((c) => c[0] as Record<string, unknown>);
      expect(logged.map((l) => [l.mail, l.responseCode ?? l.code])).toEqual([["notifications.digest", 550], ["notifications.digest", "ESOCKET"]]);
      expect(JSON.stringify(errors.mock.calls)).not.toContain("@");
      expect(await countUnreadNotifications(w.actors.TRAVAILLEUR_SOCIAL)).toBe(3);
      setEmailTransportForTests(smtp.url);
      smtp.refuse = false;
      expect(await sendNotificationDigests()).toEqual({ users: 1, sent: 1, failed: 0 });
    } finally {
      errors.mockRestore();
    }
  });
});
