// The reminder job with a controllable now: two days ahead, only with the person's consent, by
// SMS (phone) or e-mail (SMTP configured), once only even when run twice or concurrently.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sendRendezVousReminders } from "@/lib/domain/agenda/jobs";
import { setSmsProvider, type SmsProvider } from "@/lib/notifications/sms";
import { setEmailTransportForTests, type EmailMessage } from "@/lib/notifications/email";
import { JOBS } from "@/lib/jobs/registry";
import { db, resetDb } from "../helpers/db";
import { agendaWorld } from "./agenda-fixtures";

const sms: { to: string; text: string }[] = [];
const mails: EmailMessage[] = [];
const fakeSms: SmsProvider = { name: "test", send: async (m) => { sms.push(m); } };

beforeEach(async () => {
  await resetDb();
  sms.length = 0;
  mails.length = 0;
  setSmsProvider(fakeSms);
  setEmailTransportForTests(null);
});
afterEach(() => {
  setSmsProvider(null);
  setEmailTransportForTests(undefined);
});

const NOW = new Date("2026-03-27T09:00:00Z");
const at = (iso: string) => new Date(iso);

async function setting() {
  const w = await agendaWorld();
  const base = { structureId: w.a.id, usagerId: w.usager.id, travailleurId: w.users.ts.id, kind: "PERMANENCE" as const, siteId: w.mairie.id };
  const mk = (debut: string, patch: Record<string, unknown> = {}) =>
    db.rendezVous.create({ data: { ...base, debut: at(debut), fin: new Date(at(debut).getTime() + 1_800_000), rappelConsenti: true, ...patch } });
  return {
    w,
    inTwoDays: await mk("2026-03-29T07:00:00Z"), // 9:00 Paris, summer time since that night
    noConsent: await mk("2026-03-28T09:00:00Z", { rappelConsenti: false }),
    tooFar: await mk("2026-03-30T09:00:00Z"),
    cancelled: await mk("2026-03-28T12:00:00Z", { status: "ANNULE" }),
    past: await mk("2026-03-27T08:00:00Z"),
  };
}

describe("rendez-vous reminders", () => {
  it("is registered as a scheduled job", () => {
    expect(JOBS.find((j) => j.name === "rendez-vous-rappels")).toBeTruthy();
  });

  it("sends by SMS within two days, only with consent, never twice", async () => {
    const s = await setting();
    const first = await sendRendezVousReminders(NOW);
    expect(first).toMatchObject({ sent: 1, failed: 0 });
    expect(sms).toHaveLength(1);
    expect(sms[0]!.to).toBe("06 12 34 56 78");
    expect(sms[0]!.text).toContain("29/03/2026 à 09:00");
    expect(sms[0]!.text).toContain("Mairie de quartier de Fives");
    expect(sms[0]!.text).not.toContain("Lefèvre");
    const row = await db.rendezVous.findUniqueOrThrow({ where: { id: s.inTwoDays.id } });
    expect(row.rappelCanal).toBe("SMS");
    expect(row.rappelEnvoyeAt?.toISOString()).toBe(NOW.toISOString());
    // Rerun, and two instances at once: nothing more.
    await sendRendezVousReminders(new Date(NOW.getTime() + 3_600_000));
    await Promise.all([sendRendezVousReminders(NOW), sendRendezVousReminders(NOW)]);
    expect(sms).toHaveLength(1);
    for (const id of [s.noConsent.id, s.cancelled.id, s.past.id]) {
      expect((await db.rendezVous.findUniqueOrThrow({ where: { id } })).rappelEnvoyeAt).toBeNull();
    }
    // The far one comes in range later.
    await sendRendezVousReminders(new Date("2026-03-28T10:00:00Z"));
    expect(sms).toHaveLength(2);
    expect(await db.auditLog.count({ where: { action: "rendezvous.rappel" } })).toBe(2);
  });

  it("two instances at once send a reminder only once", async () => {
    await setting();
    await Promise.all([sendRendezVousReminders(NOW), sendRendezVousReminders(NOW), sendRendezVousReminders(NOW)]);
    expect(sms).toHaveLength(1);
  });

  it("uses e-mail without a phone when SMTP is configured, and waits without any contact", async () => {
    const s = await setting();
    await db.usager.update({ where: { id: s.w.usager.id }, data: { telephone: null, email: null } });
    expect(await sendRendezVousReminders(NOW)).toMatchObject({ sent: 0, skipped: 1 });
    await db.usager.update({ where: { id: s.w.usager.id }, data: { email: "francois.lefevre@exemple.fr" } });
    expect(await sendRendezVousReminders(NOW)).toMatchObject({ sent: 0 }); // no SMTP: nothing
    setEmailTransportForTests({ sendMail: async (m) => { mails.push(m); } });
    expect(await sendRendezVousReminders(NOW)).toMatchObject({ sent: 1 });
    expect(mails[0]!.to).toBe("francois.lefevre@exemple.fr");
    expect((await db.rendezVous.findUniqueOrThrow({ where: { id: s.inTwoDays.id } })).rappelCanal).toBe("EMAIL");
    expect(sms).toHaveLength(0);
  });

  it("a failed send is not retried (at most once), and a booking from a fiche uses the fiche's phone", async () => {
    const w = await agendaWorld();
    await db.rendezVous.create({ data: { structureId: w.a.id, ficheId: w.fiche.id, travailleurId: w.users.ts.id, kind: "PERMANENCE", debut: at("2026-03-28T08:00:00Z"), fin: at("2026-03-28T08:30:00Z"), rappelConsenti: true } });
    setSmsProvider({ name: "down", send: async () => { throw Object.assign(new Error("down"), { code: "EDOWN" }); } });
    expect(await sendRendezVousReminders(NOW)).toMatchObject({ failed: 1 });
    setSmsProvider(fakeSms);
    expect(await sendRendezVousReminders(NOW)).toMatchObject({ sent: 0 });
    expect(sms).toHaveLength(0);
  });
});
